import type { Participant } from '../types';
import type { OrgIndex } from './orgIndex';
import type { OverlapOptions } from './scoring/timeOverlap';
import { utcOffsetMinutes } from './scoring/timeOverlap';
import type { ExistingPair, HardRules, ProgramKind, Weights } from './types';

/** Everything scoring and the rules need to know about one program. */
export interface ProgramContext {
	readonly programId?: string;
	readonly kind: ProgramKind;
	readonly weights: Weights;
	readonly rules: HardRules;
	readonly workingDay: OverlapOptions;
	/** People who can mentor, sorted by id, with places still free. */
	readonly mentors: readonly Participant[];
	/** People to place, sorted by id (those in a kept pair are left out). */
	readonly mentees: readonly Participant[];
	/** Free places per mentor: capacity minus places taken by active or locked pairs. */
	readonly freePlaces: Int32Array;
	/** Places taken per mentor by active or locked pairs. */
	readonly usedPlaces: Int32Array;
	/** Locked pairs of this program, kept and output as given. */
	readonly locked: ReadonlyArray<{ mentor: Participant; mentee: Participant }>;
	/** Number of active pairs kept without output. */
	readonly activeCount: number;
	readonly org: OrgIndex;
	/** Position in `org` of each mentor and mentee. */
	readonly mentorOrg: Int32Array;
	readonly menteeOrg: Int32Array;
	/** UTC offset in minutes per mentor and mentee (NaN when unknown). */
	readonly mentorOffset: Float64Array;
	readonly menteeOffset: Float64Array;
	/** Whether each mentor manages, directly or indirectly, someone taking part in the program. */
	readonly mentorManages: Uint8Array;
	/** The same by org position, for anyone. */
	readonly managesSomeone: Uint8Array;
	/** Earlier pairings as unordered keys (see `pairKey`). */
	readonly history: ReadonlySet<string>;
	/** Largest possible points of a pair: 1000 times the sum of the weights. */
	readonly maxPoints: number;
	/** UTC offset in minutes of anyone's time zone (NaN when unknown). */
	offsetOf(person: Participant): number;
}

/**
 * Key of an unordered pair of ids, for history look-ups.
 *
 * @example pairKey('b', 'a') === pairKey('a', 'b') // true
 */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export interface BuildProgramContextOptions {
	programId?: string;
	kind: ProgramKind;
	weights: Weights;
	rules: HardRules;
	workingDay: OverlapOptions;
	/** Everyone of the program (any order). */
	people: readonly Participant[];
	existingPairs: readonly ExistingPair[];
	org: OrgIndex;
	/** Moment at which time-zone offsets are read (summer time). */
	at: Date;
}

const byId = (a: Participant, b: Participant) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Prepares one program: sides sorted by id (so the result never depends on input
 * order), places taken by kept pairs subtracted, offsets and org positions looked up.
 *
 * @example
 * const context = buildProgramContext({ kind: 'mentoring', weights, rules, workingDay, people, existingPairs: [], org, at });
 * context.mentors.map((m) => m.id); // sorted ids of the mentors
 */
export function buildProgramContext(options: BuildProgramContextOptions): ProgramContext {
	const people = [...options.people].sort(byId);
	const byIdMap = new Map(people.map((person) => [person.id, person]));
	const history = new Set<string>();
	const used = new Map<string, number>();
	const keptMentees = new Set<string>();
	const locked: Array<{ mentor: Participant; mentee: Participant }> = [];
	let activeCount = 0;
	for (const pair of options.existingPairs) {
		// A pair without a program applies to every program.
		if (pair.programId !== undefined && pair.programId !== options.programId) continue;
		history.add(pairKey(pair.mentorId, pair.menteeId));
		// `ended` stands for completed and ended pairs (nodes/core/pairs): never repeated, no place held.
		if (pair.status === 'ended') continue;
		const mentor = byIdMap.get(pair.mentorId);
		const mentee = byIdMap.get(pair.menteeId);
		if (mentor === undefined || mentee === undefined) continue;
		used.set(mentor.id, (used.get(mentor.id) ?? 0) + 1);
		keptMentees.add(mentee.id);
		if (pair.status === 'locked') locked.push({ mentor, mentee });
		else activeCount++;
	}
	locked.sort((a, b) => byId(a.mentor, b.mentor) || byId(a.mentee, b.mentee));

	const mentors = people.filter((person) => person.role !== 'mentee');
	const mentees = people.filter((person) => person.role !== 'mentor' && !keptMentees.has(person.id));
	const usedPlaces = Int32Array.from(mentors, (mentor) => used.get(mentor.id) ?? 0);
	const freePlaces = Int32Array.from(mentors, (mentor, j) => Math.max(0, mentor.capacity - usedPlaces[j]));

	const offsets = new Map<string, number>();
	const offsetOf = (person: Participant) => {
		if (person.timezone === undefined) return Number.NaN;
		let offset = offsets.get(person.timezone);
		if (offset === undefined) {
			offset = utcOffsetMinutes(person.timezone, options.at) ?? Number.NaN;
			offsets.set(person.timezone, offset);
		}
		return offset;
	};
	const orgOf = (person: Participant) => options.org.position.get(person.id) ?? -1;

	// A mentor "manages someone in the program" when they sit in the chain of anyone taking part.
	const inProgram = new Uint8Array(options.org.chainStart.length);
	for (const person of people) {
		const p = orgOf(person);
		for (let k = options.org.chainStart[p] + 1; k < options.org.chainStart[p + 1]; k++) inProgram[options.org.chain[k]] = 1;
	}
	const mentorOrg = Int32Array.from(mentors, orgOf);
	const weights = options.weights;
	let weightSum = 0;
	for (const value of Object.values(weights)) weightSum += value;

	return {
		programId: options.programId,
		kind: options.kind,
		weights,
		rules: options.rules,
		workingDay: options.workingDay,
		mentors,
		mentees,
		freePlaces,
		usedPlaces,
		locked,
		activeCount,
		org: options.org,
		mentorOrg,
		menteeOrg: Int32Array.from(mentees, orgOf),
		mentorOffset: Float64Array.from(mentors, offsetOf),
		menteeOffset: Float64Array.from(mentees, offsetOf),
		mentorManages: Uint8Array.from(mentorOrg, (p) => inProgram[p]),
		managesSomeone: inProgram,
		history,
		maxPoints: 1000 * weightSum,
		offsetOf,
	};
}
