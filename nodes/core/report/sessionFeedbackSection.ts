import type { KpiSummary, SessionFeedbackFigures } from '../kpi/types';
import { COLOURS, barHtml, noteHtml, sectionHtml, tableHtml, text } from './html';
import type { ReportWords } from './reportWords';

function row(label: string, figures: SessionFeedbackFigures, words: ReportWords): string[] {
	const mean = figures.meanUsefulness;
	return [
		text(label),
		mean === null ? text(figures.suppressed ? words.t('sessionFeedbackSuppressed') : '–') : barHtml({ segments: [{ share: (mean - 1) / 4, colour: COLOURS.good }] }),
		`<b>${text(words.decimal(mean, 1))}</b>`,
		text(String(figures.responses)),
		text(String(figures.respondents)),
	];
}

/**
 * The report's session feedback section: mean usefulness (1 to 5) of the sessions rated,
 * overall and per program; empty when nobody rated a session.
 *
 * @example sessionFeedbackSection(summary, reportWords('en')) // '<tr><td ...>How useful are the sessions?...'
 */
export function sessionFeedbackSection(summary: KpiSummary, words: ReportWords): string {
	const { t } = words;
	const feedback = summary.sessionFeedback;
	if (feedback.responses === 0) return '';
	const rows = [
		row(t('allSessions'), feedback, words),
		...(feedback.byProgram.length > 1 ? feedback.byProgram.map((group) => row(group.programId || t('noProgram'), group, words)) : []),
	];
	return sectionHtml({
		title: t('sessionFeedbackTitle'),
		body:
			tableHtml({ header: ['', t('usefulnessHeader'), t('usefulnessMeanHeader'), t('ratingsHeader'), t('peopleHeader')], rows, widths: ['24%', '40%', '12%', '12%', '12%'] }) +
			noteHtml(t('sessionFeedbackNote')),
	});
}
