import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { closeEdges, isolateNetwork } from './helpers/edges';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, RESPONSE_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-program-close.json'));
/** The program (start 2 March 2026, 6 months) ends on Wednesday 2 September 2026. */
const LAST_DAY = '2026-09-02T07:00:00.000Z';

describe('the Program Close template with confirmed goals', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor').slice(0, 2);
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 2);
	// Pair 0 confirmed two goals; pair 1 never confirmed any.
	const pairs: Array<Record<string, string | number>> = mentors.map((mentor, index) => ({ ...pairRow(mentor, mentees[index], 'email'), status: 'active', goals: index === 0 ? '["Lead a meeting","Give a talk"]' : '' }));

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', [...PAIR_COLUMNS, { name: 'completedAt', type: 'string' }], pairs);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')));
		tables.create('mentorship_responses', RESPONSE_COLUMNS);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	it('names the pair\'s goals, in survey order, in both people\'s end-of-program survey invitations, and nothing for a pair without goals', async () => {
		const result = await runWorkflow(workflow, { start: { node: 'Every Morning', items: [{ timestamp: LAST_DAY }] }, dataTables: tables, credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS } });
		expect(result.error).toBeUndefined();
		const closingOf = (email: unknown) => smtp.to(String(email)).filter((mail) => String(mail.parsed.subject).startsWith('Your mentoring pair with'));
		const line = 'Your goals, as you confirmed them: 1. Lead a meeting; 2. Give a talk. The survey asks how far you got with each.';
		for (const email of [pairs[0].mentorEmail, pairs[0].menteeEmail]) {
			const [closing] = closingOf(email);
			expect(String(closing.parsed.text).replace(/\s+/g, ' ')).toContain(line);
		}
		for (const email of [pairs[1].mentorEmail, pairs[1].menteeEmail]) {
			const [closing] = closingOf(email);
			expect(String(closing.parsed.text)).not.toContain('Your goals');
		}
		// The certificates carry no goals.
		const certificate = smtp.to(String(pairs[0].mentorEmail)).find((mail) => String(mail.parsed.subject).startsWith('Thank you for mentoring'))!;
		expect(String(certificate.parsed.text)).not.toContain('Your goals');
	});
});
