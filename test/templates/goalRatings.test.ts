import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { computeKpis } from '../../nodes/core/kpi';
import type { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { EDGE_CREDENTIALS } from './helpers/edges';
import { formPage } from './helpers/formPages';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { amsterdamPairs, closeSurveyTemplate, openSurveyTemplate } from './helpers/surveyTemplates';
import { loadTemplate } from './helpers/templates';

const surveys = withQuickRetries(loadTemplate('mentorship-surveys.json'));
const endOfProgram = withQuickRetries(loadTemplate('mentorship-end-of-program.json'));
const LINKS_EXPIRE = Date.UTC(2026, 9, 1, 12) / 1000;

describe('goal ratings in the mid-point check-in and the end-of-program survey', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const pairs = amsterdamPairs(2);
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS, ...LINK_CREDENTIALS });
	const tokenFor = (pairIndex: number, role: 'mentor' | 'mentee', purpose: string) =>
		signTestLink({
			programId: 'mentoring-2026',
			subject: String(pairs[pairIndex].pairId),
			person: String(pairs[pairIndex][`${role}Email`]).toLowerCase(),
			role,
			purpose,
			expiresAt: LINKS_EXPIRE,
		});
	const checkIn = async (pairIndex: number, role: 'mentor' | 'mentee', goals: string[]) => {
		const token = tokenFor(pairIndex, role, 'checkInMidpoint');
		const item: IDataObject = {
			token,
			round: 'midpoint',
			quality: '4',
			met: 'Yes',
			meetings: 2,
			lastMeeting: '2026-05-26',
			comment: '',
			...Object.fromEntries(goals.map((level, index) => [`goal${index + 1}`, level])),
			submittedAt: '2026-06-02T10:00:00.000Z',
			formMode: 'production',
		};
		const result = await runWorkflow(surveys, { start: { node: 'Check-In Form', items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return formPage(surveys, result);
	};
	const finalSurvey = async (pairIndex: number, role: 'mentor' | 'mentee', goals: string[]) => {
		const item: IDataObject = {
			token: tokenFor(pairIndex, role, 'endOfProgram'),
			quality: '4',
			...Object.fromEntries(goals.map((level, index) => [`goal${index + 1}`, level])),
			recommend: '8',
			comment: '',
			submittedAt: '2026-09-02T10:00:00.000Z',
			formMode: 'production',
		};
		const result = await runWorkflow(endOfProgram, { start: { node: 'End-of-Program Form', items: [item] }, dataTables: tables, credentials: credentials() });
		expect(result.error).toBeUndefined();
		return formPage(endOfProgram, result);
	};

	beforeEach(async () => {
		({ smtp, tables } = await openSurveyTemplate(pairs));
	});

	afterEach(async () => await closeSurveyTemplate(smtp));

	it('asks up to three goals on the four levels in both forms', () => {
		for (const [workflow, form] of [[surveys, 'Check-In Form'], [endOfProgram, 'End-of-Program Form']] as const) {
			const fields = (workflow.nodes.find((node) => node.name === form)!.parameters.formFields as { values: Array<{ fieldName?: string; fieldOptions?: { values: Array<{ option: string }> } }> }).values;
			const goals = fields.filter((field) => /^goal\d$/.test(field.fieldName ?? ''));
			expect(goals.map((field) => [field.fieldName, field.fieldOptions!.values.map((entry) => entry.option)])).toEqual(
				[1, 2, 3].map((slot) => [`goal${slot}`, ['Not started', 'Some', 'Most', 'Achieved']]),
			);
		}
	});

	describe('when two pairs rate their goals at the mid-point and at the end', () => {
		it('stores the ratings with each answer, and the KPIs read attainment per round from them', async () => {
			// Pair 0 has two goals, pair 1 one. Mid-point: pair 0's mentee Some, Most; pair 1's mentor Not started.
			// End: pair 0's mentee Achieved, Most and mentor Achieved, Achieved; pair 1's mentee Achieved.
			expect((await checkIn(0, 'mentee', ['Some', 'Most'])).title).toBe('Thank you');
			expect((await checkIn(1, 'mentor', ['Not started'])).title).toBe('Thank you');
			await finalSurvey(0, 'mentee', ['Achieved', 'Most']);
			await finalSurvey(0, 'mentor', ['Achieved', 'Achieved']);
			await finalSurvey(1, 'mentee', ['Achieved']);

			const rows = tables.rows('mentorship_responses');
			const scored: IDataObject[] = rows.map((row) => ({ ...(JSON.parse(String(row.scored)) as IDataObject), programId: String(row.programId) }));
			const goalItems = (json: IDataObject) => [1, 2, 3].map((slot) => (json.items as Record<string, number | null>)[`goal${slot}`]);
			expect(scored.map((json) => [json.instrument, json.respondentId, goalItems(json)])).toEqual([
				['checkIn', String(pairs[0].menteeEmail).toLowerCase(), [1, 2, null]],
				['checkIn', String(pairs[1].mentorEmail).toLowerCase(), [0, null, null]],
				['endOfProgram', String(pairs[0].menteeEmail).toLowerCase(), [3, 2, null]],
				['endOfProgram', String(pairs[0].mentorEmail).toLowerCase(), [3, 3, null]],
				['endOfProgram', String(pairs[1].menteeEmail).toLowerCase(), [3, null, null]],
			]);

			// By hand. Mid-point: 3 ratings (1, 2, 0), none achieved, progress 3/9. End: 5 ratings (3, 2, 3, 3, 3), 4 achieved, progress 14/15.
			const { summary } = computeKpis({
				participants: [],
				pairs: pairs.map((pair) => ({ ...pair, startDate: '2026-03-02' })),
				responses: scored,
				hris: [],
				periodStart: '2026-03-02',
				periodEnd: '2026-09-02',
				minGroupSize: 5,
			});
			expect(summary.goalAttainment.midpoint).toEqual({ raters: 2, pairs: 2, ratings: 3, achieved: 0, attainmentRate: 0, progress: 3 / 9 });
			expect(summary.goalAttainment.end).toEqual({ raters: 3, pairs: 2, ratings: 5, achieved: 4, attainmentRate: 4 / 5, progress: 14 / 15 });
			expect(summary.goalAttainment.attainmentChange).toBe(4 / 5);
		});
	});
});
