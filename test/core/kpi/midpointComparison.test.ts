import { computeKpis } from '../../../nodes/core/kpi';
import { renderKpiReport } from '../../../nodes/core/report';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

/**
 * One program, pairs P1 (M1, E1) and P2 (M2, E2). By hand:
 *   E1: check-in 3 (March), check-in 4 (May), end 5 (June)   → mid-point 4 (the latest before the end), end 5, change +1
 *   M1: check-in 4 (May), end 4 (June)                       → 4, 4, change 0
 *   E2: check-in 2 (May), end 4 (June)                       → 2, 4, change +2
 *   M2: end 3 only                                           → not compared
 * Three people: mid-point mean (4 + 4 + 2) / 3 = 10/3, end mean (5 + 4 + 4) / 3 = 13/3, mean change (1 + 0 + 2) / 3 = 1.
 * Mentoring functions (end of program), career items 5,4,4,3 / 4,4,4,4 / 3,3,4,2 / 2,3,3,2 → career means 4, 4, 3, 2.5.
 */
const participants = [1, 2].flatMap((n) => [
	{ id: `M${n}`, email: `m${n}@example.com`, role: 'mentor', programId: 'p' },
	{ id: `E${n}`, email: `e${n}@example.com`, role: 'mentee', programId: 'p' },
]);
const pairs = [1, 2].map((n) => ({ pairId: `P${n}`, programId: 'p', mentorId: `M${n}`, menteeId: `E${n}`, status: 'completed', startDate: '2026-01-05' }));
const checkIn = (pairId: string, respondentId: string, quality: number, submittedAt: string) =>
	scoreResponse({ pairId, respondentId, quality, met: 'Yes', submittedAt }, { instrument: BUILT_IN_INSTRUMENTS.checkIn });
const end = (pairId: string, respondentId: string, quality: number, career: number[]) =>
	scoreResponse(
		{ pairId, respondentId, quality, submittedAt: '2026-06-20T10:00:00Z', career1: career[0], career2: career[1], career3: career[2], career4: career[3], recommend: 8 },
		{ instrument: BUILT_IN_INSTRUMENTS.endOfProgram },
	);
const responses = [
	checkIn('P1', 'E1', 3, '2026-03-01T10:00:00Z'),
	checkIn('P1', 'E1', 4, '2026-05-01T10:00:00Z'),
	checkIn('P1', 'M1', 4, '2026-05-01T10:00:00Z'),
	checkIn('P2', 'E2', 2, '2026-05-01T10:00:00Z'),
	end('P1', 'E1', 5, [5, 4, 4, 3]),
	end('P1', 'M1', 4, [4, 4, 4, 4]),
	end('P2', 'E2', 4, [3, 3, 4, 2]),
	end('P2', 'M2', 3, [2, 3, 3, 2]),
];
const summaryWith = (minGroupSize: number) =>
	computeKpis({ participants, pairs, responses: responses as unknown as Array<Record<string, unknown>>, hris: [], periodStart: '2026-01-01', periodEnd: '2026-06-30', minGroupSize }).summary;

describe('computeKpis: the end of the program against the mid-point', () => {
	describe('when three people answered both', () => {
		const summary = summaryWith(3);

		it('returns the mean quality at each point and the mean of each person\'s change', () => {
			const comparison = summary.midpointComparison;
			expect(comparison.respondents).toBe(3);
			expect(comparison.midpointQuality).toBeCloseTo(10 / 3, 12);
			expect(comparison.endQuality).toBeCloseTo(13 / 3, 12);
			expect(comparison.meanChange).toBeCloseTo(1, 12);
			expect(comparison.suppressed).toBe(false);
		});

		it('reports the end-of-program career mean over the four respondents, with Cronbach\'s alpha', () => {
			const career = summary.subscales.find((entry) => entry.instrument === 'endOfProgram' && entry.subscale === 'career')!;
			expect([career.n, career.mean]).toEqual([4, (4 + 4 + 3 + 2.5) / 4]);
			// Item variances 5/3, 1/3, 1/4 and 11/12 (sum 9.5/3), totals 16, 16, 12, 10 with variance 9:
			// alpha = 4/3 * (1 - (9.5/3) / 9) = 70/81.
			expect(career.reliability.alpha).toBeCloseTo(70 / 81, 10);
		});

		it('shows the comparison in the report', () => {
			const html = renderKpiReport({ summary, pairs: [], title: 'Mentoring' });
			expect(html).toContain('From the mid-point to the end');
			expect(html).toMatch(/Relationship quality \(1-5\)<\/td><td[^>]*>3\.3<\/td><td[^>]*>4\.3<\/td><td[^>]*><b>\+1\.0<\/b>/);
			expect(html).toContain('Career support (End of program)');
		});
	});

	describe('when fewer people answered both than the minimum group size', () => {
		it('gives only the count', () => {
			expect(summaryWith(4).midpointComparison).toEqual({ respondents: 3, midpointQuality: null, endQuality: null, meanChange: null, suppressed: true });
		});
	});
});
