import type { OrgChartIssue } from '../orgChart/orgChart';
import type { Participant } from '../types';
import type { ProgramContext } from './context';
import { buildProgramContext } from './context';
import type { OrgIndex } from './orgIndex';
import { buildOrgIndex } from './orgIndex';
import { pairId } from './pairId';
import type { MatchItem, MatchSummary, UnmatchedItem } from './results';
import { resolveRules } from './rules/defaults';
import { explainPair } from './scoring/explain';
import { evaluatePair } from './scoring/referenceScore';
import type { OverlapOptions } from './scoring/timeOverlap';
import type { ProgramSolution } from './solveProgram';
import { solveProgram } from './solveProgram';
import type { ExistingPair, HardRules, Objective, ProgramKind, RuleName, Weights } from './types';
import { RULES } from './types';
import { resolveWeights } from './weights';

/** Settings shared by Match and Suggest. */
export interface MatchingSettings {
	kind: ProgramKind;
	/** Weights set by the user; the rest take the kind's defaults. */
	weights?: Partial<Weights>;
	/** Rules set by the user; the rest take the defaults of `resolveRules`. */
	rules?: Partial<HardRules>;
	/** Pairs scoring below this (0–100) are never made or suggested. */
	minScore?: number;
	/** Candidate mentors kept per mentee before solving. */
	candidatesPerMentee?: number;
	/** Moment at which time-zone offsets are read (summer time); passed in, never read from a clock. */
	at: Date;
	/** Working day in local minutes after midnight; 9:00 to 17:00 unless given. */
	workingDay?: OverlapOptions;
	/** Whether people without consent only serve the org chart and are not matched. */
	requireConsent?: boolean;
	/** Ids of people who only build the org chart and are never matched (e.g. invalid records). */
	orgChartOnly?: ReadonlySet<string>;
}

export interface MatchOptions extends MatchingSettings {
	participants: readonly Participant[];
	existingPairs?: readonly ExistingPair[];
	objective?: Objective;
	/** Whether to prove optimality over every allowed pair, not only the candidates. */
	exact?: boolean;
	/** A clock for the timings in the result only; the matching itself never reads it. */
	now?: () => number;
}

export interface MatchOutcome {
	matches: MatchItem[];
	unmatched: UnmatchedItem[];
	summaries: MatchSummary[];
	timings: { scoringMs: number; solveMs: number; pricingMs: number };
}

/** A program ready to solve, shared by Match and Suggest. */
export interface PreparedProgram {
	context: ProgramContext;
	minPoints: number;
	orgIssues: string[];
}

/**
 * Splits the roster into programs (by `programId`) and prepares each: weights and
 * rules resolved, org chart built over everyone given, sides sorted by id.
 *
 * @example prepareMatching({ participants, kind: 'mentoring', at: new Date('2026-01-05') })[0].context.mentors
 */
export function prepareMatching(options: MatchingSettings & { participants: readonly Participant[]; existingPairs?: readonly ExistingPair[] }): PreparedProgram[] {
	const weights = resolveWeights({ kind: options.kind, overrides: options.weights });
	const rules = resolveRules(options.rules);
	const org: OrgIndex = buildOrgIndex({ people: options.participants });
	// Sorted, so that the summary does not depend on input order.
	const orgIssues = org.chart.issues.map(describeOrgIssue).sort();
	const workingDay = options.workingDay ?? { dayStart: 9 * 60, dayEnd: 17 * 60 };
	const programs = new Map<string, Participant[]>();
	for (const person of options.participants) {
		if ((options.requireConsent === true && !person.consent) || options.orgChartOnly?.has(person.id)) continue;
		const key = person.programId ?? '';
		const list = programs.get(key);
		if (list === undefined) programs.set(key, [person]);
		else list.push(person);
	}
	return [...programs.keys()].sort().map((key) => {
		const context = buildProgramContext({
			programId: key === '' ? undefined : key,
			kind: options.kind,
			weights,
			rules,
			workingDay,
			people: programs.get(key)!,
			existingPairs: options.existingPairs ?? [],
			org,
			at: options.at,
		});
		return { context, minPoints: minPointsFor(options.minScore ?? 0, context.maxPoints), orgIssues };
	});
}

