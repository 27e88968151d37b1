import { InvalidOptionError } from '../../errors';
import type { Participant } from '../../types';
import type { ProgramContext } from '../context';
import type { MatchOptions } from '../match';
import { matchItem, prepareMatching } from '../match';
import { pairId } from '../pairId';
import type { UnmatchedItem } from '../results';
import { FastScorer } from '../scoring/fastScorer';
import type { RuleName } from '../types';
import { RULES } from '../types';
import { circleMemberWarnings } from './memberWarnings';
import type { CircleRow, CircleSolution } from './solveCircles';
import { solveCircles } from './solveCircles';
import type { CircleItem, CircleOutcome, CircleSummary } from './types';

export interface MatchCirclesOptions extends Omit<MatchOptions, 'kind' | 'objective' | 'exact' | 'candidatesPerMentee'> {
	/** Fewest mentees in a circle; a mentor with fewer leads no circle (default 3). */
	circleSizeMin?: number;
	/** Most mentees in a circle (default 6). */
	circleSizeMax?: number;
	/** Search nodes before the branch and bound stops with the best circles found. */
	nodeLimit?: number;
}

/**
 * Group mentoring: forms circles of one mentor and `circleSizeMin` to `circleSizeMax`
 * mentees under the same hard rules and scores as mentoring pairs (every mentor–mentee
 * pair in a circle is allowed and at or above the minimum score).
 *
 * What is optimised: first the number of mentees placed, then the number placed in the
 * free seats of existing circles, then the total points of the mentor–mentee pairs, over
 * every way of forming circles in which each mentor leads one circle of `circleSizeMin`
 * to `circleSizeMax` mentees or none. Proven optimal unless the summary says the search
 * stopped (then it gives a bound on the mentees any circles could place). A mentor with
 * kept active or locked pairs already leads a circle: its members stay, and it is topped
 * up to `circleSizeMax` with no minimum, before a new circle takes anyone who could sit
 * there. A mentor's `capacity` is replaced by `circleSizeMax`. Rules between two mentees of one circle are not enforced,
 * only reported in the circle's `memberWarnings`.
 *
 * @example
 * const outcome = matchCircles({ participants, at: new Date('2026-03-02T12:00:00Z'), circleSizeMin: 3, circleSizeMax: 4 });
 * outcome.circles[0].mentees.length; // 3 or 4
 */
export function matchCircles(options: MatchCirclesOptions): CircleOutcome {
	const min = options.circleSizeMin ?? 3;
	const max = options.circleSizeMax ?? 6;
	checkSizes(min, max);
	const outcome: CircleOutcome = { circles: [], unmatched: [], summaries: [] };
	// A circle's places replace the mentor's capacity (the scorer leaves out mentors with no free place).
	const participants = options.participants.map((person) => (person.role === 'mentee' ? person : { ...person, capacity: max }));
	for (const { context, minPoints, orgIssues } of prepareMatching({ ...options, participants, kind: 'group' })) {
		const scorer = new FastScorer(context);
		const rows: CircleRow[] = context.mentees.map((_, i) => {
			scorer.prepare(i);
			// Every allowed mentor at or above the minimum: circles are small programs, so no top-K cut.
			return context.mentors.length === 0 ? { mentors: [], points: [] } : scorer.topCandidates(context.mentors.length, minPoints);
		});
		const upper = context.freePlaces;
		// A circle with kept members exists: no minimum, and its free seats are filled before a new circle opens.
		const existing = Uint8Array.from(context.mentors, (_, j) => (context.usedPlaces[j] > 0 ? 1 : 0));
		const lower = Int32Array.from(existing, (kept) => (kept ? 0 : min));
		const solution = solveCircles({ rows, mentorCount: context.mentors.length, upper, lower, existing, maxPoints: context.maxPoints, nodeLimit: options.nodeLimit });
		const circles = circleItems(context, solution);
		outcome.circles.push(...circles);
		outcome.unmatched.push(...menteesLeftOut(context, solution, scorer, minPoints, min), ...mentorsLeftOut(context, solution, rows, min));
		outcome.summaries.push(summarise({ context, solution, circles, min, max, orgIssues }));
	}
	return outcome;
}

function checkSizes(min: number, max: number): void {
	if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
		throw new InvalidOptionError(
			'circleSizeMin',
			`Circle sizes from ${min} to ${max} cannot be used, expected whole numbers with 1 ≤ minimum ≤ maximum`,
			'Set Circle Size Min to at least 1 and Circle Size Max to at least the minimum (for example 3 and 6)',
		);
	}
}

