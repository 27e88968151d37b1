/** A person as the org chart needs them: their id and their direct manager's id. */
export interface OrgMember {
	id: string;
	managerId?: string;
}

/** Something wrong in the reporting lines, reported with the ids involved. */
export type OrgChartIssue =
	| { kind: 'unknownManager'; id: string; managerId: string }
	| { kind: 'cycle'; ids: string[] }
	| { kind: 'duplicateId'; id: string }
	| { kind: 'selfManaged'; id: string };

/**
 * The reporting lines of an organisation, built once from `managerId` so that
 * questions asked millions of times while matching ("is A in B's reporting line?")
 * take constant time.
 *
 * Robust to bad HR data: an unknown manager makes the person a root of their own
 * tree; a cycle (A manages B manages A) is reported and its members are treated as
 * one unit that is in everybody-in-it's reporting line, so matching stays safe.
 */
export interface OrgChart {
	/** Problems found while building, each with the ids involved. */
	readonly issues: readonly OrgChartIssue[];
	/** Whether the chart knows this id. */
	has(id: string): boolean;
	/** Managers above a person, nearest first; a cycle's members appear once. */
	ancestors(id: string): string[];
	/** Whether one of the two manages the other, directly or indirectly. */
	inReportingLine(a: string, b: string): boolean;
	/** Whether `managerId` manages `id`, directly or indirectly. */
	manages(managerId: string, id: string): boolean;
	/**
	 * Steps from each person up to their lowest common manager, or undefined when
	 * they share none (different trees).
	 */
	distance(a: string, b: string): { up: number; down: number; commonManager: string } | undefined;
	/** Number of people below a person, directly or indirectly. */
	reportCount(id: string): number;
}

/**
 * Builds the org chart in linear time.
 *
 * @example
 * const chart = buildOrgChart([{ id: 'ceo' }, { id: 'cto', managerId: 'ceo' }, { id: 'dev', managerId: 'cto' }]);
 * chart.inReportingLine('ceo', 'dev'); // true
 * chart.ancestors('dev'); // ['cto', 'ceo']
 */
