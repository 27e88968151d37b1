import type { AttainmentFigures } from '../goals/attainment';
import type { KpiSummary } from '../kpi/types';
import { percent } from './format';
import { noteHtml, sectionHtml, tableHtml, text } from './html';
import type { ReportWords } from './reportWords';
import { reportWords } from './reportWords';

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
export function goalAttainmentSection(summary: KpiSummary, words: ReportWords = reportWords()): string {
	const { t } = words;
	const attainment = summary.goalAttainment;
	if (!attainment.midpoint && !attainment.end) return '';
	const rows = [
		[text(t('goalsAllPairs')), ...figureCells(attainment.midpoint), ...figureCells(attainment.end)],
		...attainment.byDepartment.groups.map((group) => [text(group.group), ...figureCells(group.midpoint), ...figureCells(group.end)]),
	];
	const { suppressed } = attainment.byDepartment;
	const raters = attainment.end?.raters ?? attainment.midpoint?.raters ?? 0;
	const min = summary.minGroupSize;
	const departments = suppressed === 0 ? t('goalsDepartmentsNone', { min }) : t(suppressed === 1 ? 'goalsDepartmentsOne' : 'goalsDepartmentsMany', { count: suppressed, min });
	return sectionHtml({
		title: t('goalsAttainmentTitle'),
		body:
			tableHtml({ header: ['', t('goalsMidAchieved'), t('goalsMidProgress'), t('goalsEndAchieved'), t('goalsEndProgress')], rows, widths: ['28%', '18%', '18%', '18%', '18%'] }) +
			noteHtml(`${t(raters === 1 ? 'goalsNoteOne' : 'goalsNoteMany', { raters })} ${departments}`),
	});
}
