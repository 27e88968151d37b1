import type { PairFigures } from '../kpi/types';
import { toCsv } from './csv';

const HEADER = [
	'pairId',
	'programId',
	'mentorName',
	'menteeName',
	'startDate',
	'months',
	'meetings',
	'meetingsPerMonth',
	'responses',
	'latestQuality',
	'atRisk',
	'riskReasons',
];

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export interface PairsCsvOptions {
	pairs: PairFigures[];
}

/**
 * The per-pair figures as a spreadsheet-safe CSV, one row per pair.
 *
 * @example pairsCsv({ pairs: result.pairs }).split('\r\n')[0] // 'pairId,programId,mentorName,…'
 */
export function pairsCsv(options: PairsCsvOptions): string {
	return toCsv({
		header: HEADER,
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
			pair.atRisk,
			pair.riskReasons.join('; '),
		]),
	});
}
