import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';
import { SurveyAnswerError } from './errors';
import { oversizedFields, SURVEY_LIMITS } from './limits';
import { matchAnswers } from './matchAnswers';
import { parseAnswer, type ParseAnswerOptions } from './parseAnswer';
import { epochDay, isoDay, readResponseMeta } from './responseMeta';
import { DEFAULT_RISK_THRESHOLDS, assessRisk, npsCategory, type RiskThresholds } from './risk';
import { GOAL_STATUS, SCALES } from './scales';
import type { GoalSummary, Instrument, InstrumentItem, ScoredResponse } from './types';

export interface ScoreResponseOptions {
	instrument: Instrument;
	/** Explicit form field to item id pairs. */
	mapping?: Record<string, string>;
	thresholds?: RiskThresholds;
	/** How errors name this response, e.g. "Response 3"; the respondent id is added when known. */
	label?: string;
}

function range(item: InstrumentItem) {
	const scale = SCALES[item.scale];
	return item.scale === 'numeric' ? { min: item.min ?? 0, max: item.max ?? 0 } : { min: scale.min, max: scale.max };
}

interface InstrumentPlan {
	items: Array<{ item: InstrumentItem; min: number; max: number; parseOptions: ParseAnswerOptions }>;
	/** Averaged items by subscale, in instrument order. */
	groups: Map<string, InstrumentItem[]>;
	subscaleItems: Record<string, string[]>;
}

/** What scoring needs from an instrument, worked out once: Score runs for every response. */
const plans = new WeakMap<Instrument, InstrumentPlan>();

function planOf(instrument: Instrument): InstrumentPlan {
	let plan = plans.get(instrument);
	if (!plan) {
		const groups = new Map<string, InstrumentItem[]>();
		for (const item of instrument.items) {
			if (!SCALES[item.scale].averaged) continue;
			groups.set(item.subscale, [...(groups.get(item.subscale) ?? []), item]);
		}
		plan = {
			items: instrument.items.map((item) => {
				const { min, max } = range(item);
				return { item, min, max, parseOptions: { scale: SCALES[item.scale], range: { min, max } } };
			}),
			groups,
			subscaleItems: Object.fromEntries([...groups].map(([subscale, members]) => [subscale, members.map((item) => item.id)])),
		};
		plans.set(instrument, plan);
	}
	return plan;
}

function copyLists(lists: Record<string, string[]>): Record<string, string[]> {
	const copy: Record<string, string[]> = {};
	for (const key in lists) copy[key] = lists[key].slice();
	return copy;
}

function goalSummary(values: number[]): GoalSummary {
	const count = (status: number) => values.filter((value) => value === status).length;
	const achieved = count(GOAL_STATUS.achieved);
	const notStarted = count(GOAL_STATUS.notStarted);
	return {
		total: values.length,
		achieved,
		// Some or most: started, not achieved.
		inProgress: values.length - achieved - notStarted,
		notStarted,
		attainment: values.length === 0 ? null : achieved / values.length,
	};
}

/**
 * Scores one survey response with an instrument. Answers are read from the item's
 * top-level fields (as the n8n Form Trigger delivers them, keyed by question label)
 * and from an `answers` object. Reverse-coded items are mirrored, subscale means are
 * weighted means reported only when at least the instrument's share of items (75%)
 * is answered, and the pair's risk is assessed. Any answer off its scale throws a
 * {@link SurveyAnswerError} naming the response, the item and the allowed values.
 *
 * @example
 * scoreResponse({ pairId: 'p1', 'Did you meet?': 'Nee', 'Relationship quality': 2 }, { instrument: BUILT_IN_INSTRUMENTS.checkIn })
 * // { subscales: { quality: 2, met: 0, meetings: null }, atRisk: true, ... }
 */
