import fc from 'fast-check';

import { cronbachAlpha } from '../../../nodes/core/kpi/cronbachAlpha';
import { normalCdf, normalQuantile } from '../../../nodes/core/kpi/normal';
import { npsWithInterval } from '../../../nodes/core/kpi/nps';
import { compareProportions, fisherExactTwoSided } from '../../../nodes/core/kpi/proportionTests';

/*
 * Reference figures computed independently in pure Python by
 * test/fixtures/survey/reference_statistics.py (run: python3 test/fixtures/survey/reference_statistics.py),
 * which writes each formula from its textbook definition with statistics.variance,
 * statistics.NormalDist, math.erfc and math.comb. Its output, pasted:
 *
 *   career: alpha=0.957404 (complete rows 7); mean of respondent means=3.364583 (n=8); respondent 8 mean=2.6666666666666665
 *   psychosocial: alpha=0.941799 (complete rows 8); mean of respondent means=3.500000 (n=8); respondent 8 mean=3.5
 *   roleModel: alpha=0.944223 (complete rows 7); mean of respondent means=3.476190 (n=7); respondent 8 mean=None
 *   nps=25.000000 se=23.935678 ci=(-21.913066, 71.913066)
 *   retention z=1.682069 p=0.092556
 *   promotion fisher p=0.033972
 */

/** The scored (reverse-coded) rows of the Python script. */
const CAREER = [
	[5, 4, 5, 4],
	[4, 4, 4, 3],
	[2, 3, 2, 2],
	[3, 3, 4, 3],
	[5, 5, 4, 5],
	[1, 2, 2, 1],
	[4, 5, 4, 4],
	[3, 2, 3, null],
];
const PSYCHOSOCIAL = [
	[5, 5, 4, 5],
	[4, 4, 4, 4],
	[3, 2, 3, 2],
	[4, 3, 4, 3],
	[5, 4, 5, 4],
	[2, 2, 1, 1],
	[3, 4, 4, 4],
	[4, 4, 3, 3],
];

describe("cronbachAlpha", () => {
	describe('when rows are complete or partly answered', () => {
		it('matches the Python reference, leaving incomplete rows out', () => {
			expect(cronbachAlpha({ rows: CAREER }).alpha).toBeCloseTo(0.957404, 6);
			expect(cronbachAlpha({ rows: CAREER }).completeRows).toBe(7);
			expect(cronbachAlpha({ rows: PSYCHOSOCIAL }).alpha).toBeCloseTo(0.941799, 6);
		});
	});

	describe('when it cannot be computed', () => {
		it('returns null for one item, one complete row, or no variance', () => {
			expect(cronbachAlpha({ rows: [[1], [2]] }).alpha).toBeNull();
			expect(cronbachAlpha({ rows: [[1, 2], [2, null]] }).alpha).toBeNull();
			expect(cronbachAlpha({ rows: [[3, 3], [3, 3]] }).alpha).toBeNull();
		});
	});

	it('is 1 when every item is the same column repeated (k parallel copies)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 30 }), fc.integer({ min: 2, max: 6 }), (column, k) => {
				fc.pre(new Set(column).size > 1);
				const rows = column.map((value) => Array.from({ length: k }, () => value));
				expect(cronbachAlpha({ rows }).alpha).toBeCloseTo(1, 9);
			}),
		);
	});
});

describe('npsWithInterval', () => {
	it('matches the Python reference for 6 promoters, 3 passives and 3 detractors', () => {
		const nps = npsWithInterval({ promoters: 6, passives: 3, detractors: 3, confidence: 0.95 });
		expect(nps.score).toBeCloseTo(25, 9);
		expect(nps.standardError).toBeCloseTo(23.935678, 5);
		expect(nps.interval?.low).toBeCloseTo(-21.913066, 4);
		expect(nps.interval?.high).toBeCloseTo(71.913066, 4);
	});

	it('returns no score without answers', () => {
		expect(npsWithInterval({ promoters: 0, passives: 0, detractors: 0, confidence: 0.95 }).score).toBeNull();
	});

	it('keeps the interval around the score and inside -100 to 100', () => {
		fc.assert(
			fc.property(fc.nat(500), fc.nat(500), fc.nat(500), (promoters, passives, detractors) => {
				fc.pre(promoters + passives + detractors > 0);
				const nps = npsWithInterval({ promoters, passives, detractors, confidence: 0.9 });
				const { low, high } = nps.interval!;
				expect(low).toBeGreaterThanOrEqual(-100);
				expect(high).toBeLessThanOrEqual(100);
				expect(low).toBeLessThanOrEqual(nps.score! + 1e-9);
				expect(high).toBeGreaterThanOrEqual(nps.score! - 1e-9);
			}),
		);
	});
});

describe('compareProportions', () => {
	describe('when every expected cell is 5 or more', () => {
		it('uses the pooled z-test and matches the Python reference', () => {
			const result = compareProportions({ participants: { count: 38, n: 40 }, nonParticipants: { count: 136, n: 160 } });
			expect(result.test).toBe('two-proportion z-test');
			expect(result.difference).toBeCloseTo(0.1, 12);
			expect(result.z).toBeCloseTo(1.682069, 5);
			expect(result.pValue).toBeCloseTo(0.092556, 5);
		});
	});

	describe('when an expected cell is under 5', () => {
		it("uses Fisher's exact test and matches the Python reference", () => {
			const result = compareProportions({ participants: { count: 8, n: 40 }, nonParticipants: { count: 12, n: 160 } });
			expect(result.test).toBe("Fisher's exact test");
			expect(result.pValue).toBeCloseTo(0.033972, 5);
		});

		it('gives p = 0.1 for 3 of 3 against 0 of 3 (hypergeometric 1/20 + 1/20 by hand)', () => {
			expect(fisherExactTwoSided({ count: 3, n: 3 }, { count: 0, n: 3 })).toBeCloseTo(0.1, 12);
		});
	});
});

describe('normalQuantile', () => {
	it('inverts normalCdf', () => {
		expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
		fc.assert(
			fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
				expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
			}),
		);
	});
});
