import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { runWorkflow } from '../../harness/runWorkflow';
import { MENTORING_RAW } from '../../fixtures/survey/program';
import { scoreWorkflow } from './workflows';

const LABELS = BUILT_IN_INSTRUMENTS.mentoringFunctions.items.map((item) => item.labels);

function mentoringAnswers(row: Array<number | string | null>, language: 0 | 1 = 0) {
	return Object.fromEntries(LABELS.map((labels, column) => [labels[language], row[column]]));
}

describe('Mentorship Survey: Score', () => {
	describe('when mentoring-functions answers arrive as an n8n Form sends them', () => {
		it('returns one scored item per response, paired with its input', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'mentoringFunctions' }), {
				start: {
					node: 'Start',
					items: [
						{ respondentId: 'R1', submittedAt: '2026-03-01T10:00:00Z', formMode: 'production', ...mentoringAnswers(MENTORING_RAW[0]) },
						{ respondentId: 'R8', ...mentoringAnswers(MENTORING_RAW[7]) },
					],
				},
			});
			expect(result.status).toBe('success');
			const [first, second] = result.output('Survey');
			// R1 by hand: career (5+4+5+4)/4; psychosocial4 answered 1 mirrored to 5: (5+5+4+5)/4; role (4+5+4)/3.
			expect(first.json.subscales).toEqual({ career: 4.5, psychosocial: 4.75, roleModel: 13 / 3 });
			expect(first.json).toMatchObject({ instrument: 'mentoringFunctions', respondentId: 'R1', atRisk: false });
			// R8: career 3 of 4 answered (75%) → 8/3; role modelling 2 of 3 → missing, not 0.
			expect((second.json.subscales as Record<string, number | null>).career).toBeCloseTo(8 / 3, 10);
			expect((second.json.subscales as Record<string, number | null>).roleModel).toBeNull();
			expect(second.json.missingSubscales).toEqual(['roleModel']);
			expect(result.output('Survey').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});

	describe('when the form is in Dutch', () => {
		it('matches Dutch question labels and Dutch scale labels', async () => {
			const dutch = ['Helemaal mee eens', 'Mee eens', 'Helemaal mee eens', 'Mee eens', 'Neutraal', 'Oneens', 'Mee oneens', 'Helemaal mee oneens', 'Mee eens', 'Mee eens', 'Helemaal mee eens'];
			const result = await runWorkflow(scoreWorkflow({ instrument: 'mentoringFunctions' }), {
				start: { node: 'Start', items: [mentoringAnswers(dutch, 1)] },
			});
			// career (5+4+5+4)/4; psychosocial (3+2+2+(6-1))/4; role (4+4+5)/3.
			expect(result.output('Survey')[0].json.subscales).toEqual({ career: 4.5, psychosocial: 3, roleModel: 13 / 3 });
		});
	});

	describe('when check-ins are scored with thresholds', () => {
		it('flags low quality, a long gap since the last meeting and detractors', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn', options: { lowQualityAtOrBelow: 3, noMeetingWeeks: 2 } }), {
				start: {
					node: 'Start',
					items: [
						{ pairId: 'P1', submittedAt: '2026-03-15', 'Hoe beoordeel je jullie mentorrelatie?': 'Redelijk', 'Hebben jullie afgesproken?': 'Nee', 'Wanneer hebben jullie elkaar voor het laatst gesproken?': '01-03-2026' },
						{ pairId: 'P2', submittedAt: '2026-03-15', 'Relationship quality': 'Excellent', 'Did you meet?': 'Yes', 'Meetings since last check-in': '2' },
					],
				},
			});
			const [atRisk, fine] = result.output('Survey');
			// Quality "Redelijk" = 3, at the threshold 3; 2026-03-01 to 03-15 is 14 days = 2 weeks.
			expect(atRisk.json.riskReasons).toEqual([
				{ code: 'lowQuality', message: 'Relationship quality 3 of 5 (at or below 3)' },
				{ code: 'noMeeting', message: 'No meeting for 2 weeks (2 or more)' },
			]);
			expect(fine.json).toMatchObject({ atRisk: false, checkIn: { quality: 5, met: true, meetings: 2 } });
		});
	});

	describe('when NPS, eNPS and goals are scored', () => {
		it('classifies recommendation answers and counts goals', async () => {
			const nps = await runWorkflow(scoreWorkflow({ instrument: 'nps' }), {
				start: { node: 'Start', items: [{ recommend: 9 }, { 'Hoe waarschijnlijk is het dat je dit mentorprogramma aanbeveelt aan een collega?': '6' }] },
			});
			expect(nps.output('Survey').map((item) => item.json.recommend)).toEqual([
				{ value: 9, category: 'promoter' },
				{ value: 6, category: 'detractor' },
			]);
			const enps = await runWorkflow(scoreWorkflow({ instrument: 'enps', options: { flagDetractors: false } }), {
				start: { node: 'Start', items: [{ 'How likely are you to recommend this organisation as a place to work?': 4 }] },
			});
			expect(enps.output('Survey')[0].json).toMatchObject({ recommend: { category: 'detractor' }, atRisk: false });
			const goals = await runWorkflow(scoreWorkflow({ instrument: 'goals' }), {
				start: { node: 'Start', items: [{ 'Goal 1': 'Achieved', 'Goal 2': 'Not started', 'Doel 3': 'Behaald', 'Goal 4': '' }] },
			});
			expect(goals.output('Survey')[0].json.goals).toEqual({ total: 3, achieved: 2, inProgress: 0, notStarted: 1, attainment: 2 / 3 });
		});
	});

	describe('when a custom instrument and an answer mapping are given', () => {
		it('scores with weights and reverse coding, fields mapped by hand', async () => {
			const customItems = JSON.stringify([
				{ id: 'heard', label: 'I feel heard', subscale: 'support', weight: 3 },
				{ id: 'alone', label: 'I feel on my own', subscale: 'support', reverse: true },
			]);
			const result = await runWorkflow(
				scoreWorkflow({ instrument: 'custom', customItems, answerMapping: { mappings: [{ field: 'Q2', item: 'alone' }] } }),
				{ start: { node: 'Start', items: [{ 'I feel heard': 'Agree', Q2: 'Strongly agree' }] } },
			);
			// (3·4 + 1·(6-5)) / 4 = 13/4.
			expect(result.output('Survey')[0].json.subscales).toEqual({ support: 13 / 4 });
		});
	});

	describe('when an answer is off its scale', () => {
		it('returns it on Rejected with the answer, the reasons and a message for the person, and scores the others', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'nps' }), {
				start: { node: 'Start', items: [{ recommend: 8 }, { respondentId: 'ann@example.com', recommend: 11 }] },
			});
			expect(result.status).toBe('success');
			expect(result.output('Survey', 0).map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
			const [rejected] = result.output('Survey', 1);
			expect(rejected.pairedItem).toEqual({ item: 1 });
			expect(rejected.json).toMatchObject({
				status: 'rejected',
				error: 'Item 1, field "recommend": ("How likely are you to recommend this mentorship program to a colleague") is off its scale',
				field: 'recommend',
				answer: { respondentId: 'ann@example.com', recommend: 11 },
				message: 'Please check your answer to "How likely are you to recommend this mentorship program to a colleague": we expected a whole number from 0 to 10.',
			});
			expect(rejected.json.reasons).toEqual([
				'field "recommend": ("How likely are you to recommend this mentorship program to a colleague") is off its scale (received "11"), expected a whole number from 0 to 10',
			]);
		});

		it('returns 1.5 meetings on Rejected with a message asking for a whole number', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn' }), {
				start: { node: 'Start', items: [{ pairId: 'p1', 'How many times did you meet since the last check-in?': 1.5, comment: 'We met once and a half' }] },
			});
			const [rejected] = result.output('Survey', 1);
			expect(rejected.json.field).toBe('meetings');
			expect(String(rejected.json.message)).toMatch(/^Please check your answer to "How many times did you meet since the last check-in": we expected a whole number from 0 to 1000\.$/);
			expect(rejected.json.answer).toMatchObject({ comment: 'We met once and a half', pairId: 'p1' });
		});
	});

	describe('when a response carries a comment', () => {
		it('returns the comment, trimmed, on the scored item', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn' }), {
				start: { node: 'Start', items: [{ 'Relationship quality': 4, 'Anything the program team should know?': '  We moved to Thursdays. ' }, { 'Relationship quality': 3 }] },
			});
			expect(result.output('Survey').map((item) => item.json.comment)).toEqual(['We moved to Thursdays.', null]);
		});

		it('returns the comment escaped for Slack and HTML, so a mention or markup in it does nothing', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn' }), {
				start: { node: 'Start', items: [{ 'Relationship quality': 4, comment: '<!channel> <@U123> & <b>hi</b>' }] },
			});
			expect(result.output('Survey')[0].json).toMatchObject({
				comment: '<!channel> <@U123> & <b>hi</b>',
				commentSlack: '&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;b&gt;hi&lt;/b&gt;',
				commentHtml: '&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;b&gt;hi&lt;/b&gt;',
			});
		});
	});

	describe('when the custom instrument is not valid JSON items', () => {
		it('stops with an error that says what to give', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'custom', customItems: '[{"label": "no id"}]' }), {
				start: { node: 'Start', items: [{ x: 1 }] },
			});
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/The custom instrument is not valid at 0\.id/);
			expect(result.error?.description).toMatch(/JSON list of items/);
		});
	});

	describe('when the instrument comes from a field and names none that exists', () => {
		it('stops with an error listing the instruments there are', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: '={{ $json.survey }}' }), {
				start: { node: 'Start', items: [{ survey: 'pulse', recommend: 9 }] },
			});
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Parameter "instrument": There is no instrument "pulse"');
			expect(result.error?.description).toBe('Use one of mentoringFunctions, checkIn, nps, enps, goals, sessionPulse, endOfProgram or custom.');
		});
	});

	describe('when each response names its instrument in a field', () => {
		it('scores each with its own instrument, and says which response lacks the field', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'fromField', instrumentField: 'kind' }, { onError: 'continueRegularOutput' }), {
				start: { node: 'Start', items: [{ kind: 'nps', recommend: 10 }, { kind: 'checkIn', 'Relationship quality': 1 }, { recommend: 5 }] },
			});
			const [nps, checkIn] = result.output('Survey');
			const [missing] = result.output('Survey', 1);
			expect(nps.json).toMatchObject({ instrument: 'nps', recommend: { category: 'promoter' } });
			expect(checkIn.json).toMatchObject({ instrument: 'checkIn', atRisk: true });
			expect(missing.json.error).toBe('Item 2, field "kind": response 3 does not say which instrument scores it');
			expect(missing.pairedItem).toEqual({ item: 2 });
		});
	});
});
