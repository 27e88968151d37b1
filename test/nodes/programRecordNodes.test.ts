import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../harness/runWorkflow';
import { MATCHER, workflow } from './MentorMatcher/matcherWorkflow';
import { outputsOf, runIntakeNode } from './MentorshipIntake/intakeWorkflow';

/** A program's row of mentorship_programs; the other fields take the recommended defaults. */
const record = (extra: IDataObject = {}): IDataObject => ({
	programId: 'autumn-2026',
	name: 'Autumn mentoring',
	managerEmail: 'people@example.com',
	start: '2026-09-01',
	...extra,
});

const person = (id: string, role: string, extra: IDataObject = {}): IDataObject => ({ id, email: `${id}@example.com`, name: `Person ${id}`, role, languages: ['en'], level: 3, ...extra });

// m-it mentors in IT and may take two mentees; m-sales manages Bob, who is in the program too.
const roster = [
	person('m-it', 'mentor', { level: 5, department: 'it', capacity: 2, skillsOffered: ['sql'] }),
	person('m-sales', 'mentor', { level: 5, department: 'sales', capacity: 2 }),
	person('ann', 'mentee', { department: 'it', skillsWanted: ['sql'] }),
	person('bob', 'mentee', { department: 'sales', managerId: 'm-sales' }),
];

const matchWith = async (programRecord: IDataObject, parameters: IDataObject = {}) =>
	await runWorkflow(workflow({ operation: 'match', settingsSource: 'programRecord', programRecord: JSON.stringify(programRecord), ...parameters }), {
		start: { node: 'Start', items: roster },
	});
const pairsOf = (result: Awaited<ReturnType<typeof matchWith>>) => result.output(MATCHER, 0).map((item) => [item.json.mentorId, item.json.menteeId]).sort();

describe('Mentor Matcher with a program record', () => {
	describe('when the record keeps the recommended design', () => {
		it('leaves out the mentor who manages someone in the program', async () => {
			const result = await matchWith(record());
			// By hand: "mentors who manage someone" is forbid by default, so m-sales (Bob's manager) mentors nobody;
			// m-it takes both mentees (capacity 2; a different department is only preferred).
			expect(pairsOf(result)).toEqual([
				['m-it', 'ann'],
				['m-it', 'bob'],
			]);
			expect(result.output(MATCHER, 1).map((item) => item.json.id)).toEqual(['m-sales']);
		});
	});

	describe('when the record forbids same-department pairs and allows managers to mentor', () => {
		it('pairs across departments and never inside a reporting line', async () => {
			const result = await matchWith(record({ department: 'forbid', managerMentors: 'allow' }), { programKind: 'reverse' });
			// By hand: Ann (IT) cannot have m-it, so m-sales; Bob cannot have his manager m-sales, so m-it. The
			// node's own Program Kind (reverse) is ignored: the record's kind is mentoring, so level 5 over 3 is allowed.
			expect(pairsOf(result)).toEqual([
				['m-it', 'bob'],
				['m-sales', 'ann'],
			]);
		});
	});

	describe('when the record is a peer program', () => {
		it('stops and says Pair Peers pairs peer programs', async () => {
			const result = await matchWith(record({ kind: 'peer' }));
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/autumn-2026 is a peer program, which Pair Peers pairs/);
		});
	});
});

describe('Mentorship Intake with a program record', () => {
	describe('when the record limits mentees to one and enrolment to one email domain', () => {
		it('enrols the first mentee into the program, waitlists the second and rejects the other domain', async () => {
			const submissions = ['ann@example.com', 'bob@example.com', 'eve@elsewhere.org'].map((email) => ({ Email: email, Name: email.split('@')[0], Role: 'mentee', Consent: 'yes' }));
			const result = await runIntakeNode(submissions, {
				settingsSource: 'programRecord',
				programRecord: JSON.stringify(record({ menteeSeats: 1, enrolmentMode: 'domains', allowedDomains: 'example.com' })),
				seats: { mentee: 10 },
			});
			const { enrolled, waitlisted, rejected } = outputsOf(result);
			expect(enrolled.map((item) => [item.json.email, item.json.programId])).toEqual([['ann@example.com', 'autumn-2026']]);
			expect(waitlisted.map((item) => item.json.email)).toEqual(['bob@example.com']);
			expect(rejected.map((item) => item.json.email ?? (item.json.participant as IDataObject | undefined)?.email)).toHaveLength(1);
			expect(JSON.stringify(rejected[0].json)).toContain('elsewhere.org');
		});
	});

	describe('when the program record is empty', () => {
		it('stops with an error naming the Program Record', async () => {
			const result = await runIntakeNode([{ Email: 'ann@example.com', Role: 'mentee', Consent: 'yes' }], { settingsSource: 'programRecord', programRecord: '' });
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/programRecord.*Program Record is empty/);
		});
	});
});
