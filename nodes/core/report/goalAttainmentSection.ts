import type { AttainmentFigures } from '../goals/attainment';
import type { KpiSummary } from '../kpi/types';
import { percent } from './format';
import { noteHtml, sectionHtml, tableHtml, text } from './html';

function figureCells(figures: AttainmentFigures | null): string[] {
	return [text(percent(figures?.attainmentRate)), text(percent(figures?.progress))];
}

/**
 * The report's goals section: how far the pairs got with their own goals at the mid-point
 * check-in and at the end, for all pairs and per department of the rater (small groups
 * suppressed); empty until someone has rated a goal.
 *
 * @example goalAttainmentSection(summary) // '<tr><td ...>Goals: mid-point and end...'
 */
export function goalAttainmentSection(summary: KpiSummary): string {
	const attainment = summary.goalAttainment;
	if (!attainment.midpoint && !attainment.end) return '';
	const rows = [
		[text('All pairs'), ...figureCells(attainment.midpoint), ...figureCells(attainment.end)],
		...attainment.byDepartment.groups.map((group) => [text(group.group), ...figureCells(group.midpoint), ...figureCells(group.end)]),
	];
	const { suppressed } = attainment.byDepartment;
	const raters = attainment.end?.raters ?? attainment.midpoint?.raters ?? 0;
	return sectionHtml({
		title: 'Goals: mid-point and end',
		body:
			tableHtml({ header: ['', 'Mid-point achieved', 'Mid-point progress', 'End achieved', 'End progress'], rows, widths: ['28%', '18%', '18%', '18%', '18%'] }) +
			noteHtml(
				`Each person rates each goal of their pair: not started, some, most or achieved. Achieved: the share of ratings that say achieved; progress: 0% (all not started) to 100% (all achieved). ${raters} ${raters === 1 ? 'person' : 'people'} rated goals at the end. ` +
					(suppressed === 0
						? `Departments are the rater's; none suppressed (minimum ${summary.minGroupSize} raters).`
						: `Departments are the rater's; ${suppressed} department${suppressed === 1 ? '' : 's'} suppressed because fewer than ${summary.minGroupSize} people rated goals there, or so that one small group cannot be worked out from the totals.`),
			),
	});
}
