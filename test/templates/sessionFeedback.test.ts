import './helpers/esmModules';


import type { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { EDGE_CREDENTIALS } from './helpers/edges';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { amsterdamPairs, closeSurveyTemplate, openSurveyTemplate } from './helpers/surveyTemplates';
import { loadTemplate } from './helpers/templates';

const workflow = withQuickRetries(loadTemplate('mentorship-session-feedback.json'));
const FORM_URL = 'https://n8n.example.com/form/mentorship-session-feedback';
const PROGRAM_MANAGER = 'program-manager@example.com';
/**
 * The template's calendar: program from Monday 2 March 2026, every other Tuesday at 15:00 in the
 * mentor's zone for 45 minutes. Everyone here is in Amsterdam (UTC+1 in March), so session 1 runs
 * Tuesday 3 March 14:00 to 14:45 UTC.
 */
const DURING_SESSION_1 = '2026-03-03T14:30:00.000Z';
const AFTER_SESSION_1 = '2026-03-03T15:00:00.000Z';
const NEXT_HOUR = '2026-03-03T16:00:00.000Z';
/** Links made at 15:00 UTC work 14 days: until 17 March 2026, 15:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 2, 17, 15) / 1000;
const ANSWERED_AT = '2026-03-04T09:00:00.000+01:00';
const PAGES = { thanks: 'Thank you', badLink: 'This link does not work', closed: 'This feedback is closed' };

describe('the Session feedback template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	// Three active pairs and one that ended early (index 3).
	const pairs = amsterdamPairs(4, (index) => (index === 3 ? 'ended' : 'active'));
	const emailOf = (pairIndex: number, role: 'mentor' | 'mentee') => String(pairs[pairIndex][`${role}Email`]).toLowerCase();
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS });
	const claimsFor = (pairIndex: number, role: 'mentor' | 'mentee', changes: Partial<TestLinkClaims> = {}): TestLinkClaims => ({
		programId: 'mentoring-2026',
		subject: `${String(pairs[pairIndex].pairId)}:1`,
		person: emailOf(pairIndex, role),
		role,
		purpose: 'sessionFeedback',
		expiresAt: LINKS_EXPIRE,
		...changes,
	});

	beforeEach(async () => {
		({ smtp, tables } = await openSurveyTemplate(pairs));
	});

	afterEach(async () => await closeSurveyTemplate(smtp));

	const tick = async (timestamp: string) => {
		const result = await runWorkflow(workflow, { start: { node: 'Every Hour', items: [{ timestamp }] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return result;
	};

	describe('when a session\'s time has passed', () => {
		it('asks nobody while the session runs, then each person of an active pair once, with their own link to the pulse for that session', async () => {
			await tick(DURING_SESSION_1);
			expect(smtp.messages).toEqual([]);

			await tick(AFTER_SESSION_1);
			await tick(NEXT_HOUR);
			expect(smtp.messages).toHaveLength(6);
			for (const pairIndex of [0, 1, 2]) {
				for (const role of ['mentor', 'mentee'] as const) {
					const partner = pairs[pairIndex][role === 'mentor' ? 'menteeName' : 'mentorName'];
					const [mail, ...more] = smtp.to(emailOf(pairIndex, role));
					expect(more).toEqual([]);
					expect(mail.parsed.subject).toBe(`Mentoring 2026: how useful was your session with ${String(partner)}?`);
					expect(mail.parsed.text).toContain(`${FORM_URL}?token=${signTestLink(claimsFor(pairIndex, role))}`);
				}
			}
			expect(tables.rows('mentorship_sent_log').map((row) => [row.kind, row.status])).toEqual(Array.from({ length: 6 }, () => ['sessionFeedback', 'sent']));
		});
	});

	describe('when people answer the pulse', () => {
		const submit = async (token: string, useful: string, comment = '') => {
			const result = await runWorkflow(workflow, {
				start: { node: 'Session Feedback Form', items: [{ token, useful, comment, submittedAt: ANSWERED_AT, formMode: 'production', formQueryParameters: { token } }] },
				dataTables: tables,
				credentials: credentials(),
			});
			expect(result.error).toBeUndefined();
			return formPage(workflow, result);
		};
		const stored = () => tables.rows('mentorship_responses').map((row) => [row.pairId, row.respondentId, row.round, row.status, row.instrument, row.quality, row.atRisk, row.comment]);
		const alerts = () => smtp.to(PROGRAM_MANAGER);

		it('stores one answer per person and session, a new answer replacing the old, with the comment as one bounded line', async () => {
			const token = signTestLink(claimsFor(0, 'mentee'));
			expect((await submit(token, '3', 'first')).title).toBe(PAGES.thanks);
			const long = `Good talk\nabout ${'x'.repeat(400)}`;
			expect((await submit(token, '4', long)).title).toBe(PAGES.thanks);
			expect((await submit(signTestLink(claimsFor(0, 'mentor')), '5')).title).toBe(PAGES.thanks);

			const expectedComment = `Good talk about ${'x'.repeat(400)}`.slice(0, 280);
			expect(stored()).toEqual([
				[pairs[0].pairId, emailOf(0, 'mentee'), 'session-1', 'scored', 'sessionPulse', 4, false, expectedComment],
				[pairs[0].pairId, emailOf(0, 'mentor'), 'session-1', 'scored', 'sessionPulse', 5, false, ''],
			]);
			expect(alerts()).toEqual([]);
		});

		it('marks a session rated 2 or less at risk and alerts the program manager once for the session', async () => {
			await submit(signTestLink(claimsFor(1, 'mentee')), '1', 'We did not really talk');
			await submit(signTestLink(claimsFor(1, 'mentor')), '2');
			expect(stored().map((row) => [row[1], row[5], row[6]])).toEqual([
				[emailOf(1, 'mentee'), 1, true],
				[emailOf(1, 'mentor'), 2, true],
			]);
			expect(alerts()).toHaveLength(1);
			expect(alerts()[0].parsed.text).toContain('Session usefulness 1 of 5 (at or below 2)');
			expect(alerts()[0].parsed.text).toContain('Comment: We did not really talk');
		});

		it.each([
			['forged with another secret', () => signTestLink(claimsFor(2, 'mentee'), 'a-forger-guessing-the-secret-0123456789')],
			['expired', () => signTestLink(claimsFor(2, 'mentee', { expiresAt: Date.parse(ANSWERED_AT) / 1000 - 1 }))],
			['made for the mid-point check-in', () => signTestLink(claimsFor(2, 'mentee', { purpose: 'checkInMidpoint' }))],
			['oversized', () => 'x'.repeat(1_000_000)],
		])('refuses a link %s and stores nothing', async (_, token) => {
			const page = await submit(token(), '1');
			expect(page.title).toBe(PAGES.badLink);
			expect(stored()).toEqual([]);
			expect(alerts()).toEqual([]);
		});

		it('closes the feedback of a pair that ended, of someone not in the pair, and of a pair not in the link\'s program', async () => {
			expect((await submit(signTestLink(claimsFor(3, 'mentee')), '4')).title).toBe(PAGES.closed);
			expect((await submit(signTestLink(claimsFor(1, 'mentee', { subject: `${String(pairs[0].pairId)}:1` })), '4')).title).toBe(PAGES.closed);
			expect((await submit(signTestLink(claimsFor(2, 'mentee', { programId: 'coffee' })), '4')).title).toBe(PAGES.closed);
			expect(stored()).toEqual([]);
		});
	});
});

