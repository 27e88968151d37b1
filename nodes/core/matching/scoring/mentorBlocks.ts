/**
 * Mentors in blocks of alike people (same department, level, site, ...), with each
 * mentee's best points per block remembered from the first full scan. Exact mode
 * prices every left-out pair each round; with these bounds it rescans only the
 * blocks where some pair could beat the solver's prices, instead of all 100 million
 * pairs. Alike mentors make the bounds tight: their dense points are equal and their
 * prices close.
 */
export class MentorBlocks {
	/** Mentor positions, block by block. */
	readonly members: Int32Array;
	/** Members of block g are members[start[g]] .. members[start[g + 1] - 1]. */
	readonly start: Int32Array;
	readonly count: number;
	// Mentee-major: bounds[i * count + g] is the most any mentor of block g can score with mentee i, before the org distance.
	private readonly bounds: Float64Array;
	private readonly lowest: Float64Array;
	private lowestOf: Float64Array | undefined;

	/**
	 * @param order mentor positions sorted so that alike mentors are neighbours
	 * @example new MentorBlocks({ order, menteeCount: 20000, blockSize: 32 })
	 */
	constructor(options: { order: readonly number[]; menteeCount: number; blockSize: number }) {
		const { order, menteeCount, blockSize } = options;
		this.members = Int32Array.from(order);
		this.count = Math.ceil(order.length / blockSize);
		this.start = Int32Array.from({ length: this.count + 1 }, (_, g) => Math.min(order.length, g * blockSize));
		this.bounds = new Float64Array(menteeCount * this.count);
		this.lowest = new Float64Array(this.count);
	}

	/**
	 * Remembers mentee i's best partial points per block (`partial` holds every
	 * criterion but the org distance, -Infinity where a profile rule forbids the pair).
	 *
	 * @example blocks.record(i, partial)
	 */
	record(i: number, partial: Float64Array): void {
		const { members, start, bounds } = this;
		const row = i * this.count;
		for (let g = 0; g < this.count; g++) {
			let best = Number.NEGATIVE_INFINITY;
			for (let k = start[g]; k < start[g + 1]; k++) {
				const points = partial[members[k]];
				if (points > best) best = points;
			}
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
