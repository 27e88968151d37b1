import { InvalidOptionError, MalformedInputError } from '../../errors';

/**
 * The weight of every unordered pair of a pool, computed once: a flat triangular table,
 * NaN where the pair is forbidden. People are numbered in ascending id order so that the
 * order of the input never changes a result.
 */
export interface PairTable {
	/** Ids in ascending order (UTF-16 code units, not locale). */
	readonly ids: readonly string[];
	/** Weight of a pair of numbers (either order), NaN when the pair may not meet. */
	weight(i: number, j: number): number;
	/** Smallest and largest allowed weight, 0 and 0 when no pair is allowed. */
	readonly minWeight: number;
	readonly maxWeight: number;
	/**
	 * The table itself, for loops over every pair: pair (i, j) with i < j sits at
	 * `rowStart[i] + j`.
	 */
	readonly cells: Float64Array;
	readonly rowStart: Float64Array;
}

/** Options of {@link buildPairTable}. */
export interface PairTableOptions {
	people: readonly string[];
	/** Called once per unordered pair, ids in ascending order; undefined forbids the pair. */
	weight(a: string, b: string): number | undefined;
	/** Pairs that met before and must not meet again; unknown ids are ignored. */
	history?: Iterable<readonly [string, string]>;
}

/** Compares ids by code units, so the order is the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Numbers the pool and tabulates the weights.
 *
 * @example
 * const table = buildPairTable({ people: ['b', 'a'], weight: () => 3, history: [] });
 * table.ids; // ['a', 'b']
 * table.weight(0, 1); // 3
 */
export function buildPairTable(options: PairTableOptions): PairTable {
	const ids = [...options.people].sort(compareIds);
	for (let i = 1; i < ids.length; i++) {
		if (ids[i] === ids[i - 1]) {
			throw new MalformedInputError(
				[
					{
						field: 'id',
						problem: `"${ids[i]}" appears more than once in the pool`,
						expected: 'each person once',
					},
				],
				'Remove the duplicate person or give each person their own id.',
			);
		}
	}
	const n = ids.length;
	const index = new Map(ids.map((id, i) => [id, i]));
	// Row i of the triangle holds pairs (i, j) for j > i, starting at rowStart[i] + j.
	const rowStart = new Float64Array(n);
	for (let i = 0; i < n; i++) rowStart[i] = (i * (2 * n - i - 1)) / 2 - i - 1;
	const table = new Float64Array((n * (n - 1)) / 2);
	for (const [a, b] of options.history ?? []) {
		const i = index.get(a);
		const j = index.get(b);
		if (i === undefined || j === undefined || i === j) continue;
		table[rowStart[Math.min(i, j)] + Math.max(i, j)] = NaN;
	}
	let minWeight = Infinity;
	let maxWeight = -Infinity;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const cell = rowStart[i] + j;
			if (Number.isNaN(table[cell])) continue;
			const w = options.weight(ids[i], ids[j]);
			if (w === undefined) {
				table[cell] = NaN;
				continue;
			}
			if (!Number.isSafeInteger(w) || Math.abs(w) > 2 ** 31) {
				throw new InvalidOptionError(
					'weight',
					`The weight of ${ids[i]} and ${ids[j]} is ${w}, expected a whole number between -2^31 and 2^31`,
				);
			}
			table[cell] = w;
			if (w < minWeight) minWeight = w;
			if (w > maxWeight) maxWeight = w;
		}
	}
	if (minWeight > maxWeight) minWeight = maxWeight = 0;
	return {
		ids,
		minWeight,
		maxWeight,
		cells: table,
		rowStart,
		weight: (i, j) => (i < j ? table[rowStart[i] + j] : table[rowStart[j] + i]),
	};
}

/**
 * A bonus per pair that makes any matching with more pairs outweigh every matching with
 * fewer, so a maximum-weight solve maximises the number of pairs first.
 *
 * @example
 * cardinalityBonus({ vertexCount: 4, minWeight: 0, maxWeight: 10 }); // 21
 */
export function cardinalityBonus(options: {
	vertexCount: number;
	minWeight: number;
	maxWeight: number;
}): number {
	// A matching of k pairs and one of k + 1 differ in raw weight by at most
	// k * (max - min) - min; the bonus must exceed that for every k up to n / 2.
	const { vertexCount, minWeight, maxWeight } = options;
	const bonus = Math.floor(vertexCount / 2) * (maxWeight - minWeight) + Math.max(0, -minWeight) + 1;
	if ((bonus + Math.abs(maxWeight)) * (vertexCount + 1) * 4 > Number.MAX_SAFE_INTEGER) {
		throw new InvalidOptionError(
			'weight',
			`Weights up to ${maxWeight} are too large for ${vertexCount} people to pair exactly`,
			'Scale the weights down, for example to 0..10000.',
		);
	}
	return bonus;
}