/**
 * Points a pair needs to show at least `minScore` once rounded to 0–100.
 *
 * @example minPointsFor(50, 100000) // 49500
 */
export function minPointsFor(minScore: number, maxPoints: number): number {
	return minScore <= 0 ? 0 : ((minScore - 0.5) * maxPoints) / 100;
}

/**
 * Operation Match: the optimal capacitated assignment under the hard rules, with
 * every pair explained, every unmatched person given a reason and a summary per
 * program.
 *
 * @example
 * const outcome = matchParticipants({ participants, kind: 'mentoring', at: new Date('2026-01-05T09:00:00Z') });
 * outcome.matches[0].reasons; // ['shares 2 of 3 wanted skills: sql, go', 'different department (Sales and IT)']
 */
export function matchParticipants(options: MatchOptions): MatchOutcome {
	const outcome: MatchOutcome = { matches: [], unmatched: [], summaries: [], timings: { scoringMs: 0, solveMs: 0, pricingMs: 0 } };
	const objective = options.objective ?? 'totalScore';
	const candidatesPerMentee = options.candidatesPerMentee ?? 10;
	for (const { context, minPoints, orgIssues } of prepareMatching(options)) {
		const solved = solveProgram({ context, objective, minPoints, candidatesPerMentee, exact: options.exact ?? true, now: options.now });
		outcome.timings.scoringMs += solved.timings.scoringMs;
		outcome.timings.solveMs += solved.timings.solveMs;
		outcome.timings.pricingMs += solved.timings.pricingMs;
		const matches = [
			...context.locked.map(({ mentor, mentee }) => matchItem(context, mentor, mentee, true)),
			...newMatches(context, solved),
		];
		const unmatched = unmatchedPeople(context, solved, minPoints);
		outcome.matches.push(...matches);
		outcome.unmatched.push(...unmatched);
		outcome.summaries.push(summarise({ context, solved, matches, objective, candidatesPerMentee, orgIssues, exact: options.exact ?? true }));
	}
	return outcome;
}

/**
 * A match item for one pair, scored and explained by the reference scorer.
 *
 * @example matchItem(context, mentor, mentee, false).pairId
 */
export function matchItem(context: ProgramContext, mentor: Participant, mentee: Participant, locked: boolean): MatchItem {
	const facts = evaluatePair(context, mentor, mentee);
	const explained = explainPair({
		context,
		facts,
		mentorLevel: mentor.level,
		menteeLevel: mentee.level,
		mentorDepartment: mentor.department,
		menteeDepartment: mentee.department,
		location: mentor.location,
	});
	return {
		pairId: pairId({ programId: context.programId, mentorId: mentor.id, menteeId: mentee.id }),
		...(context.programId === undefined ? {} : { programId: context.programId }),
		mentorId: mentor.id,
		mentorEmail: mentor.email,
		mentorName: mentor.name,
		menteeId: mentee.id,
		menteeEmail: mentee.email,
		menteeName: mentee.name,
		score: explained.score,
		breakdown: explained.breakdown,
		reasons: explained.reasons,
		locked,
		...(locked && facts.broken.length > 0 ? { ruleWarnings: facts.broken } : {}),
	};
}

function newMatches(context: ProgramContext, solved: ProgramSolution): MatchItem[] {
	const items: MatchItem[] = [];
	const { mateEdge } = solved.solution;
	for (let i = 0; i < mateEdge.length; i++) {
		if (mateEdge[i] < 0) continue;
		items.push(matchItem(context, context.mentors[solved.graph.edgeMentor[mateEdge[i]]], context.mentees[i], false));
	}
	return items;
}

