import type { FastScorer } from './fastScorer';
import type { MentorBlocks } from './mentorBlocks';

export interface PricingScanOptions {
	scorer: FastScorer;
	blocks: MentorBlocks;
	mentee: number;
	/** The solver's dual price of the mentee and of every mentor. */
	menteePrice: number;
	mentorPrice: Float64Array;
	/** Solver weight of a pair = points × scale + offset (see `objectiveScale`). */
	scale: number;
	offset: number;
	/** Pairs whose gain is above −near × scale go in (near improving ones too). */
	near: number;
	minPoints: number;
	/** Mentors already in the mentee's row are marked here with `skipStamp`. */
	skip: Int32Array;
	skipStamp: number;
	/** Most pairs to return. */
	limit: number;
}

export interface PricedPairs {
	mentors: number[];
	points: number[];
	/** Largest gain among them (−Infinity when none): above 0 means the pair improves the result. */
	bestGain: number;
}

/**
 * One mentee's left-out pairs priced against the solver's dual prices: the `limit`
 * pairs of highest gain (solver weight minus both prices), ties to the lower mentor,
 * among allowed pairs at or above `minPoints` whose gain exceeds −near × scale. A pair
 * with a positive gain could improve the assignment; none anywhere proves it optimal.
 *
 * Whole blocks of alike mentors are skipped when their recorded bound cannot reach the
 * gain needed — the near-improving floor, or, once `limit` pairs are held, the worst of
 * them — and blocks are visited best bound first so that the bar rises early. A skipped
 * block or pair provably could not have entered the answer, so the result is the same
 * as scoring every pair; all sums are whole numbers, so the comparisons are exact.
 *
 * @example pricedPairs({ scorer, blocks, mentee: i, menteePrice: u[i], mentorPrice: v, scale, offset, near, minPoints: 0, skip, skipStamp, limit: 10 })
 */
export function pricedPairs(options: PricingScanOptions): PricedPairs {
	const { scorer, blocks, mentee, menteePrice, mentorPrice, scale, offset, minPoints, skip, skipStamp, limit } = options;
	const floor = -options.near * scale;
	const orgMax = scorer.orgMaxPoints;
	const lowest = blocks.lowestThresholds(mentorPrice);
	const { members, start, count } = blocks;
	// Best gain any mentor of each block could reach; blocks that cannot pass the floor are dropped now.
	const open: number[] = [];
	const blockGain = new Float64Array(count);
	for (let g = 0; g < count; g++) {
		const bound = blocks.bound(mentee, g) + orgMax;
		if (!(bound >= minPoints)) continue;
		const gain = bound * scale + offset - menteePrice - lowest[g];
		if (gain <= floor) continue;
		blockGain[g] = gain;
		open.push(g);
	}
	const kept = new KeptPairs(limit);
	if (open.length === 0) return kept.result();
	// The `limit` blocks of highest bound go first, so that the bar rises early; the rest
	// follow in block order (a full sort per mentee and round cost more than it saved).
	const first = bestBlocks(open, blockGain, limit);
	scorer.prepare(mentee);
	for (const g of [...first, ...open]) {
		if (blockGain[g] <= floor || !kept.mayEnter(blockGain[g])) continue;
		// A block visited first is not visited again.
		blockGain[g] = Number.NEGATIVE_INFINITY;
		// k is the scorer's position, j the mentor's original one (prices, rows and ties use it).
		for (let k = start[g]; k < start[g + 1]; k++) {
			const j = members[k];
			if (skip[j] === skipStamp) continue;
			const partial = scorer.partialAt(k);
			const bound = partial + orgMax;
			if (!(bound >= minPoints)) continue;
			const boundGain = bound * scale + offset - menteePrice - mentorPrice[j];
			if (boundGain <= floor || !kept.mayEnter(boundGain)) continue;
			if (!scorer.passesStampedRules(k)) continue;
			const org = scorer.orgPointsOrBan(k);
			if (org < 0) continue;
			const points = partial + org;
			if (points < minPoints) continue;
			const gain = points * scale + offset - menteePrice - mentorPrice[j];
			if (gain <= floor) continue;
			kept.offer(j, points, gain);
		}
	}
	return kept.result();
}

/** The `count` open blocks of highest gain bound, best first (ties to the lower block). */
function bestBlocks(open: readonly number[], blockGain: Float64Array, count: number): number[] {
	const best: number[] = [];
	for (const g of open) {
		let at = best.length;
		while (at > 0 && blockGain[best[at - 1]] < blockGain[g]) at--;
		if (at >= count) continue;
		best.splice(at, 0, g);
		if (best.length > count) best.pop();
	}
	return best;
}

/** The best `limit` pairs by gain (ties to the lower mentor), held sorted: limits are small. */
class KeptPairs {
	private readonly mentors: number[] = [];
	private readonly points: number[] = [];
	private readonly gains: number[] = [];

	constructor(private readonly limit: number) {}

	/** Whether a pair with at most this gain could still enter (an equal gain could, with a lower mentor). */
	mayEnter(gain: number): boolean {
		return this.gains.length < this.limit || gain >= this.gains[this.gains.length - 1];
	}

	offer(j: number, points: number, gain: number): void {
		const gains = this.gains;
		let at = gains.length;
		while (at > 0 && (gains[at - 1] < gain || (gains[at - 1] === gain && this.mentors[at - 1] > j))) at--;
		if (at >= this.limit) return;
		gains.splice(at, 0, gain);
		this.mentors.splice(at, 0, j);
		this.points.splice(at, 0, points);
		if (gains.length > this.limit) {
			gains.pop();
			this.mentors.pop();
			this.points.pop();
		}
	}

	result(): PricedPairs {
		return { mentors: this.mentors, points: this.points, bestGain: this.gains.length > 0 ? this.gains[0] : Number.NEGATIVE_INFINITY };
	}
}
