/**
 * Layered layout of one section: columns by longest path from the section's entry nodes
 * (loops' back edges ignored), rows ordered by the mean row of each node's predecessors
 * (a few sweeps of the barycentre heuristic), which keeps most wires straight and uncrossed.
 */
const SECTION_NOTE_PREFIX = '### Section';
const COLUMN = 220;
const ROW = 170;
const NODE = 100;
const PAD = 60;
const PAD_TOP = 140;
const TOP = 0;

function sectionEdges(names, connections) {
	const inSection = new Set(names);
	const edges = [];
	for (const from of names) {
		for (const outputs of Object.values(connections[from] ?? {}))
			for (const targets of outputs) for (const target of targets ?? []) if (inSection.has(target.node)) edges.push([from, target.node]);
	}
	return edges;
}

/** Edges that close a loop, found by a depth-first walk in the section's listed order. */
function backEdges(names, edges) {
	const next = new Map(names.map((name) => [name, []]));
	for (const [from, to] of edges) next.get(from).push(to);
	const state = new Map();
	const back = new Set();
	const visit = (name) => {
		state.set(name, 'open');
		for (const to of next.get(name)) {
			if (state.get(to) === 'open') back.add(`${name}->${to}`);
			else if (!state.has(to)) visit(to);
		}
		state.set(name, 'done');
	};
	for (const name of names) if (!state.has(name)) visit(name);
	return back;
}

function layoutSection(section, byName, connections, left) {
	const names = section.nodes;
	const back = backEdges(names, sectionEdges(names, connections));
	const edges = sectionEdges(names, connections).filter(([from, to]) => !back.has(`${from}->${to}`) && from !== to);
	const preds = new Map(names.map((name) => [name, []]));
	for (const [from, to] of edges) preds.get(to).push(from);

	const layer = new Map();
	const layerOf = (name, seen = new Set()) => {
		if (layer.has(name)) return layer.get(name);
		seen.add(name);
		const value = preds.get(name).filter((p) => !seen.has(p)).reduce((max, p) => Math.max(max, layerOf(p, seen) + 1), 0);
		layer.set(name, value);
		return value;
	};
	for (const name of names) layerOf(name);

	const columns = [];
	for (const name of names) (columns[layer.get(name)] ??= []).push(name);
	const row = new Map();
	const number = () => columns.forEach((column) => column.forEach((name, index) => row.set(name, index)));
	number();
	for (let sweep = 0; sweep < 4; sweep += 1) {
		for (const column of columns.slice(1)) {
			const mean = (name) => {
				const rows = preds.get(name).map((p) => row.get(p));
				return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : row.get(name);
			};
			column.sort((a, b) => mean(a) - mean(b));
			number();
		}
	}

	const tallest = Math.max(...columns.map((column) => column.length));
	columns.forEach((column, index) => {
		const offset = (tallest - column.length) / 2;
		column.forEach((name, rowIndex) => {
			byName.get(name).position = [left + PAD + index * COLUMN, TOP + PAD_TOP + Math.round((rowIndex + offset) * ROW)];
		});
	});
	return {
		left,
		top: TOP,
		width: PAD * 2 + (columns.length - 1) * COLUMN + NODE,
		height: PAD_TOP + (tallest - 1) * ROW + NODE + PAD,
	};
}

module.exports = { layoutSection, SECTION_NOTE_PREFIX };
