import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { PERSONIO_CREDENTIALS } from '../nodes/HrisDirectory/hrisWorkflow';
import { BAMBOO_CREDENTIALS, bambooEmployee, mockBambooReport } from './helpers/bamboo';
import { closeEdges, isolateNetwork } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { mockPersonioDirectory, withPersonio } from './helpers/personio';
import { startSmtp } from './helpers/smtp';
import { buddyProgramRow, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-buddy-program.json');
const org = sampleOrg();
/** Monday 12 October 2026, 08:00 UTC: the daily run. New hires are those hired from 5 to 26 October. */
const TICK = '2026-10-12T08:00:00.000+00:00';

describe('the Buddy program template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	// Buddy volunteers: 20 people at levels 2 to 5 who joined before 2025, enrolled in program "buddy".
	const buddies = org.filter((person) => person.hireDate < '2025-01-01' && person.level >= 2 && person.level <= 5).slice(0, 20);
	// Worked out from the fixture by hand: hire dates from 2026-10-05 to 2026-10-26.
	const newHires = org.filter((person) => person.hireDate >= '2026-10-05' && person.hireDate <= '2026-10-26');
	const credentials = () => ({ smtp: smtp.credential, ...BAMBOO_CREDENTIALS });
	const daily = async (executionId: string): Promise<RunResult> =>
		await runWorkflow(workflow, { start: { node: 'Every Weekday', items: [{ timestamp: TICK }] }, dataTables: tables, credentials: credentials(), executionId });

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		mockBambooReport('102', org.map(bambooEmployee));
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [buddyProgramRow()]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, buddies.map((person) => ({ ...rosterRow(person, 'enrolled', 'buddy'), role: 'mentor', capacity: 1 })));
		tables.create('mentorship_pairs', PAIR_COLUMNS);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe('when the daily run finds new hires in BambooHR', () => {
		it('gives each new hire one buddy and introduces them in one email', async () => {
			expect(newHires.map((person) => person.id)).toHaveLength(8);
			const result = await daily('exec-buddy');

			expect(result.error).toBeUndefined();
			const pairs = tables.rows('mentorship_pairs');
			expect(pairs.map((pair) => pair.menteeId).sort()).toEqual(newHires.map((person) => person.id).sort());
			expect(new Set(pairs.map((pair) => pair.mentorId)).size).toBe(pairs.length);
			for (const pair of pairs) {
				expect(buddies.map((person) => person.id)).toContain(pair.mentorId);
				expect(pair).toEqual(expect.objectContaining({ programId: 'buddy', status: 'active' }));
				const buddy = buddies.find((person) => person.id === pair.mentorId)!;
				expect(buddy.hireDate < org.find((person) => person.id === pair.menteeId)!.hireDate).toBe(true);
				const [mail] = smtp.to(String(pair.menteeEmail));
				expect(mail.to.sort()).toEqual([String(pair.mentorEmail), String(pair.menteeEmail)].sort());
				expect(mail.parsed.subject).toBe(`Welcome ${String(pair.menteeName)}: meet your buddy ${String(pair.mentorName)}`);
			}
			expect(smtp.messages).toHaveLength(newHires.length);
		});

		it('reads earlier pairs of every status without stopping, and still pairs every new hire', async () => {
			// Earlier buddy pairs of buddies outside this year's volunteers, in every status a pairs table can hold.
			const others = org.filter((person) => !buddies.includes(person) && !newHires.includes(person)).slice(0, 10);
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [buddyProgramRow()]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, buddies.map((person) => ({ ...rosterRow(person, 'enrolled', 'buddy'), role: 'mentor', capacity: 1 })));
			tables.create(
				'mentorship_pairs',
				PAIR_COLUMNS,
				['completed', 'paused', 'proposed', 'rejected', 'ended'].map((status, index) => ({ pairId: `old-${index}`, programId: 'buddy', status, mentorId: others[2 * index].id, menteeId: others[2 * index + 1].id })),
			);

			const result = await daily('exec-statuses');

			expect(result.error).toBeUndefined();
			const pairs = tables.rows('mentorship_pairs').filter((pair) => !String(pair.pairId).startsWith('old-'));
			expect(pairs.map((pair) => pair.menteeId).sort()).toEqual(newHires.map((person) => person.id).sort());
			// The one status no template writes is named in the Summary, not fatal.
			const [summary] = result.output('Match Buddies', 2).map((item) => item.json);
			expect(summary).toEqual(expect.objectContaining({ skippedPairRows: 1 }));
		});

		it('introduces nobody twice when it runs again', async () => {
			await daily('exec-1');
			const sent = smtp.messages.length;
			const again = await daily('exec-2');

			expect(again.error).toBeUndefined();
			expect(tables.rows('mentorship_pairs')).toHaveLength(newHires.length);
			expect(smtp.messages).toHaveLength(sent);
		});
	});

	describe('when the new hires come from Personio instead of BambooHR', () => {
		it('gives each new hire one buddy, with the HRIS Directory node in place of BambooHR', async () => {
			const offsets = mockPersonioDirectory(org);
			const result = await runWorkflow(withPersonio(workflow), {
				start: { node: 'Every Weekday', items: [{ timestamp: TICK }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, personioApi: PERSONIO_CREDENTIALS },
				executionId: 'exec-personio',
			});

			expect(result.error).toBeUndefined();
			expect(result.executedNodes).not.toContain('BambooHR Employees');
			expect(offsets.length).toBeGreaterThan(0);
			// The same eight new hires as from BambooHR; the template asks Personio for emails as ids.
			const pairs = tables.rows('mentorship_pairs');
			expect(pairs.map((pair) => pair.menteeEmail).sort()).toEqual(newHires.map((person) => person.email).sort());
			expect(new Set(pairs.map((pair) => pair.mentorId)).size).toBe(pairs.length);
			expect(smtp.messages).toHaveLength(newHires.length);
		});
	});

	describe('when no buddy volunteers are enrolled', () => {
		it('tells the people team about each new hire left without a buddy', async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [buddyProgramRow()]);
			tables.create('mentorship_roster', ROSTER_COLUMNS);
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			const result = await daily('exec-none');

			expect(result.error).toBeUndefined();
			expect(tables.rows('mentorship_pairs')).toEqual([]);
			const alerts = smtp.to('people-team@example.com');
			expect(alerts.map((mail) => mail.parsed.subject).sort()).toEqual(newHires.map((person) => `No buddy found for ${person.name}`).sort());
		});
	});

	describe('when another HRIS posts a new hire to the webhook', () => {
		it('finds them a buddy as well', async () => {
			const hire = org.find((person) => person.id === 'E1141')!;
			const result = await runWorkflow(workflow, {
				start: {
					node: 'New Hire Webhook',
					items: [
						{
							headers: { 'content-type': 'application/json' },
							params: {},
							query: {},
							body: { id: hire.id, email: hire.email, name: hire.name, department: hire.department, location: hire.location, level: hire.level, hireDate: hire.hireDate, managerId: hire.managerId, timezone: hire.timezone, languages: hire.languages.join(', ') },
						},
					],
				},
				dataTables: tables,
				credentials: credentials(),
			});

			expect(result.error).toBeUndefined();
			const pairs = tables.rows('mentorship_pairs');
			expect(pairs.map((pair) => pair.menteeId)).toEqual([hire.id]);
			expect(smtp.to(hire.email)).toHaveLength(1);
		});
	});
});
