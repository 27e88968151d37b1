import type { GoalLevel, GoalRatings } from '../../../nodes/core/goals';
import { summariseGoalAttainment } from '../../../nodes/core/goals';
import { parseAnswer } from '../../../nodes/core/survey/parseAnswer';
import { SCALES } from '../../../nodes/core/survey/scales';

// Levels: 0 not started, 1 some, 2 most, 3 achieved.
const rate = (pairId: string, person: string, department: string, round: GoalRatings['round'], levels: GoalLevel[]): GoalRatings => ({ pairId, person, department, round, levels });

/**
 * Four pairs with 2, 3, 1 and 2 goals. Mentors are in Engineering; mentees of A, B, D
 * in Sales and of C in Ops.
 */
const END = [
	rate('A', 'a-mentee', 'Sales', 'end', [3, 2]),
	rate('A', 'a-mentor', 'Engineering', 'end', [3, 1]),
	rate('B', 'b-mentee', 'Sales', 'end', [3, 3, 0]),
	rate('B', 'b-mentor', 'Engineering', 'end', [3, 2, 0]),
	rate('C', 'c-mentee', 'Ops', 'end', [1]),
	rate('C', 'c-mentor', 'Engineering', 'end', [2]),
	rate('D', 'd-mentee', 'Sales', 'end', [3, 3]),
	rate('D', 'd-mentor', 'Engineering', 'end', [3, 3]),
];
const MIDPOINT = [
	rate('A', 'a-mentee', 'Sales', 'midpoint', [1, 0]),
	rate('B', 'b-mentee', 'Sales', 'midpoint', [2, 1, 0]),
	rate('C', 'c-mentor', 'Engineering', 'midpoint', [1]),
	rate('D', 'd-mentee', 'Sales', 'midpoint', [1, 2]),
];

describe('summariseGoalAttainment', () => {
	describe('when 4 pairs with 2/3/1/2 goals are rated by both people at the end and by four people at the mid-point', () => {
		const summary = summariseGoalAttainment({ ratings: [...MIDPOINT, ...END], minGroupSize: 3 });

		it('returns the end figures: 9 of 16 ratings achieved, progress 35 of 48', () => {
			// Ratings 2·2 + 3·2 + 1·2 + 2·2 = 16; achieved A 2, B 3, C 0, D 4 = 9;
			// level sum A 9, B 11, C 3, D 12 = 35 out of 16 · 3 = 48.
			expect(summary.end).toEqual({ raters: 8, pairs: 4, ratings: 16, achieved: 9, attainmentRate: 9 / 16, progress: 35 / 48 });
		});

		it('returns the mid-point figures: none achieved, progress 8 of 24', () => {
			expect(summary.midpoint).toEqual({ raters: 4, pairs: 4, ratings: 8, achieved: 0, attainmentRate: 0, progress: 8 / 24 });
		});

		it('returns the change from mid-point to end', () => {
			expect(summary.attainmentChange).toBe(9 / 16);
		});

		it('shows only Engineering: Ops (1 rater) is suppressed, and Sales with it so Ops cannot be worked out', () => {
			// Engineering at the end: [3,1] [3,2,0] [2] [3,3]: 8 ratings, 4 achieved, level sum 17.
			// At the mid-point only c-mentor rated there: 1 rater, under 3, so not shown.
			expect(summary.byDepartment).toEqual({
				groups: [{ group: 'Engineering', midpoint: null, end: { raters: 4, pairs: 4, ratings: 8, achieved: 4, attainmentRate: 0.5, progress: 17 / 24 }, attainmentChange: null }],
				suppressed: 2,
				secondarySuppressed: 1,
			});
		});
	});

	describe('when a person rates the same round twice', () => {
		it('counts the later rating only', () => {
			const summary = summariseGoalAttainment({ ratings: [rate('A', 'x', 'Sales', 'end', [0, 0]), rate('A', 'x', 'Sales', 'end', [3, 0])], minGroupSize: 1 });
			expect(summary.end).toMatchObject({ ratings: 2, achieved: 1 });
		});
	});

	describe('when nobody rated', () => {
		it('returns no figures', () => {
			expect(summariseGoalAttainment({ ratings: [], minGroupSize: 5 })).toEqual({
				midpoint: null,
				end: null,
				attainmentChange: null,
				byDepartment: { groups: [], suppressed: 0, secondarySuppressed: 0 },
			});
		});
	});
});

describe('the goalStatus scale the surveys rate goals on', () => {
	it.each([
		['Not started', 0],
		['Some', 1],
		['In progress', 1],
		['Most', 2],
		['Grotendeels', 2],
		['Achieved', 3],
		['Behaald', 3],
	])('reads %p as level %p', (answer, level) => {
		expect(parseAnswer(answer, { scale: SCALES.goalStatus })).toEqual({ kind: 'value', value: level });
	});
});
