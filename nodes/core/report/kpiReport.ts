import type { KpiSummary, OutcomeComparison, PairFigures } from '../kpi/types';
import type { GoalResult, GoalStatus } from '../program/goals';
import type { KpiTextKey } from '../texts/en/kpi';
import type { TextLanguage } from '../texts/language';
import { percent } from './format';
import { COLOURS, FONT, barHtml, noteHtml, sectionHtml, tableHtml, text } from './html';
import { RISK_NAMES, subscaleName, subscaleRange } from './labels';
import { midpointSection } from './midpointSection';
import type { ReportWords } from './reportWords';
import { reportWords } from './reportWords';
import { goalAttainmentSection } from './goalAttainmentSection';
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
	/** The report's language (the program's default language); English when not given. */
	language?: TextLanguage;
}

const GOAL_STATUS: Record<GoalStatus, KpiTextKey> = { met: 'goalMet', onTrack: 'goalOnTrack', behind: 'goalBehind', noData: 'goalNoData' };

const GOAL_LABELS: Record<string, KpiTextKey> = {
	goalMatchRate: 'goalMatchRate',
	goalMeetingsPerMonth: 'goalMeetingsPerMonth',
	goalGoalAttainment: 'goalGoalAttainment',
	goalRetentionPoints: 'goalRetentionPoints',
};

const ENROLLED_AS: Record<string, KpiTextKey> = { mentor: 'enrolledAsMentor', mentee: 'enrolledAsMentee', both: 'enrolledAsBoth' };

const STATUS_NAMES: Record<string, KpiTextKey> = {
	active: 'statusActive',
	completed: 'statusCompleted',
	ended: 'statusEnded',
	proposed: 'statusProposed',
	rejected: 'statusRejected',
};

// Breakdown fields people usually choose; any other field is shown as it is named.
const FIELD_NAMES: Record<string, KpiTextKey> = { department: 'fieldDepartment', location: 'fieldLocation', level: 'fieldLevel', role: 'fieldRole', title: 'fieldTitle' };

const TEST_NAMES: Record<string, KpiTextKey> = { 'two-proportion z-test': 'testZ', "Fisher's exact test": 'testFisher' };

const statusName = (status: string, words: ReportWords) => (STATUS_NAMES[status] ? words.t(STATUS_NAMES[status]) : status);

function goalFigure(value: number | null, unit: GoalResult['unit'], words: ReportWords): string {
	if (value === null) return '–';
	const figure = words.decimal(value, 1);
	return unit === '%' ? `${figure}%` : unit === 'points' ? words.t('goalPoints', { value: figure }) : figure;
}

function goalsSection(goals: GoalResult[] | undefined, words: ReportWords): string {
	if (!goals?.length) return '';
	const { t } = words;
	return sectionHtml({
		title: t('programGoalsTitle'),
		body: tableHtml({
			header: [t('goalHeader'), t('targetHeader'), t('nowHeader'), t('statusHeader')],
			rows: goals.map((goal) => [
				text(GOAL_LABELS[goal.goal] ? t(GOAL_LABELS[goal.goal]) : goal.label),
				text(goalFigure(goal.target, goal.unit, words)),
				text(goalFigure(goal.actual, goal.unit, words)),
				text(t(GOAL_STATUS[goal.status])),
			]),
		}),
	});
}

function tile(label: string, value: string, detail: string): string {
	return `<td width="33%" valign="top" style="width:33%;padding:6px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:${COLOURS.page};border-radius:6px;"><tr><td style="padding:12px;${FONT}"><div style="font-size:12px;color:${COLOURS.muted};${FONT}">${text(label)}</div><div style="font-size:24px;line-height:30px;font-weight:bold;color:${COLOURS.text};${FONT}">${text(value)}</div><div style="font-size:11px;color:${COLOURS.muted};${FONT}">${text(detail)}</div></td></tr></table></td>`;
}

