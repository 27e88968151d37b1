import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { loopbackMailPerTest } from './helpers/languages';
import { LINK_CREDENTIALS } from './helpers/links';
import { forged, LINK_PAGES, openLink, tokenAfter, withdrawWith, WITHDRAW_ROSTER_COLUMNS } from './helpers/withdrawLinks';
import { CLAIM_COLUMNS, EMAIL_RETRY_COLUMNS, RESPONSE_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, rosterRow, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const reminders = withQuickRetries(loadTemplate('mentorship-reminders.json'));
const surveys = withQuickRetries(loadTemplate('mentorship-surveys.json'));
const pairChanges = withQuickRetries(loadTemplate('mentorship-pair-changes.json'));
/** Monday 16 March 2026, 15:30 UTC: the one-day reminder of the second session (Tuesday 17 March) is due. */
const TICK = '2026-03-16T15:30:00.000Z';
const PAGES = LINK_PAGES;

/**
 * Issue 15: every session reminder carries the person's private end-pair and withdrawal links;
 * these tests take the links out of the emails as they arrived and open them.
 */
describe('the private links in a session reminder', () => {
	const inbox = loopbackMailPerTest();
	let tables: InMemoryDataTables;
	// Sample mentor 0 and mentee 0 are a European pair: their one-day reminders of session 2 are due at TICK.
	const mentor = sampleOrg().filter((person) => person.role === 'mentor')[0];
	const mentee = sampleOrg().filter((person) => person.role === 'mentee')[0];
	const pair = pairRow(mentor, mentee, 'email');
	const credentials = () => ({ smtp: inbox().credential, ...LINK_CREDENTIALS });

	const setUp = async (language: 'en' | 'nl', send: { template: typeof reminders; trigger: string; at: string } = { template: reminders, trigger: 'Every Hour', at: TICK }) => {
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow({ language })]);
		tables.create('mentorship_pairs', [...PAIR_COLUMNS, ...['endReason', 'endedAt', 'endedBy'].map((name) => ({ name, type: 'string' as const }))], [pair]);
		tables.create('mentorship_roster', [...ROSTER_COLUMNS, ...WITHDRAW_ROSTER_COLUMNS], [rosterRow(mentor, 'enrolled'), rosterRow(mentee, 'enrolled')]);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		tables.create('mentorship_email_retries', EMAIL_RETRY_COLUMNS);
		tables.create('mentorship_responses', RESPONSE_COLUMNS);
		const result = await runWorkflow(send.template, { start: { node: send.trigger, items: [{ timestamp: send.at, Timezone: 'UTC' }] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
	};
	/** The mentee's session reminder, as it arrived. */
	const menteeReminder = () => {
		const [mail, ...more] = inbox().to(mentee.email);
		expect(more).toEqual([]);
		return String(mail.parsed.text);
	};
	const endPair = (token: string) => openLink(pairChanges, 'End Pair Form', token, { reason: 'No fault: it did not work out', rematch: 'Yes' }, tables, credentials());
	const withdraw = (token: string) => withdrawWith(token, tables, credentials());


	describe('in English', () => {
		beforeEach(async () => await setUp('en'));

		it('gives each person their own two links, after the meeting links', () => {
			const text = menteeReminder();
			expect(text).toMatch(/\nIf this pairing is not working out, you can end it, no questions of fault, with your private link: https:\/\/n8n\.example\.com\/form\/mentorship-end-pair\?token=\S+\nTo leave the program: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+$/);
			const mentorText = String(inbox().to(mentor.email)[0].parsed.text);
			expect(tokenAfter(mentorText, 'mentorship-end-pair')).not.toBe(tokenAfter(text, 'mentorship-end-pair'));
			expect(tokenAfter(mentorText, 'mentorship-withdraw')).not.toBe(tokenAfter(text, 'mentorship-withdraw'));
		});

		it('ends the pair with the end-pair link, then lets the mentee leave with the withdrawal link', async () => {
			const text = menteeReminder();
			expect((await endPair(tokenAfter(text, 'mentorship-end-pair'))).title).toBe(PAGES.ended);
			expect(tables.rows('mentorship_pairs')[0]).toMatchObject({ status: 'ended', endedBy: 'mentee', endReason: 'noFault' });

			expect((await withdraw(tokenAfter(text, 'mentorship-withdraw'))).title).toBe(PAGES.withdrawn);
			expect(tables.rows('mentorship_roster').find((row) => row.email === mentee.email)!.status).toBe('withdrawn');
		});

		it('refuses a forged end-pair or withdrawal link and changes nothing', async () => {
			const text = menteeReminder();
			const [endPage, withdrawPage] = [await endPair(forged(tokenAfter(text, 'mentorship-end-pair'))), await withdraw(forged(tokenAfter(text, 'mentorship-withdraw')))];
			expect([endPage.title, withdrawPage.title]).toEqual([PAGES.badLink, PAGES.badLink]);
			expect(tables.rows('mentorship_pairs')[0].status).toBe('active');
			expect(tables.rows('mentorship_roster').map((row) => row.status)).toEqual(['enrolled', 'enrolled']);
		});

		it('refuses the end-pair link used as a withdrawal link (each link does only its own thing)', async () => {
			const text = menteeReminder();
			expect((await withdraw(tokenAfter(text, 'mentorship-end-pair'))).title).toBe(PAGES.badLink);
			expect(tables.rows('mentorship_roster').map((row) => row.status)).toEqual(['enrolled', 'enrolled']);
		});
	});

	describe('in Dutch', () => {
		beforeEach(async () => await setUp('nl'));

		it('words the two links in Dutch, and they work', async () => {
			const text = menteeReminder();
			expect(text).toMatch(/\nWerkt dit koppel niet\? Je kunt het beëindigen, zonder dat iemand iets verweten wordt, met je persoonlijke link: https:\/\/n8n\.example\.com\/form\/mentorship-end-pair\?token=\S+\nOm het programma te verlaten: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+$/);
			expect((await endPair(tokenAfter(text, 'mentorship-end-pair'))).title).toBe(PAGES.ended);
		});
	});

	describe('in the mid-point survey invitation (Surveys template)', () => {
		// The program runs from 2 March 2026 for six months: the mid-point invitations go out on 2 June.
		beforeEach(async () => await setUp('en', { template: surveys, trigger: 'Every Morning', at: '2026-06-02T12:00:00.000Z' }));

		it('carries the same two links, and the withdrawal link works once the pair has ended', async () => {
			// The mid-point survey goes to one member of the pair (here the mentor).
			const [mail, ...more] = inbox().messages;
			expect([more, mail.to]).toEqual([[], [mentor.email]]);
			const text = String(mail.parsed.text);
			expect(text).toContain('/form/mentorship-check-in');
			expect(text).toMatch(/\nTo leave the program: https:\/\/n8n\.example\.com\/form\/mentorship-withdraw\?token=\S+$/);
			expect((await endPair(tokenAfter(text, 'mentorship-end-pair'))).title).toBe(PAGES.ended);
			expect((await withdraw(tokenAfter(text, 'mentorship-withdraw'))).title).toBe(PAGES.withdrawn);
			expect(tables.rows('mentorship_roster').find((row) => row.email === mentor.email)!.status).toBe('withdrawn');
		});
	});
});