function unmatchedPeople(context: ProgramContext, solved: ProgramSolution, minPoints: number): UnmatchedItem[] {
	const items: UnmatchedItem[] = [];
	const { mateEdge, load } = solved.solution;
	const without = new Set(solved.withoutCandidates);
	const base = (person: Participant, role: 'mentee' | 'mentor') => ({
		...(context.programId === undefined ? {} : { programId: context.programId }),
		id: person.id,
		email: person.email,
		name: person.name,
		role,
	});
	for (let i = 0; i < context.mentees.length; i++) {
		if (mateEdge[i] >= 0) continue;
		const mentee = context.mentees[i];
		if (!without.has(i)) {
			const candidates = solved.graph.rowStart[i + 1] - solved.graph.rowStart[i];
			items.push({
				...base(mentee, 'mentee'),
				reason: 'capacityExhausted',
				message: `All places of the ${candidates} best-suited eligible mentors went to other mentees`,
			});
			continue;
		}
		solved.scorer.prepare(i);
		const count = solved.scorer.countExclusions(minPoints);
		const excludedBy: Partial<Record<RuleName, number>> = {};
		let mainRule: RuleName | undefined;
		for (const rule of RULES) {
			if (count.excludedBy[rule] === 0) continue;
			excludedBy[rule] = count.excludedBy[rule];
			if (mainRule === undefined || count.excludedBy[rule] > count.excludedBy[mainRule]) mainRule = rule;
		}
		if (count.eligible === 0) {
			items.push({
				...base(mentee, 'mentee'),
				reason: 'noEligibleMentor',
				message:
					context.mentors.length === 0
						? 'The program has no mentors'
						: `No mentor is allowed by the rules; "${mainRule}" excluded the most (${count.excludedBy[mainRule!]} of ${context.mentors.length})`,
				excludedBy,
				...(mainRule === undefined ? {} : { mainRule }),
			});
		} else if (count.aboveMinimum === 0) {
			items.push({
				...base(mentee, 'mentee'),
				reason: 'belowMinimumScore',
				message: `${count.eligible} mentors are allowed, but the best scores ${Math.round((100 * count.bestPoints) / context.maxPoints)}, below the minimum score`,
				excludedBy,
			});
		} else {
			items.push({
				...base(mentee, 'mentee'),
				reason: 'capacityExhausted',
				message: `The ${count.aboveMinimum} eligible mentors have no free place left`,
				excludedBy,
			});
		}
	}
	const hasEdge = new Uint8Array(context.mentors.length);
	for (let e = 0; e < solved.graph.edgeMentor.length; e++) hasEdge[solved.graph.edgeMentor[e]] = 1;
	context.mentors.forEach((mentor, j) => {
		if (load[j] > 0 || context.usedPlaces[j] > 0 || mentor.role === 'both') return;
		items.push({
			...base(mentor, 'mentor'),
			reason: hasEdge[j] === 1 ? 'notNeeded' : 'noEligibleMentee',
			message:
				hasEdge[j] === 1
					? 'Other mentors suited their candidate mentees better'
					: context.freePlaces[j] === 0
						? 'No free place left'
						: 'No mentee is allowed by the rules and scores high enough with this mentor',
			freePlaces: context.freePlaces[j],
		});
	});
	return items;
}