function tiles(summary: KpiSummary, words: ReportWords): string {
	const { t } = words;
	const nps = summary.nps.nps ?? summary.nps.enps ?? Object.values(summary.nps)[0];
	const npsDetail = nps?.interval
		? t('npsInterval', { level: Math.round(nps.interval.level * 100), low: Math.round(nps.interval.low), high: Math.round(nps.interval.high), n: nps.n })
		: t('noAnswers');
	const enrolled = Object.entries(summary.enrolment.byRole).map(([role, count]) => (ENROLLED_AS[role] ? t(ENROLLED_AS[role], { count }) : t('enrolledAsOther', { count, role })));
	const cells = [
		tile(t('tileEnrolled'), String(summary.enrolment.total), enrolled.join(', ')),
		tile(t('tileMatchRate'), percent(summary.matching.matchRate), t('tileMatchRateDetail', { matched: summary.matching.matchedMentees, mentees: summary.matching.mentees })),
		tile(t('tileResponseRate'), percent(summary.responses.responseRate), t('tileRespondents', { count: summary.responses.respondents })),
		tile(t('tileMeetings'), words.decimal(summary.meetings.perPairPerMonth, 1), t('tilePairsWithData', { count: summary.meetings.pairsWithData })),
		tile(t('tileThreshold', { threshold: summary.meetings.threshold }), percent(summary.meetings.shareAtOrAboveThreshold), t('tilePairsCount', { count: summary.meetings.pairsAtOrAboveThreshold })),
		tile(t('tileGoals'), percent(summary.goals.attainmentRate), t('tileGoalsDetail', { achieved: summary.goals.achieved, total: summary.goals.total })),
		tile('NPS', nps?.score === null || nps === undefined ? '–' : String(Math.round(nps.score)), npsDetail),
		tile(t('tileAtRisk'), String(summary.atRisk.pairs), t('tileAtRiskDetail', { share: percent(summary.atRisk.share) })),
		// Only a program that adjusts at review needs the split; the others keep the answer count.
		tile(
			t('tilePairs'),
			String(summary.matching.pairs),
			summary.matching.adjustedPairs > 0
				? t('tilePairsAdjusted', { asProposed: summary.matching.pairs - summary.matching.adjustedPairs, adjusted: summary.matching.adjustedPairs })
				: t('tileResponses', { count: summary.responses.total }),
		),
	];
	const rows: string[] = [];
	for (let index = 0; index < cells.length; index += 3) rows.push(`<tr>${cells.slice(index, index + 3).join('')}</tr>`);
	return `<tr><td style="padding:12px 18px 0 18px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">${rows.join('')}</table></td></tr>`;
}

