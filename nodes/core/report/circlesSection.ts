import type { CircleRiskReason } from '../kpi/circleFigures';
import type { KpiSummary } from '../kpi/types';
import { percent } from './format';
import { noteHtml, sectionHtml, tableHtml, text } from './html';
import type { ReportWords } from './reportWords';
import { reportWords } from './reportWords';

const REASON_KEYS = {
	notIntroduced: 'circlesReasonNotIntroduced',
	riskInAnswers: 'circlesReasonRiskInAnswers',
} as const satisfies Record<CircleRiskReason, string>;

/**
 * The report's group-mentoring section: circles formed and active, mentees placed and
 * not, mean circle size, meetings and survey participation when logged, and the circles
 * at risk with the reasons; empty when the program has no circles.
 *
 * @example circlesSection(summary) // '<tr><td ...>Group circles...'
 */
export function circlesSection(summary: KpiSummary, words: ReportWords = reportWords()): string {
	const { t } = words;
	const circles = summary.circles;
	if (circles === undefined) return '';
	const rows = [
		[t('circlesFormed'), t('circlesFormedValue', { circles: circles.circles, active: circles.activeCircles })],
		[t('circlesPlaced'), String(circles.menteesPlaced)],
		[t('circlesUnplaced'), String(circles.menteesUnplaced)],
		[t('circlesMeanSize'), words.decimal(circles.meanCircleSize, 1)],
		[t('circlesMeetings'), circles.meanMeetingsPerCircle === null ? t('circlesMeetingsNotLogged') : words.decimal(circles.meanMeetingsPerCircle, 1)],
		[t('circlesParticipation'), circles.participation === null ? t('circlesParticipationNone') : percent(circles.participation)],
	].map(([label, value]) => [text(label), `<b>${text(value)}</b>`]);
	const atRisk =
		circles.atRisk.length === 0
			? noteHtml(t('circlesNoneAtRisk'))
			: tableHtml({
					header: ['Mentor', 'Mentees', t('circlesWhy')],
					rows: circles.atRisk.map((circle) => [text(circle.mentorName || '–'), text(String(circle.mentees)), text(circle.reasons.map((reason) => t(REASON_KEYS[reason])).join('; '))]),
					widths: ['30%', '15%', '55%'],
				});
	return sectionHtml({
		title: t('circlesTitle'),
		body: tableHtml({ header: ['', ''], rows, widths: ['70%', '30%'] }) + `<p style="margin:12px 0 4px 0;font-size:14px;"><b>${text(t('circlesAtRiskTitle', { count: circles.atRisk.length }))}</b></p>` + atRisk,
	});
}
