import { TEXT_AREAS, TEXT_CATALOG, placeholdersOf, renderText, textKeys } from '../../../nodes/core/texts';
import type { TextArea } from '../../../nodes/core/texts';

/*
 * No English leaks into a Dutch text. Every key of every area is rendered in both languages
 * with sample values that hold no word (v1, v2, ...), then:
 *   - the Dutch render differs from the English one;
 *   - no English word of four or more letters of the English render appears in the Dutch
 *     render, except the words both languages write the same (listed here, each one checked by
 *     a Dutch speaker's eye: "mentor" and "team" are Dutch words too) and brand names;
 *     HTML markup is left out.
 */
const SHARED_WORDS = new Set([
	// Words Dutch writes exactly as English does.
	'mentor', 'mentors', 'mentee', 'mentees', 'team', 'week', 'link', 'links', 'over', 'buddy', 'chat', 'open', 'partner', 'rest',
	// Brands and abbreviations.
	'slack', 'teams', 'email', 'coffee', 'wave',
]);

function sampleValues(texts: string[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const text of texts) for (const placeholder of placeholdersOf(text)) values[placeholder.name] ??= `v${Object.keys(values).length + 1}`;
	return values;
}

function words(text: string): Set<string> {
	// Markup (<a href>, <li>) is not text anyone reads.
	const readable = text.replace(/<[^<>]*>/g, ' ');
	return new Set((readable.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !SHARED_WORDS.has(word)));
}

const cases = TEXT_AREAS.flatMap((area: TextArea) => textKeys(area).map((key) => [area, key] as const));

describe('the text catalogue', () => {
	it('has the same keys in Dutch as in English in every area', () => {
		for (const area of TEXT_AREAS) expect(Object.keys(TEXT_CATALOG.nl[area]).sort()).toEqual(Object.keys(TEXT_CATALOG.en[area]).sort());
	});

	describe.each(cases)('the text %s.%s', (area, key) => {
		const english = (TEXT_CATALOG.en[area] as Record<string, string>)[key];
		const dutch = (TEXT_CATALOG.nl[area] as Record<string, string>)[key];
		const values = sampleValues([english, dutch]);

		it('has the same placeholders in Dutch as in English', () => {
			const names = (text: string) => placeholdersOf(text).map((p) => `${p.raw ? 'raw ' : ''}${p.name}${p.optional ? '?' : ''}`).sort();
			expect(names(dutch)).toEqual(names(english));
		});

		it('renders in Dutch differently from English', () => {
			expect(renderText(area, key as never, 'nl', values)).not.toEqual(renderText(area, key as never, 'en', values));
		});

		it('leaks no English word into the Dutch render', () => {
			const dutchWords = words(renderText(area, key as never, 'nl', values));
			const leaked = [...words(renderText(area, key as never, 'en', values))].filter((word) => dutchWords.has(word));
			expect(leaked).toEqual([]);
		});
	});
});
