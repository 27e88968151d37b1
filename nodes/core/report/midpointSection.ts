import type { KpiSummary } from '../kpi/types';
import { noteHtml, sectionHtml, tableHtml, text } from './html';
import type { ReportWords } from './reportWords';

/**
 * The report's "mid-point to end" section: relationship quality at the mid-point
 * check-in and in the end-of-program survey, for the people who answered both; empty
 * until someone has.
 *
 * @example midpointSection(summary, reportWords('en')) // '<tr><td ...>From the mid-point to the end...'
 */
export function midpointSection(summary: KpiSummary, words: ReportWords): string {
	const { t, decimal } = words;
	const comparison = summary.midpointComparison;
	if (comparison.respondents === 0) return '';
	const change = comparison.meanChange;
	const row = comparison.suppressed
		? [text(t('midpointQuality')), text(t('midpointSuppressed')), '', '']
		: [
				text(t('midpointQuality')),
				text(decimal(comparison.midpointQuality, 1)),
				text(decimal(comparison.endQuality, 1)),
				`<b>${text(`${change !== null && change >= 0 ? '+' : ''}${decimal(change, 1)}`)}</b>`,
			];
	return sectionHtml({
		title: t('midpointTitle'),
		body:
			tableHtml({ header: ['', t('midpointHeader'), t('endHeader'), t('changeHeader')], rows: [row], widths: ['40%', '20%', '20%', '20%'] }) +
			noteHtml(t(comparison.respondents === 1 ? 'midpointNoteOne' : 'midpointNoteMany', { count: comparison.respondents })),
	});
}
