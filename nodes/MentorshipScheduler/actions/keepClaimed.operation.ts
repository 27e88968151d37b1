import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ClaimRow } from '../../core/reminders/claims';
import { claimWinners } from '../../core/reminders/claims';

const showFor = { show: { operation: ['keepClaimed'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Claim first, then send: insert one claim row per reminder (dedupeKey, executionId, claimedAt) with a Data Table node, read the claims for these keys back, and connect them to input 2. Only reminders this execution claimed first come out on Won, so two runs fired at the same moment never send the same reminder twice.',
		name: 'keepClaimedNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor,
	},
	{
		displayName: 'Execution ID',
		name: 'executionId',
		type: 'string',
		default: '={{ $execution.id }}',
		displayOptions: showFor,
		description: 'The ID this execution wrote into its claims. Keep the default.',
	},
];

function claimRow(json: Record<string, unknown>): ClaimRow | undefined {
	const dedupeKey = json.dedupeKey;
	const executionId = json.executionId;
	if (typeof dedupeKey !== 'string' || (typeof executionId !== 'string' && typeof executionId !== 'number')) return undefined;
	const claimedAt = json.claimedAt instanceof Date ? json.claimedAt.toISOString() : json.claimedAt;
	return {
		dedupeKey,
		executionId: String(executionId),
		...(typeof claimedAt === 'string' || typeof claimedAt === 'number' ? { claimedAt } : {}),
		...(typeof json.id === 'number' ? { id: json.id } : {}),
	};
}

/** Splits the reminders into those this execution won (output Won) and the rest, with the reason (output Lost). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const candidates = this.getInputData(0);
	const claims = (this.getInputData(1) ?? [])
		.map((item) => claimRow(item.json as Record<string, unknown>))
		.filter((row): row is ClaimRow => row !== undefined);
	const executionId = String(this.getNodeParameter('executionId', 0, '')).trim();
	if (executionId === '') {
		throw new NodeOperationError(this.getNode(), 'Execution ID is empty', {
			description: 'Keep the default {{ $execution.id }}, the ID the claims were written with',
		});
	}
	const winners = claimWinners({ claims });
	const won: INodeExecutionData[] = [];
	const lost: INodeExecutionData[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < candidates.length; i++) {
		const json = candidates[i].json;
		const key = typeof json.dedupeKey === 'string' ? json.dedupeKey : '';
		const winner = winners.get(key);
		let reason: string | undefined;
		if (key === '') reason = 'The item has no dedupeKey';
		else if (taken.has(key)) reason = 'The same dedupeKey came earlier in this input';
		else if (winner === undefined) reason = 'No claim for this dedupeKey was read back; it was not sent, the next run retries it';
		else if (winner !== executionId) reason = `Claimed first by execution ${winner}`;
		if (reason === undefined) {
			taken.add(key);
			won.push({ json, ...(candidates[i].binary ? { binary: candidates[i].binary } : {}), pairedItem: { item: i } });
		} else {
			lost.push({ json: { ...json, claimedBy: winner ?? null, lostReason: reason }, pairedItem: { item: i } });
		}
	}
	return [won, lost];
}
