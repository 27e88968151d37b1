import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { programColumns } from '../../nodes/core/program/fields';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { loadTemplate } from './helpers/templates';

const workflow = loadTemplate('mentorship-program-setup.json');

/** What the n8n Form Trigger emits: every question, empty ones as empty strings. */
function answers(overrides: IDataObject = {}): IDataObject {
	const form = workflow.nodes.find((node) => node.name === 'Program Setup Form')!;
	const labels = (form.parameters.formFields as { values: Array<{ fieldLabel: string }> }).values.map((field) => field.fieldLabel);
	return {
		...Object.fromEntries(labels.map((label) => [label, ''])),
		'Program ID': 'mentoring-2027',
		'Program name': 'Mentoring 2027',
		'Kind of program': 'mentoring',
		Status: 'open',
		'Program manager email': 'people-lead@example.com',
		'Who may enrol': 'open',
		'Start date': '2027-03-01',
		'How often pairs meet': 'biweekly',
		'Default language': 'en',
		Channel: 'email',
		'Mentors who manage someone in the program': 'forbid',
		'Same department': 'preferDifferent',
		submittedAt: '2026-12-03T10:00:00.000+01:00',
		formMode: 'production',
		...overrides,
	};
}

describe('the Program setup template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const submit = async (form: IDataObject) =>
		await runWorkflow(workflow, { start: { node: 'Program Setup Form', items: [form] }, dataTables: tables, credentials: { smtp: smtp.credential } });

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', programColumns());
	});

	afterEach(async () => await smtp.close());

	describe('when the program manager sets up a program with only the required answers', () => {
		it('saves one record with the recommended design and emails her every setting', async () => {
			const result = await submit(answers());

			expect(result.error).toBeUndefined();
			expect(tables.rows('mentorship_programs')).toEqual([
				expect.objectContaining({
					programId: 'mentoring-2027',
					name: 'Mentoring 2027',
					kind: 'mentoring',
					status: 'open',
					managerEmail: 'people-lead@example.com',
					start: '2027-03-01',
					lengthMonths: 6,
					cadence: 'biweekly',
					meetingMinutes: 45,
					reportingLine: true,
					managerMentors: 'forbid',
					department: 'preferDifferent',
					goalMatchRate: 90,
					goalMeetingsPerMonth: 2,
					goalGoalAttainment: 80,
					goalRetentionPoints: 5,
					mentorSeats: 0,
					menteeSeats: 0,
				}),
			]);
			const [mail] = smtp.to('people-lead@example.com');
			expect(mail.parsed.subject).toBe('Your mentoring program mentoring-2027 is set up');
			expect(mail.parsed.text).toContain('Mentors who manage someone in the program: forbid');
			expect(mail.parsed.text).toContain('Same department: preferDifferent');
			expect(mail.parsed.text).toContain('Goal: match rate (%): 90');
		});
	});

	describe('when she submits the same program again with changes, and a second program', () => {
		it('keeps one record per program, the first one changed', async () => {
			await submit(answers());
			await submit(answers({ 'Places for mentees': 40, 'How often pairs meet': 'weekly' }));
			await submit(answers({ 'Program ID': 'buddy-2027', 'Program name': 'Buddies', 'Kind of program': 'buddy' }));

			const rows = tables.rows('mentorship_programs');
			expect(rows.map((row) => [row.programId, row.menteeSeats, row.cadence, row.kind])).toEqual([
				['mentoring-2027', 40, 'weekly', 'mentoring'],
				['buddy-2027', 0, 'biweekly', 'buddy'],
			]);
		});
	});

	describe('when answers are wrong or oversized', () => {
		it('saves nothing and tells the program team every problem', async () => {
			const result = await submit(answers({ 'Program ID': 'mentoring 2027', 'Meeting length in minutes': 600, Holidays: 'x'.repeat(1_000_000) }));

			expect(result.status).toBe('success');
			expect(tables.rows('mentorship_programs')).toEqual([]);
			const [mail] = smtp.to('program-manager@example.com');
			expect(mail.parsed.subject).toBe('The mentoring program mentoring 2027 was not saved');
			expect(mail.parsed.text).toContain('- programId holds other characters than letters, digits, - and _');
			expect(mail.parsed.text).toContain('- meetingMinutes is out of range (expected a number from 5 to 480)');
			expect(mail.parsed.text).toContain('- holidays is 1000000 characters long (expected at most 20000 characters)');
			expect(smtp.messages).toHaveLength(1);
		});
	});
});

describe('the Program Setup template as a file', () => {
	it('saves every column of the program record, so the table npm start makes from it holds every field', () => {
		const save = loadTemplate('mentorship-program-setup.json').nodes.find((node) => node.name === 'Save Program')!;
		const columns = save.parameters.columns as { schema: Array<{ id: string }>; value: Record<string, string> };
		const expected = programColumns().map((column) => column.name).sort();
		expect(columns.schema.map((column) => column.id).sort()).toEqual(expected);
		expect(Object.keys(columns.value).sort()).toEqual(expected);
	});
});
