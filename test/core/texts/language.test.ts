import { chooseLanguage } from '../../../nodes/core/texts';

describe('chooseLanguage', () => {
	describe('when the person speaks a language of the catalogue', () => {
		it.each([
			[['nl'], 'nl'],
			[['nl-NL'], 'nl'],
			[['NL'], 'nl'],
			[['Dutch'], 'nl'],
			[['Nederlands'], 'nl'],
			['German, Nederlands', 'nl'],
			[['English', 'nl'], 'en'],
			[['en_GB'], 'en'],
		])('reads %j as %s', (languages, expected) => {
			expect(chooseLanguage(languages, 'en')).toBe(expected);
		});

		it('takes the person language over the program default', () => {
			expect(chooseLanguage(['en'], 'nl')).toBe('en');
		});
	});

	describe('when the person speaks no language of the catalogue', () => {
		it('returns the program default', () => {
			expect(chooseLanguage(['de'], 'nl')).toBe('nl');
			expect(chooseLanguage(['de'], 'en')).toBe('en');
			expect(chooseLanguage(undefined, 'Nederlands')).toBe('nl');
		});

		it('returns English when the program default is missing or unknown', () => {
			expect(chooseLanguage([], undefined)).toBe('en');
			expect(chooseLanguage('', 'klingon')).toBe('en');
		});
	});

	describe('when the message is for several people', () => {
		it('returns the first language of the first person that everyone reads', () => {
			expect(chooseLanguage([['nl', 'en'], ['en', 'nl']], 'en')).toBe('nl');
			expect(chooseLanguage([['nl', 'en'], ['English']], 'nl')).toBe('en');
		});

		it('returns the program default when they share no language of the catalogue', () => {
			expect(chooseLanguage([['nl'], ['en']], 'nl')).toBe('nl');
		});

		it('leaves out people with no language of the catalogue', () => {
			expect(chooseLanguage([['nl'], ['de']], 'en')).toBe('nl');
			expect(chooseLanguage([[''], ['nl']], 'en')).toBe('nl');
			expect(chooseLanguage([['de'], ['fr']], 'nl')).toBe('nl');
		});
	});
});
