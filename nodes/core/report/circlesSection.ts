import type { CircleRiskReason } from '../kpi/circleFigures';
import type { KpiSummary } from '../kpi/types';
import { decimal, percent } from './format';
import { noteHtml, sectionHtml, tableHtml, text } from './html';

/** Every text of the circles section, in one place so that it can move to the text catalogue. */
export const CIRCLE_REPORT_TEXTS = {
	title: 'Group circles',
	formed: 'Circles formed',
	active: 'of them active',
	placed: 'Mentees in a circle',
	unplaced: 'Mentees in no circle',
	meanSize: 'Mean circle size (mentees)',
	meetings: 'Meetings per circle',
	meetingsNotLogged: 'not logged',
	participation: 'Members who answered a survey about their circle',
	participationNone: 'no answers yet',
	atRiskTitle: 'Circles at risk',
	noneAtRisk: 'No circle looks at risk.',
	mentor: 'Mentor',
	mentees: 'Mentees',
	why: 'Why',
	reasons: {
		notIntroduced: 'the introduction failed, so the circle has no channel yet',
		riskInAnswers: 'a member\'s latest answer flags the circle at risk',
	} satisfies Record<CircleRiskReason, string>,
};

const T = CIRCLE_REPORT_TEXTS;

/**
 * The report's group-mentoring section: circles formed and active, mentees placed and
 * not, mean circle size, meetings and survey participation when logged, and the circles
 * at risk with the reasons; empty when the program has no circles.
 *
 * @example circlesSection(summary) // '<tr><td ...>Group circles...'
 */
export function circlesSection(summary: KpiSummary): string {
	const circles = summary.circles;
	if (circles === undefined) return '';
	const rows = [
		[T.formed, `${circles.circles} (${circles.activeCircles} ${T.active})`],
		[T.placed, String(circles.menteesPlaced)],
		[T.unplaced, String(circles.menteesUnplaced)],
		[T.meanSize, decimal(circles.meanCircleSize, 1)],
		[T.meetings, circles.meanMeetingsPerCircle === null ? T.meetingsNotLogged : decimal(circles.meanMeetingsPerCircle, 1)],
		[T.participation, circles.participation === null ? T.participationNone : percent(circles.participation)],
	].map(([label, value]) => [text(label), `<b>${text(value)}</b>`]);
	const atRisk =
		circles.atRisk.length === 0
			? noteHtml(T.noneAtRisk)
			: tableHtml({
					header: [T.mentor, T.mentees, T.why],
					rows: circles.atRisk.map((circle) => [text(circle.mentorName || '–'), text(String(circle.mentees)), text(circle.reasons.map((reason) => T.reasons[reason]).join('; '))]),
					widths: ['30%', '15%', '55%'],
				});
	return sectionHtml({
		title: T.title,
		body: tableHtml({ header: ['', ''], rows, widths: ['70%', '30%'] }) + `<p style="margin:12px 0 4px 0;font-size:14px;"><b>${text(`${T.atRiskTitle} (${circles.atRisk.length})`)}</b></p>` + atRisk,
	});
}