function list(items: string[], words: ReportWords): string {
	return items.length <= 1 ? (items[0] ?? '') : words.t('listOr', { head: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

/** One sentence on which pairs the figures count, and which they leave out. */
export function pairsCountedText(summary: KpiSummary, words: ReportWords = reportWords('en')): string {
	const { t } = words;
	const { pairsCounted: selection } = summary;
	const named = selection.programs.filter((program) => program !== '');
	const which =
		selection.programId !== null
			? t('pairsCountedOfProgram', { programId: selection.programId })
			: named.length > 1
				? t('pairsCountedOfPrograms', { programs: named.join(', ') })
				: named.length === 1
					? t('pairsCountedOfProgram', { programId: named[0] })
					: '';
	const leftOut = [
		...Object.entries(selection.leftOut.byStatus).map(([status, count]) => `${count} ${statusName(status, words)}`),
		...(selection.leftOut.otherProgram > 0 ? [t('leftOutOtherProgram', { count: selection.leftOut.otherProgram })] : []),
		...(selection.leftOut.unknownStatus > 0 ? [t('leftOutUnknownStatus', { count: selection.leftOut.unknownStatus })] : []),
	];
	const sentences = [
		t('pairsCounted', { count: selection.counted, which, statuses: list(selection.statuses.map((status) => statusName(status, words)), words) }),
		...(leftOut.length > 0 ? [t('leftOut', { items: leftOut.join(', ') })] : []),
		...(selection.programId === null && named.length > 1 ? [t('pairsCountedAdvice')] : []),
	];
	return sentences.join(' ');
}

function subscaleSection(summary: KpiSummary, words: ReportWords): string {
	if (summary.subscales.length === 0) return '';
	const { t, decimal } = words;
	const rows = summary.subscales.map((entry) => {
		const range = subscaleRange(entry.instrument, entry.subscale);
		const share = range && entry.mean !== null ? (entry.mean - range.min) / (range.max - range.min) : null;
		return [
			text(subscaleName(entry.instrument, entry.subscale, words)),
			share === null ? '' : barHtml({ segments: [{ share, colour: COLOURS.bar }] }),
			// A 0-1 scale (yes/no) reads better as a share of people.
			range?.max === 1 ? `<b>${text(percent(entry.mean))}</b>` : `<b>${text(decimal(entry.mean, 2))}</b>${range ? text(` / ${range.max}`) : ''}`,
			text(String(entry.n)),
			text(decimal(entry.reliability.alpha, 2)),
		];
	});
	return sectionHtml({
		title: t('subscalesTitle'),
		body:
			tableHtml({ header: [t('scaleHeader'), '', t('meanHeader'), 'n', t('alphaHeader')], rows, widths: ['34%', '36%', '12%', '8%', '10%'] }) +
			noteHtml(t('subscalesNote')),
	});
}

function npsSection(summary: KpiSummary, words: ReportWords): string {
	const { t, decimal } = words;
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
		text(nps.interval ? t('range', { low: decimal(nps.interval.low, 0), high: decimal(nps.interval.high, 0) }) : '–'),
		text(`${nps.promoters} / ${nps.passives} / ${nps.detractors}`),
	]);
	return sectionHtml({
		title: t('npsTitle'),
		body:
			tableHtml({ header: ['', t('npsBarHeader'), t('scoreHeader'), t('intervalHeader'), t('countsHeader')], rows, widths: ['12%', '40%', '12%', '18%', '18%'] }) +
			noteHtml(t('npsNote')),
	});
}

function outcomeRows(outcomeName: string, outcome: OutcomeComparison, words: ReportWords): string[][] {
	const { t } = words;
	if (outcome.suppressed) return [[text(outcomeName), text(t('outcomeSuppressed')), '', '']];
	const comparison = outcome.comparison;
	const verdict = comparison
		? t('outcomeVerdict', { sign: comparison.difference >= 0 ? '+' : '', points: Math.round(comparison.difference * 100), p: words.pValue(comparison.pValue) })
		: '';
	return [
		[
			text(t('outcomeParticipants', { outcome: outcomeName })),
			barHtml({ segments: [{ share: outcome.participants.rate ?? 0, colour: COLOURS.bar }] }),
			`<b>${text(percent(outcome.participants.rate))}</b>`,
			text(`n = ${outcome.participants.n}`),
		],
		[
			text(t('outcomeNonParticipants', { outcome: outcomeName })),
			barHtml({ segments: [{ share: outcome.nonParticipants.rate ?? 0, colour: COLOURS.neutral }] }),
			`<b>${text(percent(outcome.nonParticipants.rate))}</b>`,
			text(`n = ${outcome.nonParticipants.n}`),
		],
		[text(t('difference')), text(comparison?.significant ? t('outcomeSignificant', { verdict }) : verdict), '', ''],
	];
}

function outcomesSection(summary: KpiSummary, words: ReportWords): string {
	if (!summary.outcomes) return '';
	const { t } = words;
	const rows = [...outcomeRows(t('retention'), summary.outcomes.retention, words), ...outcomeRows(t('promotion'), summary.outcomes.promotion, words)];
	const tests = [summary.outcomes.retention, summary.outcomes.promotion]
		.map((outcome) => outcome.comparison?.test)
		.filter((test): test is NonNullable<typeof test> => Boolean(test))
		.map((test) => (TEST_NAMES[test] ? t(TEST_NAMES[test]) : test));
	return sectionHtml({
		title: t('outcomesTitle'),
		body:
			tableHtml({ header: ['', '', t('rateHeader'), t('peopleHeader')], rows, widths: ['30%', '40%', '12%', '18%'] }) +
			noteHtml(t('outcomesNote', { start: summary.period.start, end: summary.period.end, tests: [...new Set(tests)].join(', ') || t('testNone') })),
	});
}

function breakdownSections(summary: KpiSummary, words: ReportWords): string {
	const { t, decimal } = words;
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
			const header = [
				t('groupHeader'),
				t('peopleHeader'),
				t('answeredHeader'),
				...keys.map((key) => subscaleName(key.split('.')[0], key.split('.').slice(1).join('.'), words)),
				'NPS',
			];
			const secondary = entry.secondarySuppressed > 0 ? t('suppressedSecondary', { count: entry.secondarySuppressed }) : '';
			const note =
				entry.suppressed === 0
					? t('noneSuppressed', { min: summary.minGroupSize })
					: t(entry.suppressed === 1 ? 'suppressedOne' : 'suppressedMany', { count: entry.suppressed, min: summary.minGroupSize, secondary });
			return sectionHtml({
				title: t('breakdownTitle', { field: FIELD_NAMES[entry.field] ? t(FIELD_NAMES[entry.field]) : entry.field }),
				body: (rows.length > 0 ? tableHtml({ header, rows }) : '') + noteHtml(note),
			});
		})
		.join('');
}

