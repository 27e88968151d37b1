import type { INodeExecutionData } from 'n8n-workflow';

import type { Proposal } from '../../core/matching/adjust';

/**
 * The proposals of one run among the Matcher's input rows: pair rows with status
 * `proposed`, the program and the run given. Rows of other runs are counted, never used,
 * so adjusting run A never reads or changes run B.
 */
export function readProposalRows(
	items: INodeExecutionData[],
	options: { programId: string; runId: string; ignoredRows: readonly number[] },
): { proposals: Proposal[]; itemOfPair: Map<string, number>; otherRuns: number } {
	const proposals: Proposal[] = [];
	const itemOfPair = new Map<string, number>();
	let otherRuns = 0;
	for (const index of options.ignoredRows) {
		const json = items[index].json;
		if (String(json.status ?? '').trim().toLowerCase() !== 'proposed') continue;
		if (String(json.programId ?? '').trim() !== options.programId || String(json.runId ?? '').trim() !== options.runId) {
			otherRuns++;
			continue;
		}
		const mentorId = String(json.mentorId).trim();
		const menteeId = String(json.menteeId).trim();
		const score = typeof json.score === 'number' ? json.score : Number(json.score);
		proposals.push({ mentorId, menteeId, ...(Number.isFinite(score) && json.score !== '' && json.score !== null ? { score } : {}) });
		itemOfPair.set(`${mentorId}\u0000${menteeId}`, index);
	}
	return { proposals, itemOfPair, otherRuns };
}
