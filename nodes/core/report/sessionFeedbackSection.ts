import type { KpiSummary, SessionFeedbackFigures } from '../kpi/types';
import { decimal } from './format';
import { COLOURS, barHtml, noteHtml, sectionHtml, tableHtml, text } from './html';

function row(label: string, figures: SessionFeedbackFigures): string[] {
	const mean = figures.meanUsefulness;
	return [
		text(label),
		mean === null ? text(figures.suppressed ? 'Fewer respondents than the minimum group size' : '–') : barHtml({ segments: [{ share: (mean - 1) / 4, colour: COLOURS.good }] }),
		`<b>${text(decimal(mean, 1))}</b>`,
		text(String(figures.responses)),
		text(String(figures.respondents)),
	];
}

/**
 * The report's session feedback section: mean usefulness (1 to 5) of the sessions rated,
 * overall and per program; empty when nobody rated a session.
 *
 * @example sessionFeedbackSection(summary) // '<tr><td ...>How useful are the sessions?...'
 */
export function sessionFeedbackSection(summary: KpiSummary): string {
	const feedback = summary.sessionFeedback;
	if (feedback.responses === 0) return '';
	const rows = [row('All sessions', feedback), ...(feedback.byProgram.length > 1 ? feedback.byProgram.map((group) => row(group.programId || 'No program', group)) : [])];
	return sectionHtml({
		title: 'How useful are the sessions?',
		body:
			tableHtml({ header: ['', 'Usefulness', 'Mean (1-5)', 'Ratings', 'People'], rows, widths: ['24%', '40%', '12%', '12%', '12%'] }) +
			noteHtml('From the two-question pulse after each session; every rated session counts.'),
	});
}
