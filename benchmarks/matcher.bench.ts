/**
 * Mentor Matcher benchmark: a generated org with structured scores at 2,000 x 500 and
 * 20,000 x 5,000 (mentees x mentors, capacities 1 to 4), reporting-line and department
 * rules on. Reports time and peak memory of scoring, top-K solve and exact mode, the
 * total against a greedy baseline, and SciPy's min_weight_full_bipartite_matching on
 * the same candidate graph. Run: npx tsc -p tsconfig.bench.json && node benchmarks/run.js matcher
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { CandidateGraph } from '../nodes/core/matching/flow/assignment';
import { solveAssignment } from '../nodes/core/matching/flow/assignment';
import { checkDualCertificate } from '../nodes/core/matching/flow/certificate';
import { prepareMatching } from '../nodes/core/matching/match';
import { solveProgram } from '../nodes/core/matching/solveProgram';
import { randomOrg } from '../test/core/matching/randomOrg';

const AT = new Date('2026-03-02T12:00:00Z');
const RULES = { reportingLine: true, sameDepartment: true };
const K = Number(process.env.MATCHER_K ?? 10);

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function greedy(graph: CandidateGraph): number {
	const order = Array.from(graph.edgeWeight.keys()).sort((a, b) => graph.edgeWeight[b] - graph.edgeWeight[a] || a - b);
	const menteeOf = new Int32Array(graph.edgeWeight.length);
	for (let i = 0; i < graph.menteeCount; i++) for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) menteeOf[e] = i;
	const taken = new Uint8Array(graph.menteeCount);
	const left = Int32Array.from(graph.capacity);
	let total = 0;
	for (const e of order) {
		const i = menteeOf[e];
		const j = graph.edgeMentor[e];
		if (taken[i] === 1 || left[j] === 0) continue;
		taken[i] = 1;
		left[j]--;
		total += graph.edgeWeight[e];
	}
	return total;
}

const PYTHON = `
import sys, time, numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching
d = sys.argv[1]
n, cols = [int(x) for x in open(d + '/shape').read().split()]
rows = np.fromfile(d + '/rows', dtype=np.int32)
cs = np.fromfile(d + '/cols', dtype=np.int32)
cost = np.fromfile(d + '/cost', dtype=np.float64)
weight = np.fromfile(d + '/weight', dtype=np.float64)
start = time.perf_counter()
m = csr_matrix((cost, (rows, cs)), shape=(n, cols))
r, c = min_weight_full_bipartite_matching(m)
elapsed = time.perf_counter() - start
lookup = csr_matrix((weight, (rows, cs)), shape=(n, cols))
total = float(np.asarray(lookup[r, c]).sum())
print(elapsed, total)
`;

/**
 * SciPy needs a full matching of the smaller side and positive costs: every mentor
 * place becomes a column, every mentee gets a private dummy column ("unmatched"), and
 * cost = BIG − weight on real edges, BIG on dummies. Minimising that cost with every
 * mentee placed exactly once maximises the same total weight.
 */
function scipy(graph: CandidateGraph): { seconds: number; total: number } | string {
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
		const run = spawnSync('python3', [path.join(dir, 'solve.py'), dir], { encoding: 'utf8' });
		if (run.status !== 0) return `scipy failed: ${run.stderr.trim().split('\n').at(-1)}`;
		const [seconds, total] = run.stdout.trim().split(/\s+/).map(Number);
		return { seconds, total };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function bench(mentees: number, mentors: number) {
	const participants = randomOrg({ mentees, mentors, seed: 2026, maxCapacity: 4 });
	const [program] = prepareMatching({ participants, kind: 'mentoring', rules: RULES, at: AT });
	const context = program.context;
	const label = `${mentees} x ${mentors}`;

	const cpuBefore = process.cpuUsage();
	const topK = solveProgram({ context, objective: 'totalScore', minPoints: program.minPoints, candidatesPerMentee: K, exact: false, now: () => performance.now() });
	const topKPeak = peakMb();
	const cpu = process.cpuUsage(cpuBefore);
	const topKCpu = (cpu.user + cpu.system) / 1000;
	// The same graph solved again, alone, for a like-for-like time against SciPy.
	let started = performance.now();
	const again = solveAssignment({ graph: topK.graph });
	const solveOnly = performance.now() - started;
	const certificate = checkDualCertificate({ graph: topK.graph, solution: again }).ok;

	started = performance.now();
	const exactCpuBefore = process.cpuUsage();
	const runExact = process.env.MATCHER_EXACT !== '0';
	const exact = runExact
		? solveProgram({ context, objective: 'totalScore', minPoints: program.minPoints, candidatesPerMentee: K, exact: true, now: () => performance.now() })
		: undefined;
	const exactTotal = performance.now() - started;
	const exactCpuUsage = process.cpuUsage(exactCpuBefore);
	const exactCpu = (exactCpuUsage.user + exactCpuUsage.system) / 1000;

	const greedyTotal = greedy(topK.graph);
	const reference = scipy(topK.graph);
	const slots = Array.from(context.freePlaces).reduce((a, b) => a + b, 0);
	const matched = Array.from(topK.solution.mateEdge).filter((e) => e >= 0).length;
	const ms = (value: number) => `${Math.round(value)} ms`;
	console.log(`\n## ${label} (${slots} places, ${topK.graph.edgeMentor.length} candidate pairs, K = ${K})`);
	console.log(`scoring (top-K candidates)      ${ms(topK.timings.scoringMs)}`);
	console.log(`top-K solve                     ${ms(topK.timings.solveMs)} (solve alone again: ${ms(solveOnly)}, searched from ${again.searchedFrom}, certificate ${certificate ? 'holds' : 'FAILS'})`);
	console.log(`scoring + top-K solve           ${ms(topK.timings.scoringMs + topK.timings.solveMs)} wall, ${ms(topKCpu)} cpu, peak RSS ${topKPeak} MB`);
	if (exact !== undefined) {
		console.log(`exact mode (all of it again)    ${ms(exactTotal)} wall, ${ms(exactCpu)} cpu = scoring ${ms(exact.timings.scoringMs)} + solves ${ms(exact.timings.solveMs)} + pricing ${ms(exact.timings.pricingMs)}; ${exact.pricingRounds} pricing rounds, ${exact.pricedIn} pairs priced in, proven ${exact.provenForAllPairs}; peak RSS ${peakMb()} MB`);
	}
	console.log(`matched mentees                 ${matched} of ${mentees}`);
	console.log(`objective (top-K)               ${again.totalWeight}`);
	if (exact !== undefined) console.log(`objective (exact)               ${exact.solution.totalWeight}`);
	console.log(`objective (greedy, same graph)  ${greedyTotal} (${((100 * greedyTotal) / again.totalWeight).toFixed(2)} % of optimum)`);
	if (typeof reference === 'string') console.log(reference);
	else {
		console.log(`scipy min_weight_full_bipartite_matching on the same graph: ${ms(reference.seconds * 1000)}, objective ${reference.total} (${reference.total === again.totalWeight ? 'equal' : 'DIFFERENT'}); ours ${(reference.seconds * 1000 / solveOnly).toFixed(1)}x faster`);
	}
}

const sizes = (process.env.MATCHER_SIZES ?? '2000x500,20000x5000').split(',').map((size) => size.split('x').map(Number));
for (const [mentees, mentors] of sizes) bench(mentees, mentors);