/**
 * Stable id of a mentor's circle in a program (the pair id of the mentor with nobody).
 *
 * @example circleId({ programId: 'p1', mentorId: 'm1' }) // '…16 hex digits…'
 */
export function circleId(options: { programId?: string; mentorId: string }): string {
	return pairId({ programId: options.programId, mentorId: options.mentorId, menteeId: '' });
}

function circleItems(context: ProgramContext, solution: CircleSolution): CircleItem[] {
	const members = context.mentors.map(() => [] as Array<{ mentee: Participant; locked: boolean }>);
	const mentorIndex = new Map(context.mentors.map((mentor, j) => [mentor.id, j]));
	for (const { mentor, mentee } of context.locked) members[mentorIndex.get(mentor.id)!].push({ mentee, locked: true });
	solution.mentorOf.forEach((j, i) => {
		if (j >= 0) members[j].push({ mentee: context.mentees[i], locked: false });
	});
	const circles: CircleItem[] = [];
	context.mentors.forEach((mentor, j) => {
		if (members[j].length === 0) return;
		const id = circleId({ programId: context.programId, mentorId: mentor.id });
		const pairs = members[j].map(({ mentee, locked }) => ({ ...matchItem(context, mentor, mentee, locked), circleId: id }));
		const scoreSum = pairs.reduce((sum, pair) => sum + pair.score, 0);
		circles.push({
			circleId: id,
			...(context.programId === undefined ? {} : { programId: context.programId }),
			topUp: context.usedPlaces[j] > 0,
			mentorId: mentor.id,
			mentorEmail: mentor.email,
			mentorName: mentor.name,
			...(mentor.timezone === undefined ? {} : { mentorTimezone: mentor.timezone }),
			size: context.usedPlaces[j] + solution.load[j],
			mentees: members[j].map(({ mentee }, k) => ({
				id: mentee.id,
				email: mentee.email,
				name: mentee.name,
				...(mentee.timezone === undefined ? {} : { timezone: mentee.timezone }),
				pairId: pairs[k].pairId,
				score: pairs[k].score,
				locked: pairs[k].locked,
			})),
			memberEmails: [mentor.email, ...pairs.map((pair) => pair.menteeEmail)],
			meanScore: Math.round((10 * scoreSum) / pairs.length) / 10,
			memberWarnings: circleMemberWarnings(context, members[j].map(({ mentee }) => mentee)),
			pairs,
		});
	});
	return circles;
}

function person(context: ProgramContext, who: Participant, role: 'mentee' | 'mentor') {
	return { ...(context.programId === undefined ? {} : { programId: context.programId }), id: who.id, email: who.email, name: who.name, role };
}

function menteesLeftOut(context: ProgramContext, solution: CircleSolution, scorer: FastScorer, minPoints: number, min: number): UnmatchedItem[] {
	const items: UnmatchedItem[] = [];
	context.mentees.forEach((mentee, i) => {
		if (solution.mentorOf[i] >= 0) return;
		scorer.prepare(i);
		const count = scorer.countExclusions(minPoints);
		const excludedBy: Partial<Record<RuleName, number>> = {};
		for (const rule of RULES) if (count.excludedBy[rule] > 0) excludedBy[rule] = count.excludedBy[rule];
		const mainRule = RULES.filter((rule) => count.excludedBy[rule] > 0).reduce<RuleName | undefined>(
			(top, rule) => (top === undefined || count.excludedBy[rule] > count.excludedBy[top] ? rule : top),
			undefined,
		);
		const base = { ...person(context, mentee, 'mentee'), excludedBy };
		if (count.eligible === 0) {
			items.push({
				...base,
				reason: 'noEligibleMentor',
				message:
					mainRule === undefined
						? 'The program has no mentors'
						: `No mentor is allowed by the rules; "${mainRule}" excluded the most (${count.excludedBy[mainRule]} of ${context.mentors.length})`,
				...(mainRule === undefined ? {} : { mainRule }),
			});
		} else if (count.aboveMinimum === 0) {
			items.push({ ...base, reason: 'belowMinimumScore', message: `${count.eligible} mentors are allowed, but the best scores ${Math.round((100 * count.bestPoints) / context.maxPoints)}, below the minimum score` });
		} else {
			items.push({
				...base,
				reason: 'capacityExhausted',
				message: `The circles of the ${count.aboveMinimum} mentors allowed are full, or fewer than ${min} mentees could join them, so they did not open; no set of circles places more people`,
			});
		}
	});
	return items;
}

