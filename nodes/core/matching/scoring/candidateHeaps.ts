/**
 * The two kinds of bounded "best so far" lists the top-K scan keeps: each mentee's
 * best K mentors (a flat min-heap per scan) and each mentor's best few mentees (one
 * flat min-heap per mentor, kept over the whole scan). Ties are broken by position
 * (the lower mentor or mentee wins), so neither list depends on the order of scanning.
 */

/** Each mentor's best `k` mentees (ties to the lower mentee index), worst on top. */
export class MentorLists {
	/** Points a pair needs to enter mentor j's list (−Infinity while the list is short, +Infinity with k = 0). */
	readonly entry: Float64Array;
	/** Mentee holding the entry bar of mentor j's full list: a pair with exactly `entry` points enters only with a lower index. */
	readonly entryMentee: Int32Array;
	private readonly heapI: Int32Array;
	private readonly heapP: Float64Array;
	private readonly size: Int32Array;

	/**
	 * @example const lists = new MentorLists(mentorCount, 5)
	 */
	constructor(private readonly mentorCount: number, private readonly k: number) {
		this.heapI = new Int32Array(mentorCount * k);
		this.heapP = new Float64Array(mentorCount * k);
		this.size = new Int32Array(mentorCount);
		this.entry = new Float64Array(mentorCount).fill(k === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
		this.entryMentee = new Int32Array(mentorCount).fill(-1);
	}

	/**
	 * Offers mentee i with `points` to mentor j's list; returns whether the list's entry bar (points or mentee) changed.
	 *
	 * @example lists.offer(j, i, 61000)
	 */
	offer(j: number, i: number, points: number): boolean {
		const k = this.k;
		if (k === 0) return false;
		const base = j * k;
		const heapI = this.heapI;
		const heapP = this.heapP;
		let size = this.size[j];
		let at: number;
		if (size < k) {
			at = size++;
			this.size[j] = size;
			// Sift up: the worse entry (fewer points, or equal points and a larger index) rises.
			while (at > 0) {
				const parent = (at - 1) >> 1;
				const pp = heapP[base + parent];
				if (pp < points || (pp === points && heapI[base + parent] > i)) break;
				heapP[base + at] = pp;
				heapI[base + at] = heapI[base + parent];
				at = parent;
			}
			heapP[base + at] = points;
			heapI[base + at] = i;
		} else {
			const topP = heapP[base];
			if (points < topP || (points === topP && i > heapI[base])) return false;
			at = 0;
			for (;;) {
				let child = 2 * at + 1;
				if (child >= size) break;
				const right = child + 1;
				if (right < size && (heapP[base + right] < heapP[base + child] || (heapP[base + right] === heapP[base + child] && heapI[base + right] > heapI[base + child]))) child = right;
				const cp = heapP[base + child];
				if (points < cp || (points === cp && i > heapI[base + child])) break;
				heapP[base + at] = cp;
				heapI[base + at] = heapI[base + child];
				at = child;
			}
			heapP[base + at] = points;
			heapI[base + at] = i;
		}
		if (size < k || (this.entry[j] === heapP[base] && this.entryMentee[j] === heapI[base])) return false;
		this.entry[j] = heapP[base];
		this.entryMentee[j] = heapI[base];
		return true;
	}

	/**
	 * Every mentor's list (in heap order).
	 *
	 * @example lists.lists()[j].mentees
	 */
	lists(): Array<{ mentees: number[]; points: number[] }> {
		const lists: Array<{ mentees: number[]; points: number[] }> = [];
		for (let j = 0; j < this.mentorCount; j++) {
			const base = j * this.k;
			const mentees: number[] = [];
			const points: number[] = [];
			for (let t = 0; t < this.size[j]; t++) {
				mentees.push(this.heapI[base + t]);
				points.push(this.heapP[base + t]);
			}
			lists.push({ mentees, points });
		}
		return lists;
	}
}

// Min-heap on points; among equal points the larger mentor position sits on top (it goes first).
function worse(heapJ: Int32Array, heapP: Float64Array, a: number, b: number): boolean {
	return heapP[a] < heapP[b] || (heapP[a] === heapP[b] && heapJ[a] > heapJ[b]);
}

function swap(heapJ: Int32Array, heapP: Float64Array, a: number, b: number) {
	const j = heapJ[a];
	heapJ[a] = heapJ[b];
	heapJ[b] = j;
	const p = heapP[a];
	heapP[a] = heapP[b];
	heapP[b] = p;
}

/**
 * Restores a mentee's heap after adding an entry at `at` (the worst entry on top).
 *
 * @example heapJ[size] = j; heapP[size] = points; siftUp(heapJ, heapP, size++)
 */
export function siftUp(heapJ: Int32Array, heapP: Float64Array, at: number): void {
	while (at > 0) {
		const parent = (at - 1) >> 1;
		if (!worse(heapJ, heapP, at, parent)) return;
		swap(heapJ, heapP, at, parent);
		at = parent;
	}
}

/**
 * Restores a mentee's heap after replacing its top.
 *
 * @example heapJ[0] = j; heapP[0] = points; siftDown(heapJ, heapP, size)
 */
export function siftDown(heapJ: Int32Array, heapP: Float64Array, size: number): void {
	let at = 0;
	for (;;) {
		const left = 2 * at + 1;
		const right = left + 1;
		let top = at;
		if (left < size && worse(heapJ, heapP, left, top)) top = left;
		if (right < size && worse(heapJ, heapP, right, top)) top = right;
		if (top === at) return;
		swap(heapJ, heapP, at, top);
		at = top;
	}
}
