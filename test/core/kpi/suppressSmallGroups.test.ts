import fc from 'fast-check';

import { suppressSmallGroups } from '../../../nodes/core/kpi/suppressSmallGroups';

const size = (group: { n: number }) => group.n;

describe('suppressSmallGroups', () => {
	describe('when several groups are small', () => {
		it('leaves them all out and counts them', () => {
			const result = suppressSmallGroups({ groups: [{ n: 9 }, { n: 4 }, { n: 1 }, { n: 6 }], minGroupSize: 5, size });
			expect(result).toEqual({ shown: [{ n: 9 }, { n: 6 }], suppressed: 2, secondarySuppressed: 0 });
		});
	});

	describe('when exactly one group is small', () => {
		it('also leaves out the next smallest, so the small one cannot be derived from the totals', () => {
			const result = suppressSmallGroups({ groups: [{ n: 9 }, { n: 7 }, { n: 2 }], minGroupSize: 5, size });
			expect(result).toEqual({ shown: [{ n: 9 }], suppressed: 2, secondarySuppressed: 1 });
		});
	});

	it('never shows a group under the minimum, and never shows all but exactly one group', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(20), { maxLength: 12 }), fc.integer({ min: 1, max: 10 }), (sizes, minGroupSize) => {
				const groups = sizes.map((n) => ({ n }));
				const result = suppressSmallGroups({ groups, minGroupSize, size });
				expect(result.shown.every((group) => group.n >= minGroupSize)).toBe(true);
				expect(result.shown.length + result.suppressed).toBe(groups.length);
				if (result.suppressed > 0 && result.shown.length > 0) expect(result.suppressed).toBeGreaterThanOrEqual(2);
			}),
		);
	});
});
