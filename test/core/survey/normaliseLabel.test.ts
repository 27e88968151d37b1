import { memoisedLabelCount, normaliseLabel } from '../../../nodes/core/survey/normaliseLabel';

describe('normaliseLabel (survey)', () => {
	describe('when a label ends in marks forms add', () => {
		it('returns it without them, case and blanks folded', () => {
			expect(normaliseLabel('  How  was it? * ')).toBe('how was it');
			expect(normaliseLabel('Relationship quality:!.')).toBe('relationship quality');
		});
	});

	describe('when the text is 1 MB of marks and blanks before a letter', () => {
		it('returns the folded text (linear: the old trailing-mark pattern retried from every mark)', () => {
			const text = `${'? '.repeat(512 * 1024)}x`;
			expect(normaliseLabel(text)).toBe(`${'? '.repeat(512 * 1024)}x`);
			expect(normaliseLabel(`x${'? '.repeat(512 * 1024)}`)).toBe('x');
		});
	});

	describe('when many distinct labels and long texts pass', () => {
		it('keeps at most 10,000 labels and never a text over 200 characters', () => {
			const before = memoisedLabelCount();
			normaliseLabel('y'.repeat(201));
			expect(memoisedLabelCount()).toBe(before);
			normaliseLabel('y'.repeat(200));
			expect(memoisedLabelCount()).toBe(before + 1);
			for (let i = 0; i < 12_000; i++) normaliseLabel(`label ${i}`);
			expect(memoisedLabelCount()).toBe(10_000);
		});
	});
});
