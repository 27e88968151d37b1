import type { TagBits } from './tagBits';

/** Mentors per scan block: small enough for tight bounds, large enough to pay for the bound. */
export const SCAN_BLOCK = 16;

/**
 * The mentors in blocks of SCAN_BLOCK neighbours (the scorer's positions, which
 * `blockOrderedContext` sorts so that neighbours are alike), with what an upper bound
 * of a mentee's points against a whole block needs: the union of the block's skills,
 * its goal and interest classes, its earliest hire date and lowest tie rank. The top-K
 * scan scores a block only when this bound could enter the mentee's list.
 */
export class ScanBlocks {
	readonly count: number;
	/** Word-major like TagBits (`skillUnion[word * count + g]`): every skill some member of block g offers. */
	readonly skillUnion: Int32Array;
	/** Lowest tie rank (original position) in each block. */
	readonly minRank: Int32Array;
	readonly earliestHire: Float64Array;
	private readonly goalStart: Int32Array;
	private readonly goalClass: Int32Array;
	private readonly interestStart: Int32Array;
	private readonly interestClass: Int32Array;
	// Best class points per block, by the mentee tag list they were worked out for: mentees
	// draw their goals and interests from short lists, so a few hundred lists cover everyone.
	private readonly goalMax = new Map<string, Float64Array>();
	private readonly interestMax = new Map<string, Float64Array>();

	/**
	 * @example new ScanBlocks({ mentorCount, skills, goals, interests, rank, hire })
	 */
	constructor(options: { mentorCount: number; skills: TagBits; goals: TagBits; interests: TagBits; rank: Int32Array; hire: Float64Array }) {
		const { mentorCount: m, skills, rank, hire } = options;
		const count = Math.ceil(m / SCAN_BLOCK);
		this.count = count;
		this.skillUnion = new Int32Array(skills.words * count);
		this.minRank = new Int32Array(count).fill(2 ** 31 - 1);
		this.earliestHire = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
		for (let j = 0; j < m; j++) {
			const g = (j / SCAN_BLOCK) | 0;
			for (let word = 0; word < skills.words; word++) this.skillUnion[word * count + g] |= skills.bits[word * m + j];
			this.minRank[g] = Math.min(this.minRank[g], rank[j]);
			// NaN (unknown hire date) never counts as earlier, as in the scorer.
			if (hire[j] < this.earliestHire[g]) this.earliestHire[g] = hire[j];
		}
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
		return cachedMax(this.goalMax, key, classPoints, this.goalStart, this.goalClass);
	}

	/** The same for interests. */
	interestBound(key: string, classPoints: Float64Array): Float64Array {
		return cachedMax(this.interestMax, key, classPoints, this.interestStart, this.interestClass);
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

// Bounded so that a program where every mentee has a list of their own does not keep one array per mentee.
const MAX_CACHED = 4096;

function cachedMax(cache: Map<string, Float64Array>, key: string, classPoints: Float64Array, start: Int32Array, classes: Int32Array): Float64Array {
	let best = cache.get(key);
	if (best !== undefined) return best;
	const count = start.length - 1;
	best = new Float64Array(count);
	for (let g = 0; g < count; g++) {
		let most = Number.NEGATIVE_INFINITY;
		for (let k = start[g]; k < start[g + 1]; k++) if (classPoints[classes[k]] > most) most = classPoints[classes[k]];
		best[g] = most;
	}
	if (cache.size >= MAX_CACHED) cache.clear();
	cache.set(key, best);
	return best;
}
