import { personKeys } from './readRecords';
import type { TimedResponse } from './timedResponse';

type Json = Record<string, unknown>;

/** Circle statuses that mean a circle was formed and introduced or ran (proposals do not exist for circles). */
const FORMED = new Set(['active', 'completed', 'ended']);

/** Longest `mentees` JSON text read from a circle row (as the Scheduler reads it): 50 mentees of about 1 kB. */
const MAX_MENTEES_TEXT = 50_000;

/** Why a circle is listed as at risk. */
export type CircleRiskReason = 'notIntroduced' | 'riskInAnswers';

/** One circle's row in the report's at-risk list. */
export interface AtRiskCircle {
	circleId: string;
	mentorName: string;
	mentees: number;
	reasons: CircleRiskReason[];
}

/** The group-mentoring figures of the KPI summary. */
export interface CircleKpis {
	/** Circles formed (status active, completed or ended). */
	circles: number;
	activeCircles: number;
	/** Mentees of the program (participants with role mentee or both) in a formed circle. */
	menteesPlaced: number;
	/** Mentees of the program in no formed circle. */
	menteesUnplaced: number;
	/** Mean mentees per formed circle; null without circles. */
	meanCircleSize: number | null;
	/** Circles whose row says how often they met (`meetings`), and the mean over them; null when none does. */
	circlesWithMeetings: number;
	meanMeetingsPerCircle: number | null;
	/** Share of the formed circles' members (mentor and mentees) who answered a survey about their circle; null when nobody did. */
	participation: number | null;
	atRisk: AtRiskCircle[];
}

interface CircleRecord {
	circleId: string;
	status: string;
	mentorKeys: string[];
	mentorName: string;
	mentees: Array<{ keys: string[]; pairId?: string }>;
	meetings?: number;
	introductionError: string;
}

/**
 * Whether a row of the Pairs input is a circle of a group program (a `circleId` and a
 * `mentees` list, as `mentorship_circles` holds it) rather than a pair.
 *
 * @example isCircleRow({ circleId: 'c1', mentees: '[]' }) // true
 */
export function isCircleRow(json: Json): boolean {
	return typeof json.circleId === 'string' && json.circleId !== '' && json.pairId === undefined && (typeof json.mentees === 'string' || Array.isArray(json.mentees));
}

function menteeList(value: unknown): Json[] {
	if (Array.isArray(value)) return value.filter((entry): entry is Json => typeof entry === 'object' && entry !== null);
	if (typeof value !== 'string' || value.length > MAX_MENTEES_TEXT) return [];
	try {
		const parsed: unknown = JSON.parse(value);
		return Array.isArray(parsed) ? parsed.filter((entry): entry is Json => typeof entry === 'object' && entry !== null) : [];
	} catch {
		return [];
	}
}

function readCircle(json: Json): CircleRecord {
	const meetings = typeof json.meetings === 'number' ? json.meetings : typeof json.meetings === 'string' && json.meetings.trim() !== '' ? Number(json.meetings) : undefined;
	return {
		circleId: String(json.circleId),
		status: typeof json.status === 'string' ? json.status.trim().toLowerCase() : '',
		mentorKeys: personKeys(json.mentorId, json.mentorEmail),
		mentorName: String(json.mentorName ?? '').slice(0, 200),
		mentees: menteeList(json.mentees).map((mentee) => ({ keys: personKeys(mentee.id, mentee.email), ...(typeof mentee.pairId === 'string' ? { pairId: mentee.pairId } : {}) })),
		...(meetings !== undefined && Number.isFinite(meetings) && meetings >= 0 ? { meetings } : {}),
		introductionError: typeof json.introductionError === 'string' ? json.introductionError.trim() : '',
	};
}

/**
 * The canonical persons of the mentees in formed circles, so that the match rate of a
 * group program counts a mentee placed in a circle as matched.
 *
 * @example menteesInCircles([circleRow], (keys) => keys[0]) // Set { 'e1', 'e2', 'e3' }
 */
