import type { OrgChart } from '../orgChart/orgChart';
import { buildOrgChart } from '../orgChart/orgChart';
import type { Participant } from '../types';

/**
 * The org chart in numbers, for questions asked for millions of pairs: every person's
 * chain (themselves, then their managers nearest first, from `buildOrgChart`'s
 * `ancestors`, so cycles and unknown managers are handled as the chart handles them).
 */
export interface OrgIndex {
	readonly chart: OrgChart;
	/** Position of each id in the chains. */
	readonly position: ReadonlyMap<string, number>;
	readonly chainStart: Int32Array;
	readonly chain: Int32Array;
	/** Scratch marks for `distanceFrom`; one mark set at a time. */
	readonly markStamp: Int32Array;
	readonly markDepth: Int32Array;
	/** Hands out mark stamps, so that scorers sharing the index never mistake each other's marks. */
	nextStamp(): number;
}

export interface BuildOrgIndexOptions {
	/** Everybody whose `managerId` builds the chart, in any order. */
	people: readonly Participant[];
}

/**
 * Builds the chart once and lays every chain out in one typed array.
 *
 * @example
 * const org = buildOrgIndex({ people });
 * markChain(org, org.position.get('dev')!, 1);
 * stepsToCommonManager(org, org.position.get('ops')!, 1); // { up: 2, down: 1 }
 */
export function buildOrgIndex(options: BuildOrgIndexOptions): OrgIndex {
	const chart = buildOrgChart(options.people.map((person) => ({ id: person.id, managerId: person.managerId })));
	const position = new Map<string, number>();
	for (const person of options.people) if (!position.has(person.id)) position.set(person.id, position.size);
	const ids = [...position.keys()];
	const chainStart = new Int32Array(ids.length + 1);
	const flat: number[] = [];
	for (let p = 0; p < ids.length; p++) {
		chainStart[p] = flat.length;
		flat.push(p);
		for (const manager of chart.ancestors(ids[p])) {
			const at = position.get(manager);
			if (at !== undefined) flat.push(at);
		}
	}
	chainStart[ids.length] = flat.length;
	let stamps = 0;
	return {
		chart,
		position,
		chainStart,
		chain: Int32Array.from(flat),
		markStamp: new Int32Array(ids.length),
		markDepth: new Int32Array(ids.length),
		nextStamp: () => ++stamps,
	};
}

/**
 * Marks one person's chain with a stamp (a number never used before for another
 * person), so that `stepsToCommonManager` can find the lowest common manager of that
 * person and anyone else by walking only the other chain.
 *
 * @example markChain(org, menteePosition, org.nextStamp())
 */
export function markChain(org: OrgIndex, person: number, stamp: number): void {
	for (let k = org.chainStart[person]; k < org.chainStart[person + 1]; k++) {
		const member = org.chain[k];
		org.markStamp[member] = stamp;
		org.markDepth[member] = k - org.chainStart[person];
	}
}

/**
 * Whether `member` is `person` or one of their managers, directly or indirectly.
 *
 * @example inChain(org, devPosition, ctoPosition) // true
 */
export function inChain(org: OrgIndex, person: number, member: number): boolean {
	for (let k = org.chainStart[person]; k < org.chainStart[person + 1]; k++) if (org.chain[k] === member) return true;
	return false;
}

/**
 * Whether one of two people manages the other, directly or indirectly (cycle
 * members manage each other and everyone below the cycle, as in the org chart).
 *
 * @example inReportingLine(org, ceoPosition, devPosition) // true
 */
export function inReportingLine(org: OrgIndex, a: number, b: number): boolean {
	return a !== b && (inChain(org, a, b) || inChain(org, b, a));
}

/**
 * Steps from the marked person (`up`) and from `other` (`down`) to their lowest
 * common manager; undefined when they share none. Use `inReportingLine` for the
 * reporting-line rule: inside a cycle the lowest common manager is not unique.
 *
 * @example stepsToCommonManager(org, mentorPosition, stamp) // { up: 1, down: 2 }
 */
export function stepsToCommonManager(org: OrgIndex, other: number, stamp: number): { up: number; down: number } | undefined {
	const start = org.chainStart[other];
	const end = org.chainStart[other + 1];
	for (let k = start; k < end; k++) {
		const member = org.chain[k];
		if (org.markStamp[member] === stamp) return { up: org.markDepth[member], down: k - start };
	}
	return undefined;
}
