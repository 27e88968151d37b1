import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MentorshipError } from '../../core/errors';

/**
 * Turns any error into the NodeOperationError n8n shows: NodeOperationErrors pass as
 * they are, domain errors keep their message and give their hint as the description.
 */
export function toNodeError(context: IExecuteFunctions, error: unknown, itemIndex?: number): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	const message = error instanceof Error ? error.message : String(error);
	const description = error instanceof MentorshipError ? error.hint : undefined;
	return new NodeOperationError(context.getNode(), message, { itemIndex, description });
}