export function menteesInCircles(rows: readonly Json[], canonical: (keys: string[]) => string | undefined): Set<string> {
	const placed = new Set<string>();
	for (const circle of rows.map(readCircle)) {
		if (!FORMED.has(circle.status)) continue;
		for (const mentee of circle.mentees) placed.add(canonical(mentee.keys) ?? '');
	}
	placed.delete('');
	return placed;
}

/** Options of {@link summariseCircles}. */
export interface SummariseCirclesOptions {
	/** Circle rows of the program (see {@link isCircleRow}). */
	rows: Json[];
	/** The program's mentees: each one's keys (id and lower-cased email). */
	mentees: string[][];
	/** The latest response of each respondent about each pair (a circle's member pair or the circle itself). */
	latest: readonly TimedResponse[];
	/** The canonical person of a set of keys, as the other KPIs link people. */
	canonical: (keys: string[]) => string | undefined;
}

/**
 * Group mentoring in the KPI report: circles formed and active, mentees placed in a
 * circle or in none, mean circle size, meetings when circle rows carry them, the share
 * of members who answered about their circle, and the circles at risk: an active circle
 * whose introduction failed, or about which a member's latest answer is at risk.
 * Returns null when the input holds no circle.
 *
 * @example
 * summariseCircles({ rows: [circleRow], mentees: [['e1'], ['e2']], latest: [], canonical: (keys) => keys[0] })?.menteesPlaced // 1
 */
export function summariseCircles(options: SummariseCirclesOptions): CircleKpis | null {
	if (options.rows.length === 0) return null;
	const circles = options.rows.map(readCircle).filter((circle) => FORMED.has(circle.status));
	const placed = menteesInCircles(options.rows, options.canonical);
	const programMentees = new Set(options.mentees.map((keys) => options.canonical(keys) ?? keys[0]));
	const menteesPlaced = [...programMentees].filter((person) => placed.has(person)).length;

	// Responses about a circle: under its id or one of its members' pair ids.
	const circleOfPair = new Map<string, number>();
	circles.forEach((circle, index) => {
		circleOfPair.set(circle.circleId, index);
		for (const mentee of circle.mentees) if (mentee.pairId) circleOfPair.set(mentee.pairId, index);
	});
	const answered = circles.map(() => new Set<string>());
	const riskInAnswers = circles.map(() => false);
	for (const entry of options.latest) {
		const index = entry.response.pairId === undefined ? undefined : circleOfPair.get(entry.response.pairId);
		if (index === undefined) continue;
		answered[index].add(entry.person);
		if (entry.response.atRisk) riskInAnswers[index] = true;
	}
	let members = 0;
	let responded = 0;
	circles.forEach((circle, index) => {
		const people = [circle.mentorKeys, ...circle.mentees.map((mentee) => mentee.keys)].map((keys) => options.canonical(keys) ?? keys[0]);
		members += people.length;
		responded += people.filter((person) => answered[index].has(person)).length;
	});
	const anyAnswer = answered.some((set) => set.size > 0);

	const withMeetings = circles.filter((circle) => circle.meetings !== undefined);
	const atRisk: AtRiskCircle[] = [];
	circles.forEach((circle, index) => {
		if (circle.status !== 'active') return;
		const reasons: CircleRiskReason[] = [];
		if (circle.introductionError !== '') reasons.push('notIntroduced');
		if (riskInAnswers[index]) reasons.push('riskInAnswers');
		if (reasons.length > 0) atRisk.push({ circleId: circle.circleId, mentorName: circle.mentorName, mentees: circle.mentees.length, reasons });
	});
	return {
		circles: circles.length,
		activeCircles: circles.filter((circle) => circle.status === 'active').length,
		menteesPlaced,
		menteesUnplaced: programMentees.size - menteesPlaced,
		meanCircleSize: circles.length === 0 ? null : circles.reduce((sum, circle) => sum + circle.mentees.length, 0) / circles.length,
		circlesWithMeetings: withMeetings.length,
		meanMeetingsPerCircle: withMeetings.length === 0 ? null : withMeetings.reduce((sum, circle) => sum + (circle.meetings as number), 0) / withMeetings.length,
		participation: anyAnswer && members > 0 ? responded / members : null,
		atRisk,
	};
}
