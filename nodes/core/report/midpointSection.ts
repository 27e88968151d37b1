import type { KpiSummary } from '../kpi/types';
import { decimal } from './format';
import { noteHtml, sectionHtml, tableHtml, text } from './html';

/**
 * The report's "mid-point to end" section: relationship quality at the mid-point
 * check-in and in the end-of-program survey, for the people who answered both; empty
 * until someone has.
 *
 * @example midpointSection(summary) // '<tr><td ...>From the mid-point to the end...'
 */
export function midpointSection(summary: KpiSummary): string {
	const comparison = summary.midpointComparison;
	if (comparison.respondents === 0) return '';
	const change = comparison.meanChange;
	const row = comparison.suppressed
		? [text('Relationship quality (1-5)'), text('Fewer people than the minimum group size answered both'), '', '']
		: [
				text('Relationship quality (1-5)'),
				text(decimal(comparison.midpointQuality, 1)),
				text(decimal(comparison.endQuality, 1)),
				`<b>${text(`${change !== null && change >= 0 ? '+' : ''}${decimal(change, 1)}`)}</b>`,
			];
	return sectionHtml({
		title: 'From the mid-point to the end',
		body:
			tableHtml({ header: ['', 'Mid-point', 'End', 'Change'], rows: [row], widths: ['40%', '20%', '20%', '20%'] }) +
			noteHtml(`${comparison.respondents} ${comparison.respondents === 1 ? 'person' : 'people'} answered both the mid-point check-in and the end-of-program survey; the change is the mean of each person's own change.`),
	});
}
