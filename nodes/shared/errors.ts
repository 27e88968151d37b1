import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidOptionError, MalformedInputError, MentorshipError } from '../core/errors';

/**
 * Turns anything thrown while handling one item into the NodeOperationError n8n
 * shows: the core's message, its hint as the description, and the item index so n8n
 * points at the item. A NodeOperationError passes through untouched.
 */
export function toNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex?: number): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	const message = error instanceof Error ? error.message : String(error);
	const description = error instanceof MentorshipError ? error.hint : undefined;
	const prefix = error instanceof InvalidOptionError ? `Parameter "${error.option}": ` : itemIndex !== undefined && error instanceof MalformedInputError ? `Item ${itemIndex}, field "${error.field}": ` : '';
	return new NodeOperationError(ctx.getNode(), `${prefix}${message}`, {
		...(itemIndex !== undefined ? { itemIndex } : {}),
		...(description ? { description } : {}),
	});
}