/** Why a pair is at risk: the stored sentences in English, the reasons' names in another language. */
function riskReasons(pair: PairFigures, words: ReportWords): string[] {
	return words.language === 'en' ? pair.riskReasons : pair.riskCodes.map((code) => words.t(RISK_NAMES[code]));
}

function atRiskSection(pairs: PairFigures[], limit: number, words: ReportWords): string {
	const { t } = words;
	const atRisk = pairs.filter((pair) => pair.atRisk);
	if (atRisk.length === 0) return sectionHtml({ title: t('atRiskTitle'), body: noteHtml(t('noneAtRisk')) });
	const rows = atRisk.slice(0, limit).map((pair) => [text(pair.mentorName || '–'), text(pair.menteeName || '–'), text(riskReasons(pair, words).join('; '))]);
	const more = atRisk.length > limit ? noteHtml(t('moreAtRisk', { count: atRisk.length - limit })) : '';
	return sectionHtml({
		title: t('atRiskTitleCount', { count: atRisk.length }),
		// "Mentor" and "Mentee" are the same words in Dutch.
		body: tableHtml({ header: ['Mentor', 'Mentee', t('whyHeader')], rows, widths: ['25%', '25%', '50%'] }) + more,
	});
}

/**
 * Renders the KPI summary as an e-mail-ready HTML page in the program's language:
 * inline styles, table layout that Outlook and Gmail render alike, bar charts drawn
 * with table cells, no scripts and no external images, every text escaped.
 *
 * @example
 * const html = renderKpiReport({ summary, pairs, title: 'Mentoring 2026', language: 'nl' });
 */
export function renderKpiReport(options: KpiReportOptions): string {
	const { summary } = options;
	const words = reportWords(options.language);
	const { t } = words;
	const body = [
		`<tr><td style="padding:24px 24px 0 24px;${FONT}"><h1 style="margin:0;font-size:22px;line-height:28px;color:${COLOURS.text};${FONT}">${text(options.title)}</h1><p style="margin:4px 0 0 0;font-size:13px;color:${COLOURS.muted};${FONT}">${text(t('reportPeriod', { start: summary.period.start, end: summary.period.end }))}</p></td></tr>`,
		goalsSection(options.programGoals, words),
		tiles(summary, words),
		`<tr><td style="padding:0 24px;">${noteHtml(pairsCountedText(summary, words))}</td></tr>`,
		subscaleSection(summary, words),
		midpointSection(summary, words),
		goalAttainmentSection(summary, words),
		npsSection(summary, words),
		sessionFeedbackSection(summary, words),
		circlesSection(summary, words),
		outcomesSection(summary, words),
		breakdownSections(summary, words),
		atRiskSection(options.pairs, options.maxAtRiskListed ?? 20, words),
		`<tr><td style="padding:16px 24px 24px 24px;">${noteHtml(t(summary.suppressedGroups === 1 ? 'footerOne' : 'footerMany', { min: summary.minGroupSize, count: summary.suppressedGroups }))}</td></tr>`,
	].join('');
	return `<!DOCTYPE html><html lang="${words.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(options.title)}</title></head><body style="margin:0;padding:0;background-color:${COLOURS.page};"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:${COLOURS.page};"><tr><td align="center" style="padding:24px 8px;"><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:640px;max-width:640px;background-color:${COLOURS.card};color:${COLOURS.text};${FONT}">${body}</table></td></tr></table></body></html>`;
}