export function buildOrgChart(members: Iterable<OrgMember>): OrgChart {
	const issues: OrgChartIssue[] = [];
	const index = new Map<string, number>();
	const ids: string[] = [];
	const managerOf: Array<string | undefined> = [];
	for (const member of members) {
		if (index.has(member.id)) {
			issues.push({ kind: 'duplicateId', id: member.id });
			continue;
		}
		index.set(member.id, ids.length);
		ids.push(member.id);
		managerOf.push(member.managerId);
	}
	const count = ids.length;

	// Parent index per person; -1 for a root.
	const parent = new Int32Array(count).fill(-1);
	for (let i = 0; i < count; i++) {
		const managerId = managerOf[i];
		if (managerId === undefined || managerId === '') continue;
		if (managerId === ids[i]) {
			issues.push({ kind: 'selfManaged', id: ids[i] });
			continue;
		}
		const managerIndex = index.get(managerId);
		if (managerIndex === undefined) issues.push({ kind: 'unknownManager', id: ids[i], managerId });
		else parent[i] = managerIndex;
	}

	// Find cycles by walking up with three colours; each cycle becomes one unit.
	const unit = new Int32Array(count);
	for (let i = 0; i < count; i++) unit[i] = i;
	const state = new Uint8Array(count); // 0 unvisited, 1 on current path, 2 done
	for (let start = 0; start < count; start++) {
		if (state[start] !== 0) continue;
		const path: number[] = [];
		let node = start;
		while (node !== -1 && state[node] === 0) {
			state[node] = 1;
			path.push(node);
			node = parent[node];
		}
		if (node !== -1 && state[node] === 1) {
			const cycle = path.slice(path.indexOf(node));
			const head = Math.min(...cycle);
			for (const member of cycle) unit[member] = head;
			issues.push({ kind: 'cycle', ids: cycle.map((member) => ids[member]) });
		}
		for (const member of path) state[member] = 2;
	}

	// Parent of each unit: the first parent outside the unit (none for a closed cycle).
	const unitParent = new Int32Array(count).fill(-1);
	for (let i = 0; i < count; i++) {
		const p = parent[i];
		if (p !== -1 && unit[p] !== unit[i]) unitParent[unit[i]] = unit[p];
	}

	// Euler tour over units: u is an ancestor-or-self of v iff enter[u] <= enter[v] < leave[u].
	const children: number[][] = Array.from({ length: count }, () => []);
	for (let u = 0; u < count; u++) {
		if (unit[u] === u && unitParent[u] !== -1) children[unitParent[u]].push(u);
	}
	const enter = new Int32Array(count);
	const leave = new Int32Array(count);
	const depth = new Int32Array(count);
	let clock = 0;
	for (let root = 0; root < count; root++) {
		if (unit[root] !== root || unitParent[root] !== -1) continue;
		const stack: Array<[number, number]> = [[root, 0]];
		enter[root] = clock++;
		while (stack.length > 0) {
			const top = stack[stack.length - 1];
			const [u, next] = top;
			if (next < children[u].length) {
				top[1]++;
				const child = children[u][next];
				depth[child] = depth[u] + 1;
				enter[child] = clock++;
				stack.push([child, 0]);
			} else {
				leave[u] = clock;
				stack.pop();
			}
		}
	}
	const unitSize = new Int32Array(count);
	for (let i = 0; i < count; i++) unitSize[unit[i]]++;
	// People below a unit: tour positions inside it, weighted by unit size.
	const subtreePeople = new Int32Array(count);
	const unitsByDepth = [...Array(count).keys()].filter((u) => unit[u] === u).sort((a, b) => depth[b] - depth[a]);
	for (const u of unitsByDepth) {
		subtreePeople[u] += unitSize[u];
		if (unitParent[u] !== -1) subtreePeople[unitParent[u]] += subtreePeople[u];
	}

	const unitOf = (id: string): number | undefined => {
		const i = index.get(id);
		return i === undefined ? undefined : unit[i];
	};
	const isAncestorUnit = (u: number, v: number) => enter[u] <= enter[v] && enter[v] < leave[u];

	return {
		issues,
		has: (id) => index.has(id),
		ancestors(id) {
			const i = index.get(id);
			if (i === undefined) return [];
			const result: string[] = [];
			const seen = new Set<number>([i]);
			let node = parent[i];
			while (node !== -1 && !seen.has(node)) {
				seen.add(node);
				result.push(ids[node]);
				node = parent[node];
			}
			return result;
		},
		inReportingLine(a, b) {
			const u = unitOf(a);
			const v = unitOf(b);
			if (u === undefined || v === undefined || a === b) return false;
			return isAncestorUnit(u, v) || isAncestorUnit(v, u);
		},
		manages(managerId, id) {
			const u = unitOf(managerId);
			const v = unitOf(id);
			if (u === undefined || v === undefined || managerId === id) return false;
			return isAncestorUnit(u, v);
		},
		distance(a, b) {
			let u = unitOf(a);
			let v = unitOf(b);
			if (u === undefined || v === undefined) return undefined;
			let up = 0;
			let down = 0;
			while (depth[u] > depth[v]) {
				u = unitParent[u];
				up++;
			}
			while (depth[v] > depth[u]) {
				v = unitParent[v];
				down++;
			}
			while (u !== v) {
				u = unitParent[u];
				v = unitParent[v];
				up++;
				down++;
				if (u === -1 || v === -1) return undefined;
			}
			return { up, down, commonManager: ids[u] };
		},
		reportCount(id) {
			const u = unitOf(id);
			if (u === undefined) return 0;
			// A cycle's members all sit in one unit: each has the others below them.
			return subtreePeople[u] - 1;
		},
	};
}
