import fc from 'fast-check';

import { parseAnswer } from '../../../nodes/core/survey/parseAnswer';
import { SCALES } from '../../../nodes/core/survey/scales';

const agreement = { scale: SCALES.agreement5 };

describe('parseAnswer', () => {
	describe('when the answer is an agreement label', () => {
		it.each([
			['Strongly disagree', 1],
			['Helemaal mee oneens', 1],
			['Disagree', 2],
			['Oneens', 2],
			['Mee oneens', 2],
			['Neutral', 3],
			['Neutraal', 3],
			['Agree', 4],
			['Mee eens', 4],
			['Strongly agree', 5],
			['Helemaal mee eens', 5],
			['  helemaal  MEE eens ', 5],
			['5 - Strongly agree', 5],
			['4 (Mee eens)', 4],
		])('reads "%s" as %d', (label, value) => {
			expect(parseAnswer(label, agreement)).toEqual({ kind: 'value', value });
		});
	});

	describe('when the answer is a number', () => {
		it('accepts whole numbers on the scale, given as numbers or text', () => {
			expect(parseAnswer(3, agreement)).toEqual({ kind: 'value', value: 3 });
			expect(parseAnswer(' 2 ', agreement)).toEqual({ kind: 'value', value: 2 });
		});

		it('refuses numbers off the scale and fractions on a whole-number scale', () => {
			expect(parseAnswer(6, agreement).kind).toBe('invalid');
			expect(parseAnswer(0, agreement).kind).toBe('invalid');
			expect(parseAnswer('3,5', agreement).kind).toBe('invalid');
		});

		it('reads 0 to 10 on the NPS scale and refuses 11', () => {
			expect(parseAnswer('0', { scale: SCALES.nps11 })).toEqual({ kind: 'value', value: 0 });
			expect(parseAnswer(10, { scale: SCALES.nps11 })).toEqual({ kind: 'value', value: 10 });
			expect(parseAnswer(11, { scale: SCALES.nps11 }).kind).toBe('invalid');
		});

		it('uses the item range on a numeric scale', () => {
			expect(parseAnswer('3,5', { scale: SCALES.numeric, range: { min: 1, max: 7 } })).toEqual({ kind: 'value', value: 3.5 });
			expect(parseAnswer(8, { scale: SCALES.numeric, range: { min: 1, max: 7 } }).kind).toBe('invalid');
		});
	});

	describe('when the answer is yes or no, a goal status or a date', () => {
		it('reads Dutch and English yes and no, and booleans', () => {
			expect(parseAnswer('Ja', { scale: SCALES.yesNo })).toEqual({ kind: 'value', value: 1 });
			expect(parseAnswer('Nee', { scale: SCALES.yesNo })).toEqual({ kind: 'value', value: 0 });
			expect(parseAnswer(true, { scale: SCALES.yesNo })).toEqual({ kind: 'value', value: 1 });
		});

		it('reads goal statuses in both languages', () => {
			expect(parseAnswer('Behaald', { scale: SCALES.goalStatus })).toEqual({ kind: 'value', value: 3 });
			expect(parseAnswer('In progress', { scale: SCALES.goalStatus })).toEqual({ kind: 'value', value: 1 });
			expect(parseAnswer('Niet begonnen', { scale: SCALES.goalStatus })).toEqual({ kind: 'value', value: 0 });
		});

		it('reads dates as days since 1970-01-01', () => {
			// 1970-01-08 is seven days after the epoch.
			expect(parseAnswer('08-01-1970', { scale: SCALES.date })).toEqual({ kind: 'value', value: 7 });
		});
	});

	describe('when the answer is empty or unknown', () => {
		it('returns blank for empty answers', () => {
			expect(parseAnswer('', agreement)).toEqual({ kind: 'blank' });
			expect(parseAnswer(null, agreement)).toEqual({ kind: 'blank' });
			expect(parseAnswer(undefined, agreement)).toEqual({ kind: 'blank' });
		});

		it('returns invalid with the allowed values, in both languages', () => {
			const parsed = parseAnswer('Sometimes', agreement);
			expect(parsed.kind).toBe('invalid');
			expect(parsed.kind === 'invalid' && parsed.allowed).toContain('1 to 5');
			expect(parsed.kind === 'invalid' && parsed.allowed).toContain('Strongly agree / Helemaal mee eens');
		});

		it('never throws and only ever returns a value on the scale', () => {
			fc.assert(
				fc.property(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean()), (raw) => {
					const parsed = parseAnswer(raw, agreement);
					if (parsed.kind === 'value') expect([1, 2, 3, 4, 5]).toContain(parsed.value);
				}),
			);
		});
	});
});
