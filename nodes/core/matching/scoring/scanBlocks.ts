import type { TagBits, TagQuery } from './tagBits';
import { popcount } from './tagBits';

/** Mentors per scan block: small enough for tight bounds, large enough to pay for the bound. */
export const SCAN_BLOCK = 16;

/**
 * The mentors in blocks of SCAN_BLOCK neighbours (the scorer's positions, which
 * `blockOrderedContext` sorts so that neighbours are alike), with what an upper bound
 * of a mentee's points against a whole block needs: the block's best skill points for
 * the mentee's wanted skills, its goal and interest classes, its earliest hire date and
 * lowest tie rank. The top-K scan scores a block only when this bound could enter the
 * mentee's list.
 */
export class ScanBlocks {
	readonly count: number;
	/** Lowest tie rank (original position) in each block. */
	readonly minRank: Int32Array;
	readonly earliestHire: Float64Array;
	/** Block numbers by lowest tie rank. */
	readonly byMinRank: Int32Array;
	private readonly goalStart: Int32Array;
	private readonly goalClass: Int32Array;
	private readonly interestStart: Int32Array;
	private readonly interestClass: Int32Array;
	// Best class points per block, by the mentee tag list they were worked out for: mentees
	// draw their goals and interests from short lists, so a few hundred lists cover everyone.
	private readonly goalMax = new Map<string, Float64Array>();
	private readonly interestMax = new Map<string, Float64Array>();
	private readonly skillMax = new Map<string, Float64Array>();
	// Cached arrays hold `count` numbers each: at most about 8 million numbers (64 MB) per
	// cache, room for every wanted-skill list of the 80,000-mentee benchmark (5,485 x 1,250 blocks).
	private readonly maxCached: number;
	private readonly skills: TagBits;

	/**
	 * @example new ScanBlocks({ mentorCount, skills, goals, interests, rank, hire })
	 */
	constructor(options: { mentorCount: number; skills: TagBits; goals: TagBits; interests: TagBits; rank: Int32Array; hire: Float64Array }) {
		const { mentorCount: m, skills, rank, hire } = options;
		const count = Math.ceil(m / SCAN_BLOCK);
		this.count = count;
		this.skills = skills;
		this.maxCached = Math.max(16, Math.floor(8_000_000 / Math.max(1, count)));
		this.minRank = new Int32Array(count).fill(2 ** 31 - 1);
		this.earliestHire = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
		for (let j = 0; j < m; j++) {
			const g = (j / SCAN_BLOCK) | 0;
			this.minRank[g] = Math.min(this.minRank[g], rank[j]);
			// NaN (unknown hire date) never counts as earlier, as in the scorer.
			if (hire[j] < this.earliestHire[g]) this.earliestHire[g] = hire[j];
		}
		this.byMinRank = Int32Array.from({ length: count }, (_, g) => g).sort((a, b) => this.minRank[a] - this.minRank[b]);
		[this.goalStart, this.goalClass] = blockClasses(options.goals.classOf, count);
		[this.interestStart, this.interestClass] = blockClasses(options.interests.classOf, count);
	}

	/**
	 * Best goal points of each block for a mentee whose points per goal class are
	 * `classPoints` (cached under `key`, which must determine them).
	 *
	 * @example blocks.goalBound(key, scorerGoalClassPoints)[g]
	 */
	goalBound(key: string, classPoints: Float64Array): Float64Array {
		return cached(this.goalMax, key, this.maxCached, () => classMax(classPoints, this.goalStart, this.goalClass));
	}

	/** The same for interests. */
	interestBound(key: string, classPoints: Float64Array): Float64Array {
		return cached(this.interestMax, key, this.maxCached, () => classMax(classPoints, this.interestStart, this.interestClass));
	}

	/**
	 * Best skill points of each block, `table[shared skills]`, for a mentee's skill query
	 * (cached under `key`, which must determine the query and the table). Exact, not a
	 * bound: mentees share wanted-skill lists often enough (5,485 lists among 80,000
	 * mentees in the benchmark) that one pass over every mentor per list is cheap.
	 *
	 * @example blocks.skillBound(key, scorerSkillQuery, scorerSkillTable)[g]
	 */
	skillBound(key: string, query: TagQuery, table: Float64Array): Float64Array {
		return cached(this.skillMax, key, this.maxCached, () => {
			const { bits, words } = this.skills;
			const m = bits.length / words;
			const best = new Float64Array(this.count).fill(Number.NEGATIVE_INFINITY);
			for (let j = 0; j < m; j++) {
				let shared = 0;
				for (let k = 0; k < query.offsets.length; k++) shared += popcount(bits[query.offsets[k] + j] & query.masks[k]);
				const g = (j / SCAN_BLOCK) | 0;
				if (table[shared] > best[g]) best[g] = table[shared];
			}
			return best;
		});
	}
}

/** Distinct classes of each block, as start offsets into one list. */
function blockClasses(classOf: Int32Array, count: number): [Int32Array, Int32Array] {
	const start = new Int32Array(count + 1);
	const classes: number[] = [];
	for (let g = 0; g < count; g++) {
		const seen = new Set<number>();
		for (let j = g * SCAN_BLOCK; j < Math.min(classOf.length, (g + 1) * SCAN_BLOCK); j++) seen.add(classOf[j]);
		classes.push(...seen);
		start[g + 1] = classes.length;
	}
	return [start, Int32Array.from(classes)];
}

function cached(cache: Map<string, Float64Array>, key: string, most: number, build: () => Float64Array): Float64Array {
	let value = cache.get(key);
	if (value !== undefined) return value;
	value = build();
	// Bounded, so that a program where every mentee has lists of their own does not keep one array per mentee.
	if (cache.size >= most) cache.clear();
	cache.set(key, value);
	return value;
}

function classMax(classPoints: Float64Array, start: Int32Array, classes: Int32Array): Float64Array {
	const count = start.length - 1;
	const best = new Float64Array(count);
	for (let g = 0; g < count; g++) {
		let most = Number.NEGATIVE_INFINITY;
		for (let k = start[g]; k < start[g + 1]; k++) if (classPoints[classes[k]] > most) most = classPoints[classes[k]];
		best[g] = most;
	}
	return best;
}
