/**
 * Mentors in blocks of alike people (same department, level, site, ...: whole scan
 * blocks of the scorer), with each mentee's best points per block remembered from the
 * top-K scan (exact for the blocks it scored, its bound for those it skipped). Exact mode
 * prices every left-out pair each round; with these bounds it rescans only the
 * blocks where some pair could beat the solver's prices, instead of all 100 million
 * pairs. Alike mentors make the bounds tight: their dense points are equal and their
 * prices close.
 */
export class MentorBlocks {
	/** Original position (rank) of the mentor at each scorer position; block g holds positions start[g] .. start[g + 1] - 1. */
	readonly members: Int32Array;
	readonly start: Int32Array;
	readonly count: number;
	// Mentee-major: bounds[i * count + g] is the most any mentor of block g can score with mentee i, before the org distance.
	private readonly bounds: Float64Array;
	private readonly lowest: Float64Array;
	private lowestOf: Float64Array | undefined;
	private readonly scanBlocks: number;

	/**
	 * Blocks of `scanBlocks` whole scan blocks of the scorer (whose neighbouring mentors are alike).
	 *
	 * @param rank the scorer's `rank` (original position of each scorer position)
	 * @example new MentorBlocks({ rank: scorer.rank, menteeCount: 20000, scanBlocks: 2, scanBlockSize: 16 })
	 */
	constructor(options: { rank: Int32Array; menteeCount: number; scanBlocks: number; scanBlockSize: number }) {
		const { rank, menteeCount, scanBlocks, scanBlockSize } = options;
		const blockSize = scanBlocks * scanBlockSize;
		this.scanBlocks = scanBlocks;
		this.members = rank;
		this.count = Math.ceil(rank.length / blockSize);
		this.start = Int32Array.from({ length: this.count + 1 }, (_, g) => Math.min(rank.length, g * blockSize));
		this.bounds = new Float64Array(menteeCount * this.count);
		this.lowest = new Float64Array(this.count);
	}

	/**
	 * Remembers mentee i's best partial points per block from the scorer's per-scan-block
	 * row (`blockBestRow`: every criterion but the org distance, exact or an upper bound,
	 * -Infinity where a profile rule forbids every pair).
	 *
	 * @example blocks.record(i, scorer.blockBestRow)
	 */
	record(i: number, scanBest: Float64Array): void {
		const { bounds, scanBlocks } = this;
		const row = i * this.count;
		for (let g = 0; g < this.count; g++) {
			let best = Number.NEGATIVE_INFINITY;
			for (let s = g * scanBlocks; s < Math.min(scanBest.length, (g + 1) * scanBlocks); s++) if (scanBest[s] > best) best = scanBest[s];
			bounds[row + g] = best;
		}
	}

	/**
	 * Mentee i's bound for block g (from `record`).
	 *
	 * @example blocks.bound(i, 0) // e.g. 61000
	 */
	bound(i: number, g: number): number {
		return this.bounds[i * this.count + g];
	}

	/**
	 * Lowest threshold of each block, worked out once per threshold array.
	 *
	 * @example blocks.lowestThresholds(threshold)[g]
	 */
	lowestThresholds(threshold: Float64Array): Float64Array {
		if (this.lowestOf === threshold) return this.lowest;
		this.lowestOf = threshold;
		for (let g = 0; g < this.count; g++) {
			let low = Number.POSITIVE_INFINITY;
			for (let k = this.start[g]; k < this.start[g + 1]; k++) low = Math.min(low, threshold[this.members[k]]);
			this.lowest[g] = low;
		}
		return this.lowest;
	}
}
