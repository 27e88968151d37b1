import { computeKpis } from '../../../nodes/core/kpi';
import { renderKpiReport } from '../../../nodes/core/report';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

/**
 * Four pairs A-D with 2, 3, 1 and 2 goals. Mentors are in Engineering; the mentees of A, B and D
 * in Sales, of C in Ops. Ratings (0 not started, 1 some, 2 most, 3 achieved), by hand:
 *   end:       A mentee 3,2  mentor 3,1 | B mentee 3,3,0  mentor 3,2,0 | C mentee 1  mentor 2 | D mentee 3,3  mentor 3,3
 *              16 ratings, 9 achieved → 9/16; level sum 35 of 48 → progress 35/48
 *   mid-point: A mentee 1,0 | B mentee 2,1,0 | C mentor 1 | D mentee 1,2
 *              8 ratings, none achieved → 0; level sum 8 of 24 → progress 1/3
 * With a minimum group size of 3: Engineering (4 raters) shown, Ops (1) suppressed, and Sales (3) with it
 * so that Ops cannot be worked out; Engineering's end: 8 ratings, 4 achieved, level sum 17 of 24.
 */
const LABEL = ['Not started', 'Some', 'Most', 'Achieved'];
const PAIRS = { A: 2, B: 3, C: 1, D: 2 } as const;
type PairName = keyof typeof PAIRS;
const participants = (Object.keys(PAIRS) as PairName[]).flatMap((pair) => [
	{ id: `${pair}-mentor`, email: `${pair.toLowerCase()}-mentor@example.com`, role: 'mentor', department: 'Engineering', programId: 'p' },
	{ id: `${pair}-mentee`, email: `${pair.toLowerCase()}-mentee@example.com`, role: 'mentee', department: pair === 'C' ? 'Ops' : 'Sales', programId: 'p' },
]);
const pairs = (Object.keys(PAIRS) as PairName[]).map((pair) => ({ pairId: pair, programId: 'p', mentorId: `${pair}-mentor`, menteeId: `${pair}-mentee`, status: 'active', startDate: '2026-01-05' }));
const goalAnswers = (levels: number[]) => Object.fromEntries(levels.map((level, index) => [`goal${index + 1}`, LABEL[level]]));
const midpoint = (pair: PairName, role: string, levels: number[]) =>
	scoreResponse({ pairId: pair, respondentId: `${pair}-${role}`, quality: 4, met: 'Yes', submittedAt: '2026-04-01T10:00:00Z', ...goalAnswers(levels) }, { instrument: BUILT_IN_INSTRUMENTS.checkIn });
const end = (pair: PairName, role: string, levels: number[]) =>
	scoreResponse({ pairId: pair, respondentId: `${pair}-${role}`, quality: 4, submittedAt: '2026-06-20T10:00:00Z', recommend: 8, ...goalAnswers(levels) }, { instrument: BUILT_IN_INSTRUMENTS.endOfProgram });
const responses = [
	midpoint('A', 'mentee', [1, 0]),
	midpoint('B', 'mentee', [2, 1, 0]),
	midpoint('C', 'mentor', [1]),
	midpoint('D', 'mentee', [1, 2]),
	// A mid-point check-in without goal answers (a mentor who skipped them) rates nothing.
	midpoint('A', 'mentor', []),
	end('A', 'mentee', [3, 2]),
	end('A', 'mentor', [3, 1]),
	end('B', 'mentee', [3, 3, 0]),
	end('B', 'mentor', [3, 2, 0]),
	end('C', 'mentee', [1]),
	end('C', 'mentor', [2]),
	end('D', 'mentee', [3, 3]),
	end('D', 'mentor', [3, 3]),
];
const summary = computeKpis({
	participants,
	pairs,
	responses: responses as unknown as Array<Record<string, unknown>>,
	hris: [],
	periodStart: '2026-01-01',
	periodEnd: '2026-06-30',
	minGroupSize: 3,
}).summary;

describe('computeKpis: goal attainment from the pairs\' ratings', () => {
	describe('when 4 pairs with 2/3/1/2 goals rate them at the mid-point and at the end', () => {
		it('returns the end round: 9 of 16 ratings achieved, progress 35/48, from 8 people in 4 pairs', () => {
			expect(summary.goalAttainment.end).toEqual({ raters: 8, pairs: 4, ratings: 16, achieved: 9, attainmentRate: 9 / 16, progress: 35 / 48 });
		});

		it('returns the mid-point round: none of 8 ratings achieved, progress 1/3', () => {
			expect(summary.goalAttainment.midpoint).toEqual({ raters: 4, pairs: 4, ratings: 8, achieved: 0, attainmentRate: 0, progress: 8 / 24 });
			expect(summary.goalAttainment.attainmentChange).toBe(9 / 16);
		});

		it('shows Engineering only: Ops is under the minimum, and Sales is suppressed with it', () => {
			expect(summary.goalAttainment.byDepartment).toEqual({
				groups: [{ group: 'Engineering', midpoint: null, end: { raters: 4, pairs: 4, ratings: 8, achieved: 4, attainmentRate: 0.5, progress: 17 / 24 }, attainmentChange: null }],
				suppressed: 2,
				secondarySuppressed: 1,
			});
		});

		it('keeps the headline attainment to the end of the program (9 of 16)', () => {
			expect(summary.goals).toEqual({ respondents: 8, total: 16, achieved: 9, attainmentRate: 9 / 16 });
		});

		it('reports both rounds and the departments shown in the KPI email', () => {
			const html = renderKpiReport({ summary, pairs: [], title: 'Goals' });
			const section = html.slice(html.indexOf('Goals: mid-point and end'));
			expect(section).toContain('Goals: mid-point and end');
			// Mid-point 0% achieved, progress 33% (8/24); end 56% achieved (9/16), progress 73% (35/48).
			expect(section).toMatch(/All pairs<[\s\S]*?>0%<[\s\S]*?>33%<[\s\S]*?>56%<[\s\S]*?>73%</);
			// Engineering: not enough raters at the mid-point; at the end 50% achieved, progress 71% (17/24).
			expect(section).toMatch(/Engineering<[\s\S]*?>–<[\s\S]*?>–<[\s\S]*?>50%<[\s\S]*?>71%</);
			expect(section).toContain('2 departments suppressed');
		});
	});
});
