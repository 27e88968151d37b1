/**
 * A short hash of everything a solve produced (candidate graph, assignment, dual prices,
 * objective), so that a change meant to be "faster, same results" can be checked by
 * comparing the fingerprints a benchmark prints before and after it.
 */
import { createHash } from 'node:crypto';

import type { ProgramSolution } from '../../nodes/core/matching/solveProgram';

export function fingerprint(solved: ProgramSolution): string {
	const hash = createHash('sha256');
	const { graph, solution } = solved;
	for (const array of [graph.rowStart, graph.edgeMentor, graph.edgeWeight, solution.mateEdge, solution.menteePrice, solution.mentorPrice]) {
		hash.update(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
	}
	hash.update(String(solution.totalWeight));
	return hash.digest('hex').slice(0, 16);
}
