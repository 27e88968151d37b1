import type { KpiSummary, OutcomeComparison, PairFigures } from '../kpi/types';
import type { GoalResult, GoalStatus } from '../program/goals';
import { decimal, percent, pValue } from './format';
import { COLOURS, FONT, barHtml, noteHtml, sectionHtml, tableHtml, text } from './html';
import { subscaleName, subscaleRange } from './labels';
import { goalAttainmentSection } from './goalAttainmentSection';
import { midpointSection } from './midpointSection';
import { circlesSection } from './circlesSection';
import { sessionFeedbackSection } from './sessionFeedbackSection';

export interface KpiReportOptions {
	summary: KpiSummary;
	pairs: PairFigures[];
	/** Heading of the report, e.g. the program's name. */
	title: string;
	/** At-risk pairs listed by name at most (the CSV holds all). */
	maxAtRiskListed?: number;
	/** The program's goals against this report's figures; the report leads with them. */
	programGoals?: GoalResult[];
}

const GOAL_STATUS: Record<GoalStatus, string> = { met: 'Met', onTrack: 'On track', behind: 'Behind', noData: 'No data yet' };

function goalFigure(value: number | null, unit: GoalResult['unit']): string {
	if (value === null) return '–';
	return unit === '%' ? `${decimal(value, 1)}%` : unit === 'points' ? `${decimal(value, 1)} points` : decimal(value, 1);
}

function goalsSection(goals: GoalResult[] | undefined): string {
	if (!goals?.length) return '';
	return sectionHtml({
		title: 'Program goals',
		body: tableHtml({
			header: ['Goal', 'Target', 'Now', 'Status'],
			rows: goals.map((goal) => [text(goal.label), text(goalFigure(goal.target, goal.unit)), text(goalFigure(goal.actual, goal.unit)), text(GOAL_STATUS[goal.status])]),
		}),
	});
}

function tile(label: string, value: string, detail: string): string {
	return `<td width="33%" valign="top" style="width:33%;padding:6px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:${COLOURS.page};border-radius:6px;"><tr><td style="padding:12px;${FONT}"><div style="font-size:12px;color:${COLOURS.muted};${FONT}">${text(label)}</div><div style="font-size:24px;line-height:30px;font-weight:bold;color:${COLOURS.text};${FONT}">${text(value)}</div><div style="font-size:11px;color:${COLOURS.muted};${FONT}">${text(detail)}</div></td></tr></table></td>`;
}

function tiles(summary: KpiSummary): string {
	const nps = summary.nps.nps ?? summary.nps.enps ?? Object.values(summary.nps)[0];
	const npsDetail = nps?.interval
		? `${Math.round(nps.interval.level * 100)}% CI ${Math.round(nps.interval.low)} to ${Math.round(nps.interval.high)}, n = ${nps.n}`
		: 'no answers';
	const cells = [
		tile('Enrolled', String(summary.enrolment.total), Object.entries(summary.enrolment.byRole).map(([role, n]) => `${n} ${role}`).join(', ')),
		tile('Match rate', percent(summary.matching.matchRate), `${summary.matching.matchedMentees} of ${summary.matching.mentees} mentees`),
		tile('Response rate', percent(summary.responses.responseRate), `${summary.responses.respondents} respondents`),
		tile('Meetings per pair per month', decimal(summary.meetings.perPairPerMonth, 1), `${summary.meetings.pairsWithData} pairs with data`),
		tile(`Pairs with ${summary.meetings.threshold}+ meetings`, percent(summary.meetings.shareAtOrAboveThreshold), `${summary.meetings.pairsAtOrAboveThreshold} pairs`),
		tile('Goal attainment', percent(summary.goals.attainmentRate), `${summary.goals.achieved} of ${summary.goals.total} goals achieved`),
		tile('NPS', nps?.score === null || nps === undefined ? '–' : String(Math.round(nps.score)), npsDetail),
		tile('At-risk pairs', String(summary.atRisk.pairs), `${percent(summary.atRisk.share)} of pairs`),
		// Only a program that adjusts at review needs the split; the others keep the answer count.
		tile(
			'Pairs',
			String(summary.matching.pairs),
			summary.matching.adjustedPairs > 0
				? `${summary.matching.pairs - summary.matching.adjustedPairs} as proposed, ${summary.matching.adjustedPairs} adjusted at review`
				: `${summary.responses.total} responses`,
		),
	];
	const rows: string[] = [];
	for (let index = 0; index < cells.length; index += 3) rows.push(`<tr>${cells.slice(index, index + 3).join('')}</tr>`);
	return `<tr><td style="padding:12px 18px 0 18px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">${rows.join('')}</table></td></tr>`;
}

