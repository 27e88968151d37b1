import { normaliseTag } from '../text/tags';

/**
 * Language names in English and Dutch mapped to ISO 639-1 codes, so that "Dutch",
 * "Nederlands" and "nl" count as one shared language when matching.
 */
const LANGUAGE_CODES: Record<string, string> = {
	english: 'en', engels: 'en', en: 'en',
	dutch: 'nl', nederlands: 'nl', nl: 'nl', flemish: 'nl', vlaams: 'nl',
	german: 'de', duits: 'de', deutsch: 'de', de: 'de',
	french: 'fr', frans: 'fr', français: 'fr', francais: 'fr', fr: 'fr',
	spanish: 'es', spaans: 'es', español: 'es', espanol: 'es', es: 'es',
	italian: 'it', italiaans: 'it', italiano: 'it', it: 'it',
	portuguese: 'pt', portugees: 'pt', português: 'pt', pt: 'pt',
	polish: 'pl', pools: 'pl', polski: 'pl', pl: 'pl',
	turkish: 'tr', turks: 'tr', türkçe: 'tr', tr: 'tr',
	arabic: 'ar', arabisch: 'ar', ar: 'ar',
	chinese: 'zh', mandarin: 'zh', chinees: 'zh', zh: 'zh',
	japanese: 'ja', japans: 'ja', ja: 'ja',
	hindi: 'hi', hi: 'hi',
	swedish: 'sv', zweeds: 'sv', sv: 'sv',
	danish: 'da', deens: 'da', da: 'da',
	norwegian: 'no', noors: 'no', no: 'no',
	finnish: 'fi', fins: 'fi', fi: 'fi',
};

/**
 * Normalises a language to its ISO 639-1 code when known, else to a plain tag.
 *
 * @example normaliseLanguage('Nederlands') // 'nl'
 */
export function normaliseLanguage(language: string): string {
	const tag = normaliseTag(language);
	return LANGUAGE_CODES[tag] ?? tag;
}
