import { DateTime } from 'luxon';

import type { KpiSummary } from '../kpi/types';
import type { ProgramRecord } from './readProgram';
import { readProgramParameter } from './programParameter';

export type GoalStatus = 'met' | 'onTrack' | 'behind' | 'noData';

/** One program goal against what the KPIs measured. */
export interface GoalResult {
	/** The record's column, e.g. `goalMatchRate`. */
	goal: string;
	label: string;
	target: number;
	/** In the goal's own unit (percent, meetings, points); null when there is nothing to measure yet. */
	actual: number | null;
	unit: '%' | 'meetings' | 'points';
	status: GoalStatus;
}

interface GoalMetric {
	goal: string;
	label: string;
	unit: GoalResult['unit'];
	measure: (summary: KpiSummary) => number | null;
}

const percentOf = (rate: number | null) => (rate === null ? null : rate * 100);

const METRICS: readonly GoalMetric[] = [
	{ goal: 'goalMatchRate', label: 'Match rate', unit: '%', measure: (summary) => percentOf(summary.matching.matchRate) },
	{ goal: 'goalMeetingsPerMonth', label: 'Meetings per pair per month', unit: 'meetings', measure: (summary) => summary.meetings.perPairPerMonth },
	{ goal: 'goalGoalAttainment', label: 'Goals achieved', unit: '%', measure: (summary) => percentOf(summary.goals.attainmentRate) },
	{
		goal: 'goalRetentionPoints',
		label: 'Retention above non-participants',
		unit: 'points',
		measure: (summary) => {
			const retention = summary.outcomes?.retention;
			const [mine, theirs] = [retention?.participants.rate, retention?.nonParticipants.rate];
			return retention && !retention.suppressed && typeof mine === 'number' && typeof theirs === 'number' ? (mine - theirs) * 100 : null;
		},
	},
];

/** Options of {@link evaluateGoals}. */
export interface EvaluateGoalsOptions {
	program: ProgramRecord;
	summary: KpiSummary;
}

/**
 * Each goal of the program record against the KPIs of the report's period. A goal is
 * *met* when the figure reaches the target; *on track* when it does not yet but the
 * program is still running and the figure has reached the share of the target that
 * matches the share of the program gone by (half-way through, half the target); otherwise
 * *behind*. *No data* when the KPIs have nothing to measure it by yet (no pairs, no
 * ratings, a suppressed or missing HR comparison).
 *
 * @example
 * evaluateGoals({ program: { goalMatchRate: 90, start: '2026-03-02', lengthMonths: 6 }, summary })
 * // [{ goal: 'goalMatchRate', target: 90, actual: 75, unit: '%', status: 'behind', ... }, ...]
 */
export function evaluateGoals(options: EvaluateGoalsOptions): GoalResult[] {
	const { program, summary } = options;
	const start = DateTime.fromISO(String(program.start), { zone: 'utc' });
	const end = start.plus({ months: Number(program.lengthMonths) || 0 });
	const asOf = DateTime.fromISO(summary.period.end, { zone: 'utc' }).plus({ days: 1 });
	const total = end.toMillis() - start.toMillis();
	const progress = start.isValid && total > 0 ? Math.min(1, Math.max(0, (asOf.toMillis() - start.toMillis()) / total)) : 1;
	return METRICS.filter((metric) => typeof program[metric.goal] === 'number').map((metric) => {
		const target = program[metric.goal] as number;
		const measured = metric.measure(summary);
		const actual = measured === null ? null : Math.round(measured * 10) / 10;
		let status: GoalStatus = 'behind';
		if (actual === null) status = 'noData';
		else if (actual >= target) status = 'met';
		else if (progress < 1 && actual >= target * progress) status = 'onTrack';
		return { goal: metric.goal, label: metric.label, target, actual, unit: metric.unit, status };
	});
}

/**
 * The goals of a program record given as a node parameter (a mentorship_programs row, as an
 * object or JSON text) against a KPI summary; undefined when no record is given. A record that
 * cannot be read is refused with every field named.
 *
 * @example goalsOfRecord({ programId: 'm', name: 'M', managerEmail: 'hr@x.nl', start: '2026-03-02' }, summary)?.length // 4
 */
export function goalsOfRecord(record: unknown, summary: KpiSummary): GoalResult[] | undefined {
	const program = readProgramParameter(record);
	return program === undefined ? undefined : evaluateGoals({ program, summary });
}
