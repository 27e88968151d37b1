import type { KpiTextKey } from '../texts/en/kpi';
import type { TextLanguage } from '../texts/language';
import type { TextValues } from '../texts/render';
import { renderText } from '../texts/render';
import { decimal, pValue } from './format';

/** The texts and number formats of one report language, handed to every section. */
export interface ReportWords {
	language: TextLanguage;
	/** A text of the catalogue's `kpi` area, placeholders filled (not yet HTML-escaped). */
	t: (key: KpiTextKey, values?: TextValues) => string;
	/** A number with fixed decimals, with the language's decimal mark (Dutch writes 3,14). */
	decimal: (value: number | null | undefined, digits: number) => string;
	pValue: (value: number) => string;
}

/**
 * The report's words in one language.
 *
 * @example reportWords('nl').decimal(3.14159, 2) // '3,14'
 */
export function reportWords(language: TextLanguage = 'en'): ReportWords {
	const mark = (value: string) => (language === 'nl' ? value.replace('.', ',') : value);
	return {
		language,
		t: (key, values = {}) => renderText('kpi', key, language, values),
		decimal: (value, digits) => mark(decimal(value, digits)),
		pValue: (value) => mark(pValue(value)),
	};
}
