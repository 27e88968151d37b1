import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidOptionError, MalformedInputError, MentorshipError } from '../../core/errors';

/** Display names of parameters, by parameter name or by the core field they feed. */
export type ParameterLabels = Readonly<Record<string, string>>;

/** An error that names the item and the parameter: `Item 2, parameter "Program ID": is empty, ...`. */
export function parameterError(ctx: IExecuteFunctions, itemIndex: number, label: string, message: string, hint?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}, parameter "${label}": ${message}`, {
		itemIndex,
		...(hint ? { description: hint } : {}),
	});
}

/**
 * Turns an error of the links core into one that names the item and the parameter
 * behind the field the core complained about. Other errors keep their message.
 */
export function toParameterError(ctx: IExecuteFunctions, error: unknown, itemIndex: number, labels: ParameterLabels): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	if (error instanceof MalformedInputError) {
		const [issue] = error.issues;
		return parameterError(ctx, itemIndex, labels[issue.field] ?? issue.field, `${issue.problem}, expected ${issue.expected}`, error.hint);
	}
	if (error instanceof InvalidOptionError) return parameterError(ctx, itemIndex, labels[error.option] ?? error.option, error.message, error.hint);
	const hint = error instanceof MentorshipError ? error.hint : undefined;
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${error instanceof Error ? error.message : String(error)}`, {
		itemIndex,
		...(hint ? { description: hint } : {}),
	});
}

/**
 * A text parameter of one item. Expressions may give numbers (a numeric program
 * id), which are read as their text; objects and lists are refused.
 */
export function readText(ctx: IExecuteFunctions, name: string, itemIndex: number, labels: ParameterLabels): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw parameterError(ctx, itemIndex, labels[name] ?? name, `is ${Array.isArray(value) ? 'a list' : typeof value}, not text`, 'Give text, or an expression that gives text (for example {{ $json.programId }})');
}

/** The Current Time parameter as text the core reads; n8n may hand over a Luxon DateTime or a Date. */
export function readNow(ctx: IExecuteFunctions, itemIndex: number): Date | string {
	const value = ctx.getNodeParameter('now', itemIndex, '') as unknown;
	if (value instanceof Date || typeof value === 'string') return value;
	const toISO = (value as { toISO?: () => string } | null)?.toISO;
	return typeof toISO === 'function' ? toISO.call(value) : String(value);
}
