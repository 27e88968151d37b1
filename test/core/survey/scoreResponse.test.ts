import fc from 'fast-check';

import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { parseCustomInstrument } from '../../../nodes/core/survey/customInstrument';
import { SurveyAnswerError } from '../../../nodes/core/survey/errors';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';
import { InvalidOptionError } from '../../../nodes/core/errors';

const { mentoringFunctions, checkIn, nps, goals } = BUILT_IN_INSTRUMENTS;

/** English form labels of the mentoring-functions items, in instrument order. */
const EN = mentoringFunctions.items.map((item) => item.labels[0]);
const NL = mentoringFunctions.items.map((item) => item.labels[1]);

function answers(labels: string[], values: Array<number | string | null>): Record<string, unknown> {
	return Object.fromEntries(labels.map((label, index) => [label, values[index]]));
}

describe('scoreResponse', () => {
	describe('when the mentoring-functions instrument is answered in full', () => {
		it('returns subscale means with the reverse-coded item mirrored', () => {
			// Respondent 1 of test/fixtures/survey/reference_statistics.py. By hand:
			// career (5+4+5+4)/4 = 4.5; psychosocial4 answered 1 is mirrored to 6-1 = 5,
			// so (5+5+4+5)/4 = 4.75; role modelling (4+5+4)/3 = 4.3333.
			const scored = scoreResponse(answers(EN, [5, 4, 5, 4, 5, 5, 4, 1, 4, 5, 4]), { instrument: mentoringFunctions });
			expect(scored.subscales.career).toBe(4.5);
			expect(scored.subscales.psychosocial).toBe(4.75);
			expect(scored.subscales.roleModel).toBeCloseTo(13 / 3, 10);
			expect(scored.items.psychosocial4).toBe(5);
			expect(scored.missingSubscales).toEqual([]);
		});
	});

	describe('when some items are unanswered', () => {
		it('reports a subscale with 3 of 4 items answered (75%) and leaves one with 2 of 3 missing, not zero', () => {
			// Respondent 8: career 3, 2, 3 and one blank → 8/3; role modelling 3, blank, 3 → 2/3 < 75%.
			const scored = scoreResponse(answers(EN, [3, 2, 3, null, 4, 4, 3, 3, 3, '', 3]), { instrument: mentoringFunctions });
			expect(scored.subscales.career).toBeCloseTo(8 / 3, 10);
			expect(scored.subscales.roleModel).toBeNull();
			expect(scored.missingSubscales).toEqual(['roleModel']);
		});

		it('leaves a subscale with half its items answered missing', () => {
			const scored = scoreResponse(answers(EN.slice(0, 2), [5, 5]), { instrument: mentoringFunctions });
			expect(scored.subscales.career).toBeNull();
			expect(scored.missingSubscales).toEqual(['career', 'psychosocial', 'roleModel']);
		});
	});

	describe('when answers are Dutch labels', () => {
		it('matches Dutch question labels and Dutch scale labels', () => {
			const scored = scoreResponse(
				answers(NL, [
					'Helemaal mee eens',
					'Mee eens',
					'Helemaal mee eens',
					'Mee eens',
					'Neutraal',
					'Oneens',
					'Mee oneens',
					'Helemaal mee oneens',
					'Mee eens',
					'Mee eens',
					'Helemaal mee eens',
				]),
				{ instrument: mentoringFunctions },
			);
			// career (5+4+5+4)/4; psychosocial (3+2+2+(6-1))/4 = 3; role (4+4+5)/3.
			expect(scored.subscales).toEqual({ career: 4.5, psychosocial: 3, roleModel: 13 / 3 });
		});
	});

	describe('when a check-in is scored', () => {
		it('reads quality, meeting and the weeks since the last meeting, and flags the risks', () => {
			const scored = scoreResponse(
				{
					pairId: 'p-1',
					respondentId: 'E7',
					submittedAt: '2026-03-29T09:00:00Z',
					'Hoe beoordeel je jullie mentorrelatie?': 'Slecht',
					'Did you meet?': 'Nee',
					'Meetings since last check-in': 0,
					'When did you last meet?': '2026-03-01',
				},
				{ instrument: checkIn },
			);
			// 2026-03-01 to 2026-03-29 is 28 days = 4 weeks; "Slecht" is 2, at the default threshold 2.
			expect(scored.checkIn).toEqual({ quality: 2, met: false, meetings: 0, lastMeeting: '2026-03-01', weeksSinceMeeting: 4 });
			expect(scored.atRisk).toBe(true);
			expect(scored.riskReasons.map((reason) => reason.code)).toEqual(['lowQuality', 'noMeeting']);
		});

		it('does not flag a good check-in, and honours custom thresholds', () => {
			const json = { 'Relationship quality': 3, 'Did you meet?': 'Yes', submittedAt: '2026-03-29', lastMeetingAt: '2026-03-20' };
			expect(scoreResponse(json, { instrument: checkIn }).atRisk).toBe(false);
			const strict = scoreResponse(json, { instrument: checkIn, thresholds: { lowQualityAtOrBelow: 3, noMeetingWeeks: 1, flagDetractors: true } });
			expect(strict.riskReasons.map((reason) => reason.code)).toEqual(['lowQuality', 'noMeeting']);
		});
	});

	describe('when the NPS question is scored', () => {
		it.each([
			[10, 'promoter'],
			[9, 'promoter'],
			[8, 'passive'],
			[7, 'passive'],
			[6, 'detractor'],
			[0, 'detractor'],
		])('classifies %d as a %s', (value, category) => {
			const scored = scoreResponse({ recommend: value }, { instrument: nps });
			expect(scored.recommend).toEqual({ value, category });
			expect(scored.atRisk).toBe(category === 'detractor');
		});
	});

	describe('when goals are scored', () => {
		it('counts achieved goals among the goals named, whatever their number', () => {
			const scored = scoreResponse({ 'Goal 1': 'Achieved', 'Doel 2': 'Bezig', 'Goal 3': 'Behaald' }, { instrument: goals });
			expect(scored.goals).toEqual({ total: 3, achieved: 2, inProgress: 1, notStarted: 0, attainment: 2 / 3 });
		});
	});

	describe('when a custom instrument has weights and a reverse-coded item', () => {
		it('returns the weighted mean after mirroring', () => {
			const instrument = parseCustomInstrument([
				{ id: 'a', label: 'I feel heard', subscale: 'voice', weight: 2 },
				{ id: 'b', label: 'I keep quiet', subscale: 'voice', reverse: true },
				{ id: 'c', label: 'Energy', scale: 'numeric', min: 0, max: 10, subscale: 'energy' },
			]);
			// voice: (2·4 + 1·(6-2)) / 3 = 4; energy: 7.5.
			const scored = scoreResponse({ 'I feel heard': 'Agree', 'I keep quiet': 'Disagree', Energy: '7,5' }, { instrument });
			expect(scored.subscales).toEqual({ voice: 4, energy: 7.5 });
		});

		it('refuses an item list that is not valid, naming the problem', () => {
			expect(() => parseCustomInstrument([{ id: 'a', scale: 'numeric' }])).toThrow(InvalidOptionError);
			expect(() => parseCustomInstrument([{ id: 'a' }, { id: 'a' }])).toThrow(/lists item "a" twice/);
			expect(() => parseCustomInstrument('nope')).toThrow(/not valid/);
		});
	});

	describe('when an answer is off its scale', () => {
		it('throws an error naming the response, the item and the allowed values', () => {
			const run = () =>
				scoreResponse({ respondentId: 'E9', career1: 'Sometimes' }, { instrument: mentoringFunctions, label: 'Response 4' });
			expect(run).toThrow(SurveyAnswerError);
			expect(run).toThrow(/^Response 4 \(respondent E9\): item "career1" .* \(received "Sometimes"\); expected a whole number from 1 to 5, or Strongly disagree \/ Helemaal mee oneens/);
		});
	});

	describe('when an explicit mapping is given', () => {
		it('uses it over ids and labels', () => {
			const scored = scoreResponse({ Q7: 9 }, { instrument: nps, mapping: { Q7: 'recommend' } });
			expect(scored.recommend?.category).toBe('promoter');
		});
	});

	describe('for any pattern of answered and blank items', () => {
		it('reports each subscale as the brute-force mean of its mirrored answers, or missing under 75%', () => {
			const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
			fc.assert(
				fc.property(fc.array(answer, { minLength: 11, maxLength: 11 }), (row) => {
					const scored = scoreResponse(answers(EN, row), { instrument: mentoringFunctions });
					const columns = { career: [0, 1, 2, 3], psychosocial: [4, 5, 6, 7], roleModel: [8, 9, 10] };
					for (const [subscale, indexes] of Object.entries(columns)) {
						const values = indexes
							.map((index) => (row[index] === null ? null : index === 7 ? 6 - (row[index] as number) : (row[index] as number)))
							.filter((value): value is number => value !== null);
						const expected = values.length / indexes.length >= 0.75 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
						if (expected === null) expect(scored.subscales[subscale]).toBeNull();
						else expect(scored.subscales[subscale]).toBeCloseTo(expected, 12);
					}
				}),
			);
		});
	});
});
