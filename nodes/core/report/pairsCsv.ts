import type { PairFigures } from '../kpi/types';
import type { KpiTextKey } from '../texts/en/kpi';
import type { TextLanguage } from '../texts/language';
import { renderText } from '../texts/render';
import { toCsv } from './csv';
import { RISK_NAMES } from './labels';

/** The columns, named in the catalogue's `kpi` area (English names are the camelCase field names). */
const HEADER: KpiTextKey[] = [
	'csvPairId',
	'csvProgramId',
	'csvMentorName',
	'csvMenteeName',
	'csvStartDate',
	'csvMonths',
	'csvMeetings',
	'csvMeetingsPerMonth',
	'csvResponses',
	'csvLatestQuality',
	'csvAtRisk',
	'csvRiskReasons',
];

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export interface PairsCsvOptions {
	pairs: PairFigures[];
	/** Language of the header, the yes/no cells and the risk reasons (the program's default language); English when not given. */
	language?: TextLanguage;
}

/**
 * The per-pair figures as a spreadsheet-safe CSV, one row per pair. Numbers stay numbers
 * (a decimal point), so a spreadsheet in any locale reads them.
 *
 * @example pairsCsv({ pairs: result.pairs }).split('\r\n')[0] // 'pairId,programId,mentorName,…'
 * @example pairsCsv({ pairs: result.pairs, language: 'nl' }).split('\r\n')[0] // 'koppelId,programmaId,naamMentor,…'
 */
export function pairsCsv(options: PairsCsvOptions): string {
	const language = options.language ?? 'en';
	const t = (key: KpiTextKey) => renderText('kpi', key, language, {});
	return toCsv({
		header: HEADER.map(t),
		rows: options.pairs.map((pair) => [
			pair.pairId,
			pair.programId,
			pair.mentorName,
			pair.menteeName,
			pair.startDate,
			round(pair.months, 2),
			pair.meetings,
			round(pair.meetingsPerMonth, 2),
			pair.responses,
			pair.latestQuality,
			// English keeps true/false and the stored sentences, as before; other languages name things in their words.
			language === 'en' ? pair.atRisk : t(pair.atRisk ? 'csvTrue' : 'csvFalse'),
			(language === 'en' ? pair.riskReasons : pair.riskCodes.map((code) => t(RISK_NAMES[code]))).join('; '),
		]),
	});
}