export function scoreResponse(json: Record<string, unknown>, options: ScoreResponseOptions): ScoredResponse {
	const { instrument } = options;
	// Lengths first: nothing below may parse a text longer than a form answer.
	const oversized = oversizedFields(json);
	if (oversized.length > 0) {
		throw new SurveyAnswerError(
			options.label ?? 'Response',
			oversized,
			`Your answer to "${oversized[0].field}" is too long: please keep each answer under ${SURVEY_LIMITS.answer.toLocaleString('en-GB')} characters.`,
		);
	}
	const meta = readResponseMeta(json);
	const nested = json.answers !== null && typeof json.answers === 'object' && !Array.isArray(json.answers) ? json.answers : {};
	const answers = matchAnswers([json, nested as Record<string, unknown>], { instrument, mapping: options.mapping });
	const plan = planOf(instrument);

	const items: Record<string, number | null> = {};
	const issues: FieldIssue[] = [];
	let personMessage = '';
	for (const { item, min, max, parseOptions } of plan.items) {
		const parsed = parseAnswer(answers[item.id], parseOptions);
		if (parsed.kind === 'invalid') {
			issues.push({ field: item.id, problem: `("${item.labels[0] ?? item.id}") is off its scale`, expected: parsed.allowed, received: shorten(answers[item.id]) });
			personMessage ||= `Please check your answer to "${item.labels[0] ?? item.id}": we expected ${parsed.allowed}.`;
			items[item.id] = null;
		} else if (parsed.kind === 'blank') items[item.id] = null;
		else items[item.id] = item.reverse ? min + max - parsed.value : parsed.value;
	}
	if (issues.length > 0) {
		const who = meta.respondentId ? ` (respondent ${meta.respondentId})` : meta.pairId ? ` (pair ${meta.pairId})` : '';
		throw new SurveyAnswerError(`${options.label ?? 'Response'}${who}`, issues, personMessage);
	}

	const subscales: Record<string, number | null> = {};
	const missingSubscales: string[] = [];
	for (const [subscale, members] of plan.groups) {
		let weighted = 0;
		let weights = 0;
		let answered = 0;
		for (const item of members) {
			const value = items[item.id];
			if (value === null) continue;
			answered++;
			weighted += item.weight * value;
			weights += item.weight;
		}
		// Missing, never zero: a mean over too few items would not measure the subscale.
		const enough = answered > 0 && answered / members.length >= instrument.minAnsweredShare;
		subscales[subscale] = enough ? weighted / weights : null;
		if (!enough) missingSubscales.push(subscale);
	}

	const { lastMeetingAt, ...metaFields } = meta;
	const scored: ScoredResponse = {
		instrument: instrument.id,
		...Object.fromEntries(Object.entries(metaFields).filter(([, value]) => value !== undefined)),
		items,
		subscales,
		// A copy per response: downstream nodes may edit items in place.
		subscaleItems: copyLists(plan.subscaleItems),
		missingSubscales,
		comment: readComment(json, nested as Record<string, unknown>),
		atRisk: false,
		riskReasons: [],
	};
	readMeasures(scored, instrument, lastMeetingAt);
	scored.riskReasons = assessRisk(scored, { thresholds: options.thresholds ?? DEFAULT_RISK_THRESHOLDS });
	scored.atRisk = scored.riskReasons.length > 0;
	return scored;
}

/** Field names a free-text comment arrives under: the templates' own and the check-in form's question. */
const COMMENT_FIELDS = ['comment', 'comments', 'Anything the program team should know?'];

/** The response's comment, trimmed (already bounded by the size check), or null. */
function readComment(...sources: Array<Record<string, unknown>>): string | null {
	for (const source of sources) {
		for (const field of COMMENT_FIELDS) {
			const value = source[field];
			if (typeof value === 'string' && value.trim() !== '') return value.trim();
		}
	}
	return null;
}

/** Fills the check-in, recommendation and goal summaries from items marked with what they measure. */
function readMeasures(scored: ScoredResponse, instrument: Instrument, lastMeetingAt: string | undefined): void {
	const goals: number[] = [];
	const checkIn: NonNullable<ScoredResponse['checkIn']> = {};
	let lastMeetingDay: number | undefined;
	for (const item of instrument.items) {
		const value = scored.items[item.id];
		if (value === null || item.measures === undefined) continue;
		switch (item.measures) {
			case 'quality':
				checkIn.quality ??= value;
				break;
			case 'met':
				checkIn.met ??= value >= 1;
				break;
			case 'meetings':
				checkIn.meetings ??= value;
				break;
			case 'lastMeeting':
				lastMeetingDay ??= value;
				break;
			case 'recommend':
				scored.recommend ??= { value, category: npsCategory(value) };
				break;
			case 'goal':
				goals.push(value);
				break;
			case 'usefulness':
				scored.session ??= { usefulness: value };
				break;
		}
	}
	lastMeetingDay ??= epochDay(lastMeetingAt);
	if (lastMeetingDay !== undefined) {
		checkIn.lastMeeting = isoDay(lastMeetingDay);
		const submitted = epochDay(scored.submittedAt);
		if (submitted !== undefined) checkIn.weeksSinceMeeting = Math.max(0, submitted - lastMeetingDay) / 7;
	}
	if (Object.keys(checkIn).length > 0) scored.checkIn = checkIn;
	if (instrument.items.some((item) => item.measures === 'goal')) scored.goals = goalSummary(goals);
}
