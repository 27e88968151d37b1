import type { IExecuteFunctions } from 'n8n-workflow';

import { itemParameterError } from '../../shared/errors';

/** Display names of parameters, by parameter name or by the core field they feed. */
export type ParameterLabels = Readonly<Record<string, string>>;

/**
 * A text parameter of one item. Expressions may give numbers (a numeric program
 * id), which are read as their text; objects and lists are refused.
 */
export function readText(ctx: IExecuteFunctions, name: string, itemIndex: number, labels: ParameterLabels): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw itemParameterError(ctx, itemIndex, labels[name] ?? name, `is ${Array.isArray(value) ? 'a list' : typeof value}, not text`, 'Give text, or an expression that gives text (for example {{ $json.programId }})');
}

/** The Current Time parameter as text the core reads; n8n may hand over a Luxon DateTime or a Date. */
export function readNow(ctx: IExecuteFunctions, itemIndex: number): Date | string {
	const value = ctx.getNodeParameter('now', itemIndex, '') as unknown;
	if (value instanceof Date || typeof value === 'string') return value;
	const toISO = (value as { toISO?: () => string } | null)?.toISO;
	return typeof toISO === 'function' ? toISO.call(value) : String(value);
}
