/**
 * Mentor Matcher benchmark, on two org shapes (see benchmarks/matcher/orgs.ts): the
 * structured `benchmark` org and the unfavourable `scarce` one (scarce mentors, flat
 * scores). For each shape and size it reports, each with the load average
 * (/proc/loadavg) before and after:
 * - core: scoring (top-K candidates), top-K solve, exact mode from scratch (scoring,
 *   solves, pricing rounds, certificate), greedy and stable baselines on the top-K graph,
 *   all totals in the same points next to the exact optimum;
 * - solver alone against SciPy on the same top-K graph (best of 5 each, see matcher/scipy.ts);
 * - node: the Mentor Matcher node through n8n's engine, input items to output items,
 *   top-K and exact mode.
 *
 * Environment: MATCHER_ORGS (benchmark,scarce), MATCHER_SIZES (2000x500,20000x5000),
 * MATCHER_K (10), MATCHER_PARTS (core,scipy,node), MATCHER_EXACT=0 to skip exact mode.
 * Peak RSS is the process's so far: run one part alone (MATCHER_PARTS=node) for the
 * node's own peak. Command: npm run bench -- matcher (or npx tsc -p tsconfig.bench.json
 * && node benchmarks/run.js matcher after npm run build).
 */
import { readFileSync } from 'node:fs';

import { solveAssignment } from '../nodes/core/matching/flow/assignment';
import { checkDualCertificate } from '../nodes/core/matching/flow/certificate';
import { prepareMatching } from '../nodes/core/matching/match';
import { solveProgram } from '../nodes/core/matching/solveProgram';
import { greedy, stable } from './matcher/baselines';
import { fingerprint } from './matcher/fingerprint';
import { runMatcherNode } from './matcher/node';
import type { OrgShape } from './matcher/orgs';
import { buildOrg, rulesFor } from './matcher/orgs';
import { scipySolve } from './matcher/scipy';

const AT = new Date('2026-03-02T12:00:00Z');
const K = Number(process.env.MATCHER_K ?? 10);
const PARTS = new Set((process.env.MATCHER_PARTS ?? 'core,scipy,node').split(','));
const EXACT = process.env.MATCHER_EXACT !== '0';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cpuMs = (before: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000;
};