function list(words: string[]): string {
	return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** One sentence on which pairs the figures count, and which they leave out. */
export function pairsCountedText(summary: KpiSummary): string {
	const { pairsCounted: selection } = summary;
	const named = selection.programs.filter((program) => program !== '');
	const program =
		selection.programId !== null
			? ` of program ${selection.programId}`
			: named.length > 1
				? ` of every program in the input together (${named.join(', ')})`
				: named.length === 1
					? ` of program ${named[0]}`
					: '';
	const leftOut = [
		...Object.entries(selection.leftOut.byStatus).map(([status, count]) => `${count} ${status}`),
		...(selection.leftOut.otherProgram > 0 ? [`${selection.leftOut.otherProgram} of another program`] : []),
		...(selection.leftOut.unknownStatus > 0 ? [`${selection.leftOut.unknownStatus} with an unknown status`] : []),
	];
	const advice = selection.programId === null && named.length > 1 ? ' Set Program ID in the KPIs operation to report one program.' : '';
	return `Pairs counted: ${selection.counted}${program}, in status ${list(selection.statuses)}.${leftOut.length > 0 ? ` Left out: ${leftOut.join(', ')}.` : ''}${advice}`;
}

function subscaleSection(summary: KpiSummary): string {
	if (summary.subscales.length === 0) return '';
	const rows = summary.subscales.map((entry) => {
		const range = subscaleRange(entry.instrument, entry.subscale);
		const share = range && entry.mean !== null ? (entry.mean - range.min) / (range.max - range.min) : null;
		return [
			text(subscaleName(entry.instrument, entry.subscale)),
			share === null ? '' : barHtml({ segments: [{ share, colour: COLOURS.bar }] }),
			// A 0-1 scale (yes/no) reads better as a share of people.
			range?.max === 1 ? `<b>${text(percent(entry.mean))}</b>` : `<b>${text(decimal(entry.mean, 2))}</b>${range ? text(` / ${range.max}`) : ''}`,
			text(String(entry.n)),
			text(decimal(entry.reliability.alpha, 2)),
		];
	});
	return sectionHtml({
		title: 'How participants rate the relationship',
		body:
			tableHtml({ header: ['Scale', '', 'Mean', 'n', 'Alpha'], rows, widths: ['34%', '36%', '12%', '8%', '10%'] }) +
			noteHtml("Means over each respondent's latest answer. Alpha is Cronbach's alpha (reliability; 0.7 or more is usually taken as acceptable)."),
	});
}

function npsSection(summary: KpiSummary): string {
	const entries = Object.entries(summary.nps).filter(([, nps]) => nps.n > 0);
	if (entries.length === 0) return '';
	const rows = entries.map(([instrument, nps]) => [
		text(instrument === 'enps' ? 'eNPS' : instrument === 'nps' ? 'NPS' : instrument),
		barHtml({
			segments: [
				{ share: nps.promoters / nps.n, colour: COLOURS.good },
				{ share: nps.passives / nps.n, colour: COLOURS.neutral },
				{ share: nps.detractors / nps.n, colour: COLOURS.bad },
			],
		}),
		`<b>${text(decimal(nps.score, 0))}</b>`,
		text(nps.interval ? `${decimal(nps.interval.low, 0)} to ${decimal(nps.interval.high, 0)}` : '–'),
		text(`${nps.promoters} / ${nps.passives} / ${nps.detractors}`),
	]);
	return sectionHtml({
		title: 'Would they recommend it?',
		body:
			tableHtml({ header: ['', 'Promoters / passives / detractors', 'Score', 'CI', 'Counts'], rows, widths: ['12%', '40%', '12%', '18%', '18%'] }) +
			noteHtml('Green: promoters (9-10), grey: passives (7-8), red: detractors (0-6). The interval is a normal approximation.'),
	});
}

function outcomeRows(label: string, outcome: OutcomeComparison): string[][] {
	if (outcome.suppressed) return [[text(label), text('Suppressed: a group is smaller than the minimum size'), '', '']];
	const verdict = outcome.comparison
		? `${outcome.comparison.difference >= 0 ? '+' : ''}${Math.round(outcome.comparison.difference * 100)} points, ${pValue(outcome.comparison.pValue)}${outcome.comparison.significant ? ' (significant)' : ''}`
		: '';
	return [
		[
			text(`${label}: participants`),
			barHtml({ segments: [{ share: outcome.participants.rate ?? 0, colour: COLOURS.bar }] }),
			`<b>${text(percent(outcome.participants.rate))}</b>`,
			text(`n = ${outcome.participants.n}`),
		],
		[
			text(`${label}: non-participants`),
			barHtml({ segments: [{ share: outcome.nonParticipants.rate ?? 0, colour: COLOURS.neutral }] }),
			`<b>${text(percent(outcome.nonParticipants.rate))}</b>`,
			text(`n = ${outcome.nonParticipants.n}`),
		],
		[text('Difference'), text(verdict), '', ''],
	];
}

function outcomesSection(summary: KpiSummary): string {
	if (!summary.outcomes) return '';
	const rows = [...outcomeRows('Retention', summary.outcomes.retention), ...outcomeRows('Promotion', summary.outcomes.promotion)];
	const tests = [summary.outcomes.retention, summary.outcomes.promotion].map((outcome) => outcome.comparison?.test).filter(Boolean);
	return sectionHtml({
		title: 'Retention and promotion',
		body:
			tableHtml({ header: ['', '', 'Rate', 'People'], rows, widths: ['30%', '40%', '12%', '18%'] }) +
			noteHtml(`People employed on ${summary.period.start}, followed to ${summary.period.end}. Test: ${[...new Set(tests)].join(', ') || 'none'}. A difference is not proof that the program caused it: people who join may differ from those who do not.`),
	});
}

function breakdownSections(summary: KpiSummary): string {
	return summary.breakdowns
		.map((entry) => {
			const keys = [...new Set(entry.groups.flatMap((group) => Object.keys(group.subscales)))].slice(0, 4);
			const rows = entry.groups.map((group) => [
				text(group.group),
				text(String(group.participants)),
				text(String(group.respondents)),
				...keys.map((key) => text(decimal(group.subscales[key], 2))),
				text(decimal(group.npsScore, 0)),
			]);
			const header = ['Group', 'People', 'Answered', ...keys.map((key) => subscaleName(key.split('.')[0], key.split('.').slice(1).join('.'))), 'NPS'];
			const note =
				entry.suppressed === 0
					? `No groups suppressed (minimum ${summary.minGroupSize} respondents).`
					: `${entry.suppressed} group${entry.suppressed === 1 ? '' : 's'} suppressed because fewer than ${summary.minGroupSize} people answered${entry.secondarySuppressed > 0 ? ` (${entry.secondarySuppressed} of them only so that a single small group cannot be worked out from the totals)` : ''}.`;
			return sectionHtml({
				title: `By ${entry.field}`,
				body: (rows.length > 0 ? tableHtml({ header, rows }) : '') + noteHtml(note),
			});
		})
		.join('');
}

function atRiskSection(pairs: PairFigures[], limit: number): string {
	const atRisk = pairs.filter((pair) => pair.atRisk);
	if (atRisk.length === 0) return sectionHtml({ title: 'Pairs at risk', body: noteHtml('No pair looks at risk.') });
	const rows = atRisk
		.slice(0, limit)
		.map((pair) => [text(pair.mentorName || '–'), text(pair.menteeName || '–'), text(pair.riskReasons.join('; '))]);
	const more = atRisk.length > limit ? noteHtml(`And ${atRisk.length - limit} more: see the attached CSV.`) : '';
	return sectionHtml({
		title: `Pairs at risk (${atRisk.length})`,
		body: tableHtml({ header: ['Mentor', 'Mentee', 'Why'], rows, widths: ['25%', '25%', '50%'] }) + more,
	});
}

/**
 * Renders the KPI summary as an e-mail-ready HTML page: inline styles, table layout
 * that Outlook and Gmail render alike, bar charts drawn with table cells, no scripts
 * and no external images, every text escaped.
 *
 * @example
 * const html = renderKpiReport({ summary, pairs, title: 'Mentoring 2026' });
 */
export function renderKpiReport(options: KpiReportOptions): string {
	const { summary } = options;
	const body = [
		`<tr><td style="padding:24px 24px 0 24px;${FONT}"><h1 style="margin:0;font-size:22px;line-height:28px;color:${COLOURS.text};${FONT}">${text(options.title)}</h1><p style="margin:4px 0 0 0;font-size:13px;color:${COLOURS.muted};${FONT}">${text(`${summary.period.start} to ${summary.period.end}`)}</p></td></tr>`,
		goalsSection(options.programGoals),
		tiles(summary),
		`<tr><td style="padding:0 24px;">${noteHtml(pairsCountedText(summary))}</td></tr>`,
		subscaleSection(summary),
		midpointSection(summary),
		goalAttainmentSection(summary),
		npsSection(summary),
		sessionFeedbackSection(summary),
		circlesSection(summary),
		outcomesSection(summary),
		breakdownSections(summary),
		atRiskSection(options.pairs, options.maxAtRiskListed ?? 20),
		`<tr><td style="padding:16px 24px 24px 24px;">${noteHtml(`Groups with fewer than ${summary.minGroupSize} respondents are never shown. ${summary.suppressedGroups} group${summary.suppressedGroups === 1 ? ' was' : 's were'} suppressed in this report.`)}</td></tr>`,
	].join('');
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(options.title)}</title></head><body style="margin:0;padding:0;background-color:${COLOURS.page};"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:${COLOURS.page};"><tr><td align="center" style="padding:24px 8px;"><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px;max-width:640px;background-color:${COLOURS.card};color:${COLOURS.text};${FONT}">${body}</table></td></tr></table></body></html>`;
}
