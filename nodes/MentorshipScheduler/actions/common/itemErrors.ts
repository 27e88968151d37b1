import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MalformedInputError, MentorshipError } from '../../../core/errors';

function describeError(error: unknown, label: string): { message: string; hint?: string } {
	if (error instanceof MalformedInputError) {
		const problems = error.issues
			.map((issue) => `${issue.field} ${issue.problem}${issue.received ? ` ("${issue.received}")` : ''}, expected ${issue.expected}`)
			.join('; ');
		return { message: `${label}: ${problems}`, hint: error.hint };
	}
	if (error instanceof MentorshipError) return { message: `${label}: ${error.message}`, hint: error.hint };
	return { message: `${label}: ${error instanceof Error ? error.message : String(error)}` };
}

/** How an item is named in messages: its position and, when known, its pair id. */
export function itemLabel(itemIndex: number, json: Record<string, unknown>): string {
	const pairId = typeof json.pairId === 'string' || typeof json.pairId === 'number' ? ` (pair ${String(json.pairId)})` : '';
	return `Item ${itemIndex}${pairId}`;
}

/**
 * The project's per-item error rule: with "continue on fail" the item becomes an
 * error item (never lost); a NodeOperationError is rethrown as is; anything else is
 * wrapped with the item index and the fix as description.
 */
export function itemErrorOrThrow(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	json: Record<string, unknown>,
): INodeExecutionData {
	if (error instanceof NodeOperationError) {
		if (context.continueOnFail()) return { json: { error: error.message, itemIndex }, pairedItem: { item: itemIndex } };
		throw error;
	}
	const { message, hint } = describeError(error, itemLabel(itemIndex, json));
	if (context.continueOnFail()) {
		return {
			json: { error: message, ...(hint ? { hint } : {}), itemIndex, ...(json.pairId !== undefined ? { pairId: json.pairId } : {}) },
			pairedItem: { item: itemIndex },
		};
	}
	throw new NodeOperationError(context.getNode(), message, { itemIndex, ...(hint ? { description: hint } : {}) });
}