function mentorsLeftOut(context: ProgramContext, solution: CircleSolution, rows: readonly CircleRow[], min: number): UnmatchedItem[] {
	const candidates = new Int32Array(context.mentors.length);
	for (const row of rows) for (const j of row.mentors) candidates[j]++;
	const items: UnmatchedItem[] = [];
	context.mentors.forEach((mentor, j) => {
		if (solution.load[j] > 0 || context.usedPlaces[j] > 0 || mentor.role === 'both') return;
		const enough = candidates[j] >= min;
		items.push({
			...person(context, mentor, 'mentor'),
			reason: enough ? 'notNeeded' : 'noEligibleMentee',
			message: enough
				? `${candidates[j]} mentees could join this circle, but placing them in other circles placed more people or scored higher`
				: `Only ${candidates[j]} mentees are allowed by the rules and score high enough with this mentor, fewer than the circle minimum of ${min}`,
		});
	});
	return items;
}

// What is known when the search stopped early: the bound on mentees placed, and on the score when that many are placed.
function notProven(solution: CircleSolution, range: string, maxPoints: number): string {
	const stopped = `Not proven optimal: the search stopped after ${solution.nodes} assignment solves`;
	if (solution.seatsBound === undefined) {
		return `${stopped}; these circles place ${solution.placed} mentees and no circles of ${range} could place more than ${solution.placedBound}`;
	}
	if (solution.pointsBound === undefined) {
		return `${stopped}; these circles place the most mentees any circles of ${range} can (${solution.placed}), ${solution.seatsFilled} of them in existing circles, where at most ${solution.seatsBound} could sit`;
	}
	// Points to 0–100 score units (a pair's score is its points × 100 / maxPoints).
	const gap = Math.round((100 * (solution.pointsBound - solution.totalPoints)) / maxPoints);
	return `${stopped}; these circles place the most mentees any circles of ${range} can (${solution.placed}), and their total score is at most ${gap} below the best possible`;
}

function summarise(options: { context: ProgramContext; solution: CircleSolution; circles: CircleItem[]; min: number; max: number; orgIssues: string[] }): CircleSummary {
	const { context, solution, circles, min, max } = options;
	const newScores = circles.flatMap((circle) => circle.pairs.filter((pair) => !pair.locked).map((pair) => pair.score));
	const totalScore = newScores.reduce((sum, score) => sum + score, 0);
	const sizes = circles.map((circle) => circle.size);
	const round2 = (value: number) => Math.round(value * 100) / 100;
	const n = context.mentees.length;
	const range = `${min} to ${max}`;
	const existingCircles = context.usedPlaces.reduce((count, used) => count + (used > 0 ? 1 : 0), 0);
	const keptOrder = existingCircles === 0 ? '' : ', then the most placed in the free seats of the existing circles (whose members stay)';
	return {
		...(context.programId === undefined ? {} : { programId: context.programId }),
		kind: 'group',
		objective: 'mostPlacedThenScore',
		circleSizeMin: min,
		circleSizeMax: max,
		mentees: n,
		mentors: context.mentors.length,
		circles: circles.length,
		placedMentees: solution.placed,
		existingCircles,
		placedInExistingCircles: solution.seatsFilled,
		matchRate: n === 0 ? 0 : round2(solution.placed / n),
		lockedPairs: context.locked.length,
		activePairs: context.activeCount,
		totalScore,
		meanScore: newScores.length === 0 ? 0 : round2(totalScore / newScores.length),
		circleSizes: {
			min: sizes.length === 0 ? 0 : Math.min(...sizes),
			max: sizes.length === 0 ? 0 : Math.max(...sizes),
			mean: sizes.length === 0 ? 0 : round2(sizes.reduce((a, b) => a + b, 0) / sizes.length),
		},
		optimal: solution.proven,
		optimality: solution.proven
			? `Proven optimal: the most mentees placed${keptOrder}, then the highest total pair score, over every way of forming circles of ${range} mentees under the rules (branch and bound, ${solution.nodes} assignment solves)`
			: notProven(solution, range, context.maxPoints),
		placedBound: solution.placedBound,
		searchNodes: solution.nodes,
		orgIssues: options.orgIssues,
	};
}
