import { normaliseLanguage } from '../participant/languages';
import { splitList } from '../text/tags';

/** The languages every participant-facing text exists in. */
export const TEXT_LANGUAGES = ['en', 'nl'] as const;

/** A language the text catalogue is written in. */
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Whether a value names a language of the catalogue (after normalisation: "Dutch", "nl-NL", "NL"). */
function supported(value: unknown): TextLanguage | undefined {
	if (typeof value !== 'string') return undefined;
	// "nl-NL", "en_GB": the region does not change the catalogue language.
	const code = normaliseLanguage(value.split(/[-_]/)[0] ?? '');
	return (TEXT_LANGUAGES as readonly string[]).includes(code) ? (code as TextLanguage) : undefined;
}

/** A person's languages in order, from a list or a form's "nl, en" text. */
function languageList(languages: unknown): TextLanguage[] {
	const result: TextLanguage[] = [];
	for (const entry of splitList(languages)) {
		const language = supported(entry);
		if (language && !result.includes(language)) result.push(language);
	}
	return result;
}

/**
 * The language to write to a person in: the first of their languages the catalogue has,
 * else the program's default language, else English.
 *
 * A message for several people at once (a pair's introduction, a circle's welcome) passes
 * one list per person: the first language of the first person that every one of them reads,
 * else the program default, because a message half of its readers cannot read helps nobody.
 * People whose languages the catalogue does not have (or whose languages are unknown, as for a
 * new hire from an HR system) read neither language, so they do not vote.
 *
 * @example chooseLanguage(['German', 'Nederlands'], 'en') // 'nl'
 * @example chooseLanguage(['de'], 'nl') // 'nl'
 * @example chooseLanguage([['nl', 'en'], ['en']], 'nl') // 'en'
 */
export function chooseLanguage(languages: unknown, programDefault: unknown): TextLanguage {
	const fallback = supported(programDefault) ?? 'en';
	const perPerson = Array.isArray(languages) && languages.length > 0 && languages.every(Array.isArray);
	if (!perPerson) return languageList(languages)[0] ?? fallback;
	// People with no language of the catalogue (or none known) read neither, so they do not vote.
	const lists = (languages as unknown[][]).map(languageList).filter((list) => list.length > 0);
	if (lists.length === 0) return fallback;
	return lists[0].find((language) => lists.every((list) => list.includes(language))) ?? fallback;
}
