/**
 * One tag field (skills, goals, interests) of every mentor as bitsets, so that the
 * tags a mentee shares with a mentor are counted with a few AND + popcount steps
 * instead of walking inverted lists: popular tags (a common skill, the most wanted
 * goal) sit in thousands of mentors' lists, and walking them cost more than the rest
 * of scoring together.
 */
export class TagBits {
	/** 32-bit words per mentor. */
	readonly words: number;
	/** Word-major (`bits[word * mentorCount + j]`), so a scan over mentors reads memory in order. */
	readonly bits: Int32Array;
	/**
	 * Mentors with the same tags and list length form a class (goals and interests
	 * come from short lists, so a few hundred classes cover thousands of mentors):
	 * a mentee's points are worked out once per class and looked up per mentor.
	 */
	readonly classOf: Int32Array;
	readonly classCount: number;
	/** Class-major (`classBits[c * words + word]`). */
	private readonly classBits: Int32Array;
	private readonly classLength: Int32Array;
	private readonly ids = new Map<string, number>();

	constructor(private readonly mentorCount: number, lists: ReadonlyArray<readonly string[]>) {
		// The most frequent tags get the lowest ids, so a typical mentee's tags fall into few words.
		const frequency = new Map<string, number>();
		for (const list of lists) for (const tag of list) frequency.set(tag, (frequency.get(tag) ?? 0) + 1);
		const tags = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
		tags.forEach((tag, id) => this.ids.set(tag, id));
		this.words = Math.max(1, Math.ceil(tags.length / 32));
		this.bits = new Int32Array(this.words * mentorCount);
		lists.forEach((list, j) => {
			for (const tag of list) {
				const id = this.ids.get(tag)!;
				this.bits[(id >>> 5) * mentorCount + j] |= 1 << (id & 31);
			}
		});
		const classes = new Map<string, number>();
		const firstMentor: number[] = [];
		this.classOf = Int32Array.from(lists, (list, j) => {
			const key = [list.length, ...Array.from({ length: this.words }, (_, word) => this.bits[word * mentorCount + j])].join(',');
			let c = classes.get(key);
			if (c === undefined) {
				c = classes.size;
				classes.set(key, c);
				firstMentor.push(j);
			}
			return c;
		});
		this.classCount = classes.size;
		this.classBits = new Int32Array(this.classCount * this.words);
		this.classLength = Int32Array.from(firstMentor, (j) => lists[j].length);
		firstMentor.forEach((j, c) => {
			for (let word = 0; word < this.words; word++) this.classBits[c * this.words + word] = this.bits[word * mentorCount + j];
		});
	}

	/**
	 * Fills `out[c]` with `table[shared * width + length]` for every class c, where
	 * `shared` is the number of the query's tags the class has and `length` the
	 * class's list length (the share tables of the scorer).
	 *
	 * @example goals.classPoints(goals.query(['promotion']), table, width, out); out[goals.classOf[j]]
	 */
	classPoints(query: TagQuery, table: Float64Array, width: number, out: Float64Array): void {
		for (let c = 0; c < this.classCount; c++) {
			let shared = 0;
			for (let k = 0; k < query.words.length; k++) shared += popcount(this.classBits[c * this.words + query.words[k]] & query.masks[k]);
			out[c] = table[shared * width + this.classLength[c]];
		}
	}

	/**
	 * A mentee's tags as (word offset, mask) pairs for `sharedCount`. Tags no mentor has
	 * are left out; a tag listed twice counts twice, as in the reference scorer (which
	 * counts the mentee's tags found in the mentor's set).
	 *
	 * @example const query = skills.query(['sql', 'go']); skills.sharedCount(query, 3)
	 */
	query(tags: readonly string[]): TagQuery {
		const offsets: number[] = [];
		const masks: number[] = [];
		const seen = new Set<number>();
		for (const tag of tags) {
			const id = this.ids.get(tag);
			if (id === undefined) continue;
			const offset = (id >>> 5) * this.mentorCount;
			const bit = 1 << (id & 31);
			// First copies share one entry per word; repeats get their own, so they count again.
			const at = seen.has(id) ? -1 : offsets.indexOf(offset);
			seen.add(id);
			if (at >= 0) masks[at] |= bit;
			else {
				offsets.push(offset);
				masks.push(bit);
			}
		}
		return { offsets: Int32Array.from(offsets), words: Int32Array.from(offsets, (offset) => offset / this.mentorCount), masks: Int32Array.from(masks) };
	}

	/**
	 * Number of the query's tags mentor j has.
	 *
	 * @example skills.sharedCount(skills.query(['sql']), 0) // 1 when mentor 0 offers sql
	 */
	sharedCount(query: TagQuery, j: number): number {
		let count = 0;
		for (let k = 0; k < query.offsets.length; k++) count += popcount(this.bits[query.offsets[k] + j] & query.masks[k]);
		return count;
	}
}

/** A mentee's tags of one field, ready for counting against every mentor. */
export interface TagQuery {
	/** Start of each word's row in `TagBits.bits`. */
	offsets: Int32Array;
	/** Word index of each entry. */
	words: Int32Array;
	masks: Int32Array;
}

/**
 * Number of set bits of a 32-bit integer (SWAR; JavaScript has no popcount).
 *
 * @example popcount(0b1011) // 3
 */
export function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	x = (x + (x >>> 4)) & 0x0f0f0f0f;
	return Math.imul(x, 0x01010101) >>> 24;
}
