import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const reminders = withQuickRetries(loadTemplate('mentorship-reminders.json'));
/**
 * Monday 20 April 2026, 13:30 UTC. The program meets every other Tuesday at 15:00 from 3 March (3, 17, 31 March,
 * 14, 28 April): nothing is due for a cohort pair today. A pair introduced on Thursday 16 April in a program whose
 * pairs first meet within 5 working days (Fri 17, Mon 20, Tue 21, ...) meets on Tuesday 21 April at 15:00 in
 * Amsterdam (13:00 UTC), so its one-day reminders fell due at 13:00 UTC today.
 */
const TICK = '2026-04-20T13:30:00.000+00:00';

describe('the Reminders template in a rolling program', () => {
	let smtp: LoopbackSmtp;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	// Both mentors work in Amsterdam, the anchor of the meeting time.
	const cohort: Record<string, string | number> = { ...pairRow(mentors[0], mentees[0], 'email'), introducedAt: '2026-02-27T10:00:00.000Z' };
	const late: Record<string, string | number> = { ...pairRow(mentors[1], mentees[1], 'email'), introducedAt: '2026-04-16T10:00:00.000Z' };

	beforeEach(async () => {
		smtp = await startSmtp();
	});
	afterEach(async () => {
		await smtp.close();
	});

	const run = async (kickOffWithinDays: number) => {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ kickOffWithinDays })]);
		tables.create('mentorship_pairs', PAIR_COLUMNS, [cohort, late]);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		const result = await runWorkflow(reminders, {
			start: { node: 'Every Hour', items: [{ timestamp: TICK, Timezone: 'UTC' }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
		});
		expect(result.error).toBeUndefined();
		return result.output('Due Reminders', 0).map((item) => item.json);
	};

	describe('when a pair joins late', () => {
		it('reminds it of its own first meeting, and nobody of the cohort’s calendar', async () => {
			const due = await run(5);

			expect(due.map((reminder) => [reminder.pairId, reminder.recipientRole, reminder.kind, reminder.sessionNumber, reminder.sessionStart && Date.parse(String(reminder.sessionStart))]).sort()).toEqual([
				[late.pairId, 'mentee', 'sessionReminder', 1, Date.parse('2026-04-21T13:00:00Z')],
				[late.pairId, 'mentor', 'sessionReminder', 1, Date.parse('2026-04-21T13:00:00Z')],
			]);
			expect(smtp.to(String(late.mentorEmail)).map((mail) => mail.parsed.subject)).toEqual([`Reminder: meeting 1 with ${String(late.menteeName)} on Tuesday 21 April 2026`]);
		});
	});

	describe('when the program is a cohort (window 0)', () => {
		it('keeps the late pair on the program’s calendar, with nothing due today', async () => {
			expect(await run(0)).toEqual([]);
		});
	});
});
