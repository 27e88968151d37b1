/**
 * SciPy's sparse assignment solver on the same candidate graph as ours, for a
 * like-for-like solver time. Timers:
 * - `solveSeconds`: inside Python, `csr_matrix(...)` construction from the edge arrays
 *   plus `min_weight_full_bipartite_matching`, best of `repeats` runs (so the figure
 *   leaves out Python's start, numpy/scipy imports and reading the arrays from disk);
 * - `processSeconds`: the whole Python process as Node sees it (start, imports, reading
 *   the files, every repeat), for the record.
 * The graph goes over as files: every mentor place is a column, every mentee also gets a
 * private "unmatched" column, cost = BIG − weight (BIG on the dummy), so a full matching
 * always exists and its minimum cost is our maximum weight.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { CandidateGraph } from '../../nodes/core/matching/flow/assignment';

const PYTHON = `
import sys, time, numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching
d, repeats = sys.argv[1], int(sys.argv[2])
n, cols = [int(x) for x in open(d + '/shape').read().split()]
rows = np.fromfile(d + '/rows', dtype=np.int32)
cs = np.fromfile(d + '/cols', dtype=np.int32)
cost = np.fromfile(d + '/cost', dtype=np.float64)
weight = np.fromfile(d + '/weight', dtype=np.float64)
best = float('inf')
for _ in range(repeats):
    start = time.perf_counter()
    m = csr_matrix((cost, (rows, cs)), shape=(n, cols))
    r, c = min_weight_full_bipartite_matching(m)
    best = min(best, time.perf_counter() - start)
lookup = csr_matrix((weight, (rows, cs)), shape=(n, cols))
total = float(np.asarray(lookup[r, c]).sum())
print(best, total)
`;

export interface ScipyResult {
	solveSeconds: number;
	processSeconds: number;
	total: number;
	version: string;
}

export function scipyVersion(): string | undefined {
	const run = spawnSync('python3', ['-c', 'import scipy; print(scipy.__version__)'], { encoding: 'utf8' });
	return run.status === 0 ? run.stdout.trim() : undefined;
}

export function scipySolve(graph: CandidateGraph, repeats: number): ScipyResult | string {
	const version = scipyVersion();
	if (version === undefined) return 'SciPy not available (python3 -c "import scipy" failed): no comparison';
	const dir = mkdtempSync(path.join(tmpdir(), 'matcher-'));
	try {
		const slotStart = new Int32Array(graph.mentorCount + 1);
		for (let j = 0; j < graph.mentorCount; j++) slotStart[j + 1] = slotStart[j] + graph.capacity[j];
		const slots = slotStart[graph.mentorCount];
		let big = 0;
		for (const w of graph.edgeWeight) big = Math.max(big, w);
		big += 1;
		const rows: number[] = [];
		const cols: number[] = [];
		const cost: number[] = [];
		const weight: number[] = [];
		for (let i = 0; i < graph.menteeCount; i++) {
			for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
				const j = graph.edgeMentor[e];
				for (let s = slotStart[j]; s < slotStart[j + 1]; s++) {
					rows.push(i);
					cols.push(s);
					cost.push(big - graph.edgeWeight[e]);
					weight.push(graph.edgeWeight[e]);
				}
			}
			rows.push(i);
			cols.push(slots + i);
			cost.push(big);
			weight.push(0);
		}
		writeFileSync(path.join(dir, 'shape'), `${graph.menteeCount} ${slots + graph.menteeCount}`);
		writeFileSync(path.join(dir, 'rows'), Buffer.from(Int32Array.from(rows).buffer));
		writeFileSync(path.join(dir, 'cols'), Buffer.from(Int32Array.from(cols).buffer));
		writeFileSync(path.join(dir, 'cost'), Buffer.from(Float64Array.from(cost).buffer));
		writeFileSync(path.join(dir, 'weight'), Buffer.from(Float64Array.from(weight).buffer));
		writeFileSync(path.join(dir, 'solve.py'), PYTHON);
		const started = performance.now();
		const run = spawnSync('python3', [path.join(dir, 'solve.py'), dir, String(repeats)], { encoding: 'utf8' });
		const processSeconds = (performance.now() - started) / 1000;
		if (run.status !== 0) return `scipy failed: ${run.stderr.trim().split('\n').at(-1)}`;
		const [solveSeconds, total] = run.stdout.trim().split(/\s+/).map(Number);
		return { solveSeconds, processSeconds, total, version };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