async function bench(shape: OrgShape, mentees: number, mentors: number) {
	const participants = buildOrg(shape, mentees, mentors);
	const rules = rulesFor(shape);
	const [program] = prepareMatching({ participants, kind: 'mentoring', rules, at: AT });
	const { context } = program;
	const places = Array.from(context.freePlaces).reduce((a, b) => a + b, 0);
	const score = (points: number) => ((100 * points) / context.maxPoints).toFixed(0);
	console.log(`\n## ${shape} org, ${context.mentees.length} mentees x ${context.mentors.length} mentors, ${places} places, K = ${K} (load ${load()})`);

	if (PARTS.has('core') || PARTS.has('scipy')) {
		let cpu = process.cpuUsage();
		let started = performance.now();
		const topK = solveProgram({ context, objective: 'totalScore', minPoints: program.minPoints, candidatesPerMentee: K, exact: false, now: () => performance.now() });
		const topKWall = performance.now() - started;
		const topKCpu = cpuMs(cpu);
		const topKPoints = topK.solution.mateEdge.reduce((sum, e) => sum + (e < 0 ? 0 : topK.edgePoints[e]), 0);
		const topKMatched = topK.solution.mateEdge.filter((e) => e >= 0).length;
		console.log(`core top-K        ${s(topKWall)} wall / ${s(topKCpu)} cpu = scoring ${s(topK.timings.scoringMs)} + solve ${s(topK.timings.solveMs)}; ${topK.graph.edgeMentor.length} candidate pairs; fingerprint ${fingerprint(topK)}; peak RSS ${peakMb()} MB (load ${load()})`);

		if (PARTS.has('core')) {
			let exactPoints: number | undefined;
			if (EXACT) {
				cpu = process.cpuUsage();
				started = performance.now();
				const exact = solveProgram({ context, objective: 'totalScore', minPoints: program.minPoints, candidatesPerMentee: K, exact: true, now: () => performance.now() });
				const wall = performance.now() - started;
				exactPoints = exact.solution.mateEdge.reduce((sum, e) => sum + (e < 0 ? 0 : exact.edgePoints[e]), 0);
				const matched = exact.solution.mateEdge.filter((e) => e >= 0).length;
				console.log(
					`core exact        ${s(wall)} wall / ${s(cpuMs(cpu))} cpu = scoring ${s(exact.timings.scoringMs)} + solves ${s(exact.timings.solveMs)} + pricing ${s(exact.timings.pricingMs)}; ${exact.pricingRounds} pricing rounds, ${exact.pricedIn} pairs priced in, proven optimal for all pairs: ${exact.provenForAllPairs}; fingerprint ${fingerprint(exact)}; peak RSS ${peakMb()} MB (load ${load()})`,
				);
				console.log(`  optimum (exact)   ${matched} matched, total ${score(exactPoints)} (sum of 0-100 scores)`);
			}
			const relative = (points: number) => (exactPoints === undefined ? '' : ` = ${((100 * points) / exactPoints).toFixed(2)} % of the exact optimum`);
			console.log(`  top-K optimum     ${topKMatched} matched, total ${score(topKPoints)}${relative(topKPoints)}`);
			const greedyRun = greedy(topK.graph, topK.edgePoints);
			console.log(`  greedy (top-K)    ${greedyRun.matched} matched, total ${score(greedyRun.points)}${relative(greedyRun.points)} (${s(greedyRun.ms)})`);
			const stableRun = stable(topK.graph, topK.edgePoints);
			console.log(`  stable (top-K)    ${stableRun.matched} matched, total ${score(stableRun.points)}${relative(stableRun.points)} (${s(stableRun.ms)})`);
		}

		if (PARTS.has('scipy')) {
			// Solver alone on the already built graph, warmed up, best of 5 (as SciPy's timer).
			let best = Number.POSITIVE_INFINITY;
			started = performance.now();
			let again = solveAssignment({ graph: topK.graph });
			const first = performance.now() - started;
			for (let run = 0; run < 5; run++) {
				started = performance.now();
				again = solveAssignment({ graph: topK.graph });
				best = Math.min(best, performance.now() - started);
			}
			const holds = checkDualCertificate({ graph: topK.graph, solution: again }).ok;
			const reference = scipySolve(topK.graph, 5);
			if (typeof reference === 'string') console.log(`solver vs SciPy   ours ${s(best)}; ${reference}`);
			else {
				console.log(
					`solver vs SciPy   ours ${(best).toFixed(1)} ms (solveAssignment on the built graph, best of 5; the first call before them ${first.toFixed(1)} ms; certificate ${holds ? 'holds' : 'FAILS'}); SciPy ${reference.version} ${(reference.solveSeconds * 1000).toFixed(1)} ms (csr_matrix + min_weight_full_bipartite_matching, best of 5; whole python process ${s(reference.processSeconds * 1000)}); objective ${reference.total === again.totalWeight ? 'equal' : 'DIFFERENT'}; ours ${((reference.solveSeconds * 1000) / best).toFixed(2)}x faster (load ${load()})`,
				);
			}
		}
	}

	if (PARTS.has('node')) {
		for (const exact of EXACT ? [false, true] : [false]) {
			const run = await runMatcherNode(participants, { exact, rules, candidatesPerMentee: K });
			console.log(
				`node ${exact ? 'exact' : 'top-K'}        ${s(run.inNodeMs)} in node, ${s(run.workflowMs)} workflow wall / ${s(run.cpuMs)} cpu; ${run.matches} matches, ${run.unmatched} unmatched, optimal ${run.summary.optimal}; peak RSS ${peakMb()} MB (load ${load()})`,
			);
		}
	}
}

async function main() {
	const shapes = (process.env.MATCHER_ORGS ?? 'benchmark,scarce').split(',') as OrgShape[];
	const sizes = (process.env.MATCHER_SIZES ?? '2000x500,20000x5000').split(',').map((size) => size.split('x').map(Number));
	for (const [mentees, mentors] of sizes) for (const shape of shapes) await bench(shape, mentees, mentors);
}

void main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