function summarise(options: {
	context: ProgramContext;
	solved: ProgramSolution;
	matches: MatchItem[];
	objective: Objective;
	candidatesPerMentee: number;
	orgIssues: string[];
	exact: boolean;
}): MatchSummary {
	const { context, solved, matches } = options;
	const { graph, edgePoints, solution } = solved;
	const n = context.mentees.length;
	let matched = 0;
	for (let i = 0; i < n; i++) if (solution.mateEdge[i] >= 0) matched++;
	const scores = matches.map((match) => match.score).sort((a, b) => a - b);
	const totalScore = scores.reduce((sum, score) => sum + score, 0);

	// Nominations honoured among mentees who nominated someone in the pool.
	let nominating = 0;
	let honoured = 0;
	for (let i = 0; i < n; i++) {
		const mentee = context.mentees[i];
		if (mentee.nominations.length === 0) continue;
		nominating++;
		const e = solution.mateEdge[i];
		if (e >= 0) {
			const mentor = context.mentors[graph.edgeMentor[e]];
			if (mentee.nominations.includes(mentor.id) || mentee.nominations.includes(mentor.email)) honoured++;
		}
	}

	// Blocking pairs among candidate pairs: both would rather have each other.
	const mateEdgePoints = (i: number) => (solution.mateEdge[i] >= 0 ? edgePoints[solution.mateEdge[i]] : -1);
	const worstHeld = new Float64Array(context.mentors.length).fill(Number.POSITIVE_INFINITY);
	for (let i = 0; i < n; i++) {
		const e = solution.mateEdge[i];
		if (e >= 0) worstHeld[graph.edgeMentor[e]] = Math.min(worstHeld[graph.edgeMentor[e]], edgePoints[e]);
	}
	let blocking = 0;
	for (let i = 0; i < n; i++) {
		const own = mateEdgePoints(i);
		for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
			if (e === solution.mateEdge[i] || edgePoints[e] <= own) continue;
			const j = graph.edgeMentor[e];
			if (solution.load[j] < graph.capacity[j] || edgePoints[e] > worstHeld[j]) blocking++;
		}
	}

	const loads = context.mentors.map((_, j) => solution.load[j] + context.usedPlaces[j]);
	const meanLoad = loads.length === 0 ? 0 : loads.reduce((a, b) => a + b, 0) / loads.length;
	const variance = loads.length === 0 ? 0 : loads.reduce((sum, load) => sum + (load - meanLoad) ** 2, 0) / loads.length;
	const totalSlots = context.mentors.reduce((sum, mentor) => sum + mentor.capacity, 0);
	const round2 = (value: number) => Math.round(value * 100) / 100;
	const optimal = options.exact ? solved.provenForAllPairs : false;
	return {
		...(context.programId === undefined ? {} : { programId: context.programId }),
		objective: options.objective,
		mentees: n,
		mentors: context.mentors.length,
		matchedMentees: matched,
		matchRate: n === 0 ? 0 : round2(matched / n),
		filledSlots: loads.reduce((a, b) => a + b, 0),
		totalSlots,
		lockedPairs: context.locked.length,
		activePairs: context.activeCount,
		totalScore,
		meanScore: scores.length === 0 ? 0 : round2(totalScore / scores.length),
		lowestScore: scores.length === 0 ? null : scores[0],
		p10Score: scores.length === 0 ? null : scores[Math.max(0, Math.ceil(0.1 * scores.length) - 1)],
		nominatingMentees: nominating,
		nomineeShare: nominating === 0 ? null : round2(honoured / nominating),
		blockingPairs: blocking,
		mentorLoad: {
			min: loads.length === 0 ? 0 : Math.min(...loads),
			max: loads.length === 0 ? 0 : Math.max(...loads),
			mean: round2(meanLoad),
			standardDeviation: round2(Math.sqrt(variance)),
		},
		optimal,
		optimality: optimal
			? `Proven optimal over every allowed pair (dual certificate checked after ${solved.pricingRounds} pricing rounds)`
			: solved.certificateHolds
				? `Optimal among each mentee's ${options.candidatesPerMentee} best candidates and nominees (dual certificate checked); not priced against all pairs`
				: 'Not proven optimal: the dual certificate did not hold',
		candidatesPerMentee: options.candidatesPerMentee,
		candidatePairs: graph.edgeMentor.length,
		pricingRounds: solved.pricingRounds,
		pricedInPairs: solved.pricedIn,
		orgIssues: options.orgIssues,
	};
}

/**
 * Describes a problem in the reporting lines for the summary.
 *
 * @example describeOrgIssue({ kind: 'cycle', ids: ['a', 'b'] }) // 'Reporting lines form a cycle: a → b → a; …'
 */
export function describeOrgIssue(issue: OrgChartIssue): string {
	switch (issue.kind) {
		case 'unknownManager':
			return `${issue.id}: managerId "${issue.managerId}" is not in the input, so reporting lines above ${issue.id} are unknown`;
		case 'cycle': {
			// Start at the smallest id, so the text does not depend on where the walk entered the cycle.
			const start = issue.ids.indexOf([...issue.ids].sort()[0]);
			const ids = [...issue.ids.slice(start), ...issue.ids.slice(0, start)];
			return `Reporting lines form a cycle: ${[...ids, ids[0]].join(' → ')}; its members are kept apart from each other and everyone below them`;
		}
		case 'duplicateId':
			return `${issue.id} appears more than once`;
		case 'selfManaged':
			return `${issue.id} is their own manager`;
	}
}
