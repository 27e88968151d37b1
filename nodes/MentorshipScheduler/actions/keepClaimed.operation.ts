import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ClaimDecision, ClaimRow } from '../../core/reminders/claims';
import { decideClaims } from '../../core/reminders/claims';
import { claimKeyOf } from '../../core/reminders/delivery';
import { parameterMessage } from '../../shared/errors';
import { readOptionalInput } from '../../shared/inputs';

const showFor = { show: { operation: ['keepClaimed'] } };

export const description: INodeProperties[] = [
	{
		displayName:
			'Claim first, then send: insert one claim row per reminder (dedupeKey, claimKey, attempt, executionId, claimedAt) with a Data Table node, read the claims back by claimKey, and connect them to input 2. Only reminders whose first claim (lowest row ID) is this execution\'s come out on Won, so two runs fired at the same moment never send the same reminder twice.',
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

/**
 * The key an item or claim row is decided on: its claim key, else (rows written before
 * claims had attempts) its dedupe key's first attempt, so old claim rows still count.
 */
function keyOf(json: Record<string, unknown>): string {
	if (typeof json.claimKey === 'string' && json.claimKey !== '') return json.claimKey;
	return typeof json.dedupeKey === 'string' && json.dedupeKey !== '' ? claimKeyOf(json.dedupeKey, 1) : '';
}

function claimRow(json: Record<string, unknown>): ClaimRow | undefined {
	const claimKey = keyOf(json);
	const executionId = json.executionId;
	if (claimKey === '' || (typeof executionId !== 'string' && typeof executionId !== 'number')) return undefined;
	return { claimKey, executionId: String(executionId), ...(typeof json.id === 'number' ? { id: json.id } : {}) };
}

/** Why a reminder is not this execution's to send: a code for routing and a sentence for people. */
type LostReason = { code: 'noClaimKey' | 'duplicateInInput' | 'noClaimRead' | 'unorderableClaims' | 'claimedByAnother'; sentence: string };

function lostReason(key: string, taken: ReadonlySet<string>, decision: ClaimDecision | undefined, executionId: string): LostReason | undefined {
	if (key === '') return { code: 'noClaimKey', sentence: 'The item has no claimKey (or dedupeKey): connect the Due output of Due Reminders' };
	if (taken.has(key)) return { code: 'duplicateInInput', sentence: 'The same claimKey came earlier in this input' };
	if (decision === undefined) return { code: 'noClaimRead', sentence: 'No claim for this claimKey was read back; it was not sent, and the next run tries it again once the lease ends' };
	if (decision.kind === 'unorderable') {
		return {
			code: 'unorderableClaims',
			sentence: `${decision.claims} claims for this claimKey cannot be ordered (a claim row has no numeric id); nobody sends it now, the next run tries again once the lease ends`,
		};
	}
	if (decision.executionId !== executionId) return { code: 'claimedByAnother', sentence: `Claimed first by execution ${decision.executionId}, which sends it` };
	return undefined;
}

/** Splits the reminders into those this execution won (output Won) and the rest, with the reason (output Lost). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const candidates = this.getInputData(0);
	const claims = readOptionalInput(this, 1)
		.map((item) => claimRow(item.json as Record<string, unknown>))
		.filter((row): row is ClaimRow => row !== undefined);
	const executionId = String(this.getNodeParameter('executionId', 0, '')).trim();
	if (executionId === '') {
		throw new NodeOperationError(this.getNode(), parameterMessage('executionId', 'is empty'), {
			description: 'Keep the default {{ $execution.id }}, the ID the claims were written with',
		});
	}
	const decisions = decideClaims({ claims });
	const won: INodeExecutionData[] = [];
	const lost: INodeExecutionData[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < candidates.length; i++) {
		const json = candidates[i].json;
		const key = keyOf(json);
		const decision = decisions.get(key);
		const reason = lostReason(key, taken, decision, executionId);
		if (reason === undefined) {
			taken.add(key);
			won.push({ json, ...(candidates[i].binary ? { binary: candidates[i].binary } : {}), pairedItem: { item: i } });
		} else {
			const claimedBy = decision?.kind === 'won' ? decision.executionId : null;
			lost.push({ json: { ...json, claimedBy, reason: reason.code, lostReason: reason.sentence }, pairedItem: { item: i } });
		}
	}
	return [won, lost];
}
