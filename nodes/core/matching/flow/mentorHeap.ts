/**
 * A binary min-heap of (key, node) entries with lazy deletion: a node may be pushed
 * again with a smaller key and the stale entry is skipped when popped. Typed arrays
 * keep it free of garbage in the solver's inner loop.
 *
 * @example
 * const heap = new MentorHeap();
 * heap.push(5, 1); heap.push(2, 7);
 * heap.pop(); // 7
 */
export class MentorHeap {
	private keys: Float64Array;
	private nodes: Int32Array;
	private count = 0;

	constructor(capacity = 64) {
		this.keys = new Float64Array(capacity);
		this.nodes = new Int32Array(capacity);
	}

	get size(): number {
		return this.count;
	}

	/** Smallest key (Infinity when empty). */
	peekKey(): number {
		return this.count === 0 ? Number.POSITIVE_INFINITY : this.keys[0];
	}

	clear(): void {
		this.count = 0;
	}

	/**
	 * Adds an entry. Ties are ordered by node number so the search is deterministic.
	 *
	 * @example heap.push(12, 3)
	 */
	push(key: number, node: number): void {
		if (this.count === this.keys.length) this.grow();
		let at = this.count++;
		while (at > 0) {
			const parent = (at - 1) >> 1;
			const pk = this.keys[parent];
			if (pk < key || (pk === key && this.nodes[parent] <= node)) break;
			this.keys[at] = pk;
			this.nodes[at] = this.nodes[parent];
			at = parent;
		}
		this.keys[at] = key;
		this.nodes[at] = node;
	}

	/**
	 * Removes the smallest entry and returns its node; its key was `peekKey()`.
	 *
	 * @example const node = heap.pop()
	 */
	pop(): number {
		const top = this.nodes[0];
		const count = --this.count;
		if (count > 0) {
			const key = this.keys[count];
			const node = this.nodes[count];
			let at = 0;
			for (;;) {
				let child = 2 * at + 1;
				if (child >= count) break;
				const right = child + 1;
				if (
					right < count &&
					(this.keys[right] < this.keys[child] || (this.keys[right] === this.keys[child] && this.nodes[right] < this.nodes[child]))
				) {
					child = right;
				}
				const ck = this.keys[child];
				if (key < ck || (key === ck && node <= this.nodes[child])) break;
				this.keys[at] = ck;
				this.nodes[at] = this.nodes[child];
				at = child;
			}
			this.keys[at] = key;
			this.nodes[at] = node;
		}
		return top;
	}

	private grow() {
		const keys = new Float64Array(this.keys.length * 2);
		keys.set(this.keys);
		const nodes = new Int32Array(this.nodes.length * 2);
		nodes.set(this.nodes);
		this.keys = keys;
		this.nodes = nodes;
	}
}
