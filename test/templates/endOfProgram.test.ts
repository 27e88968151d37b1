import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

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

const workflow = withQuickRetries(loadTemplate('mentorship-end-of-program.json'));
const surveys = withQuickRetries(loadTemplate('mentorship-surveys.json'));
const PROGRAM_MANAGER = 'program-manager@example.com';
/**
 * The program runs six months from Monday 2 March 2026, so it ends on 2 September; the final
 * survey is on its last working day, Tuesday 1 September, at 09:00 in Amsterdam (07:00 UTC).
 */
const FINAL_DAY = '2026-09-01T12:00:00.000+00:00';
/** Links made then work 30 days: until 1 October 2026, 12:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 9, 1, 12) / 1000;
const ANSWERED_AT = '2026-09-02T10:00:00.000+02:00';
const PAGES = { thanks: 'Thank you', badLink: 'This link does not work', closed: 'This survey is closed' };

/** Agreement answers as the form's dropdowns send them, for the 11 mentoring-functions statements in order. */
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
const STATEMENTS = ['career1', 'career2', 'career3', 'career4', 'psychosocial1', 'psychosocial2', 'psychosocial3', 'psychosocial4', 'roleModel1', 'roleModel2', 'roleModel3'];

describe('the End-of-program survey template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const pairs = amsterdamPairs(3);
	const emailOf = (pairIndex: number, role: 'mentor' | 'mentee') => String(pairs[pairIndex][`${role}Email`]).toLowerCase();
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS });
	const claimsFor = (pairIndex: number, role: 'mentor' | 'mentee', changes: Partial<TestLinkClaims> = {}): TestLinkClaims => ({
		programId: 'mentoring-2026',
		subject: String(pairs[pairIndex].pairId),
		person: emailOf(pairIndex, role),
		role,
		purpose: 'endOfProgram',
		expiresAt: LINKS_EXPIRE,
		...changes,
	});

	beforeEach(async () => {
		({ smtp, tables } = await openSurveyTemplate(pairs));
	});

	afterEach(async () => await closeSurveyTemplate(smtp));

	describe('on the final survey day', () => {
		it('leaves the final survey to the Program close template: the Surveys template sends no final check-in', async () => {
			const checkIns = await runWorkflow(surveys, { start: { node: 'Every Morning', items: [{ timestamp: FINAL_DAY }] }, dataTables: tables, credentials: credentials() });
			expect(checkIns.error).toBeUndefined();
			expect(smtp.messages).toEqual([]);
		});
	});

	describe('when people answer', () => {
		/** What the form sends: the statements as chosen (1 to 5), then quality, goals, recommendation and comment. */
		const answers = (token: string, agreement: number[], quality: string, goals: string[], recommend: string): IDataObject => ({
			token,
			...Object.fromEntries(STATEMENTS.map((id, index) => [id, AGREEMENT[agreement[index] - 1]])),
			quality,
			...Object.fromEntries(goals.map((status, index) => [`goal${index + 1}`, status])),
			recommend,
			comment: 'It helped me a lot',
			submittedAt: ANSWERED_AT,
			formMode: 'production',
		});
		const submit = async (item: IDataObject) => {
			const result = await runWorkflow(workflow, { start: { node: 'End-of-Program Form', items: [item] }, dataTables: tables, credentials: credentials() });
			expect(result.error).toBeUndefined();
			return formPage(workflow, result);
		};
		const stored = () => tables.rows('mentorship_responses');

		it('scores the mentoring functions, goals and NPS and stores one final answer per person', async () => {
			const page = await submit(answers(signTestLink(claimsFor(0, 'mentee')), [5, 4, 4, 3, 5, 4, 5, 2, 3, 4, 2], '4', ['Achieved', 'In progress'], '9'));
			expect(page.title).toBe(PAGES.thanks);
			const [row, ...more] = stored();
			expect(more).toEqual([]);
			expect([row.pairId, row.respondentId, row.round, row.status, row.instrument, row.quality, row.atRisk, row.comment]).toEqual([
				pairs[0].pairId, emailOf(0, 'mentee'), 'final', 'scored', 'endOfProgram', 4, false, 'It helped me a lot',
			]);
			// By hand: career (5 + 4 + 4 + 3) / 4 = 4; psychosocial (5 + 4 + 5 + (6 - 2)) / 4 = 4.5; role model (3 + 4 + 2) / 3 = 3.
			const scored = JSON.parse(String(row.scored)) as IDataObject;
			expect(scored.subscales).toMatchObject({ career: 4, psychosocial: 4.5, roleModel: 3, quality: 4, recommend: 9 });
			expect(scored.goals).toEqual({ total: 2, achieved: 1, inProgress: 1, notStarted: 0, attainment: 0.5 });
		});

		it('alerts the program manager about a detractor', async () => {
			await submit(answers(signTestLink(claimsFor(1, 'mentor')), [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], '3', [], '4'));
			const [alert, ...more] = smtp.to(PROGRAM_MANAGER);
			expect(more).toEqual([]);
			expect(alert.parsed.text).toContain('answered the end-of-program survey');
			expect(alert.parsed.text).toContain('Detractor: would recommend 4 of 10');
		});

		it.each([
			['forged with another secret', () => signTestLink(claimsFor(2, 'mentee'), 'a-forger-guessing-the-secret-0123456789')],
			['expired', () => signTestLink(claimsFor(2, 'mentee', { expiresAt: Date.parse(ANSWERED_AT) / 1000 - 1 }))],
			['made for the final check-in of the Surveys template', () => signTestLink(claimsFor(2, 'mentee', { purpose: 'checkInFinal' }))],
			['oversized', () => 'x'.repeat(1_000_000)],
		])('refuses a link %s and stores nothing', async (_, token) => {
			const page = await submit(answers(token(), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], '1', [], '0'));
			expect(page.title).toBe(PAGES.badLink);
			expect(stored()).toEqual([]);
			expect(smtp.to(PROGRAM_MANAGER)).toEqual([]);
		});

		it('closes the survey for someone who is not in the pair', async () => {
			const page = await submit(answers(signTestLink(claimsFor(1, 'mentee', { subject: String(pairs[0].pairId) })), [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], '4', [], '8'));
			expect(page.title).toBe(PAGES.closed);
			expect(stored()).toEqual([]);
		});
	});
});
