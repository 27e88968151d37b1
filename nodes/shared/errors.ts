import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidOptionError, MalformedInputError, MentorshipError } from '../core/errors';
import type { FieldIssue } from '../core/types';

/*
 * The one error shape of every node in the package:
 *   item problems   `Item N, field "x": <problem>` (N is n8n's 0-based item index; more fields follow as `; field "y": ...`)
 *   parameters      `Parameter "x": <problem>`, or `Item N, parameter "x": <problem>` when the
 *                   parameter's value comes from the item (an expression evaluated per item)
 * What was received and expected goes to the description (and to `reasons` on rejected items),
 * so the message stays one line that names the item and the field.
 */

/** One field problem as a full sentence: `field "x": <problem> (received "v"), expected <e>`. */
export function issueText(issue: FieldIssue): string {
	return `field "${issue.field}": ${issue.problem}${issue.received !== undefined ? ` (received "${issue.received}")` : ''}, expected ${issue.expected}`;
}

/** The message of an item's field problems: `Item N, field "x": <problem>; field "y": <problem>`. */
export function itemMessage(itemIndex: number, issues: FieldIssue[]): string {
	if (issues.length === 0) return `Item ${itemIndex}: cannot be read`;
	return `Item ${itemIndex}, ${issues.map((issue) => `field "${issue.field}": ${issue.problem}`).join('; ')}`;
}

/** The message of a parameter problem: `Parameter "x": <problem>`. */
export function parameterMessage(parameter: string, problem: string): string {
	return `Parameter "${parameter}": ${problem}`;
}

/** The error for a parameter whose value for one item cannot be used: `Item N, parameter "X": <problem>`. */
export function itemParameterError(ctx: IExecuteFunctions, itemIndex: number, parameter: string, problem: string, hint?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}, ${parameterMessage(parameter, problem).replace(/^Parameter/, 'parameter')}`, {
		itemIndex,
		...(hint ? { description: hint } : {}),
	});
}

/**
 * Turns a core error about a per-item parameter value into the error that names the item and
 * the parameter (by its display name in `labels`, keyed by parameter or core field name).
 * Other errors keep their message, prefixed with the item.
 */
export function toItemParameterError(ctx: IExecuteFunctions, error: unknown, itemIndex: number, labels: Readonly<Record<string, string>>): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	if (error instanceof MalformedInputError) {
		const [issue] = error.issues;
		return itemParameterError(ctx, itemIndex, labels[issue.field] ?? issue.field, `${issue.problem}, expected ${issue.expected}`, error.hint);
	}
	if (error instanceof InvalidOptionError) return itemParameterError(ctx, itemIndex, labels[error.option] ?? error.option, error.message, error.hint);
	const hint = error instanceof MentorshipError ? error.hint : undefined;
	return new NodeOperationError(ctx.getNode(), `Item ${itemIndex}: ${error instanceof Error ? error.message : String(error)}`, {
		itemIndex,
		...(hint ? { description: hint } : {}),
	});
}

/** What is wrong with one input item, ready for a Rejected output or an error. */
export interface ItemProblem {
	message: string;
	/** The first field named. */
	field?: string;
	/** Every problem as a sentence with what was received and expected. */
	reasons: string[];
	/** How to fix it. */
	description?: string;
}

/**
 * Describes an error thrown while handling one item in the package's shape.
 *
 * @example describeItemProblem(new MalformedInputError([{ field: 'pairId', problem: 'is missing', expected: 'a pair id' }]), 3).message
 * // 'Item 3, field "pairId": is missing'
 */
export function describeItemProblem(error: unknown, itemIndex: number): ItemProblem {
	const hint = error instanceof MentorshipError ? error.hint : undefined;
	if (error instanceof MalformedInputError && error.issues.length > 0) {
		const reasons = error.issues.map(issueText);
		return {
			message: itemMessage(itemIndex, error.issues),
			field: error.field,
			reasons,
			description: [reasons.map((reason) => `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`).join(' '), hint].filter(Boolean).join(' '),
		};
	}
	if (error instanceof InvalidOptionError) {
		return { message: parameterMessage(error.option, error.message), reasons: [error.message], ...(hint ? { description: hint } : {}) };
	}
	const text = error instanceof Error ? error.message : String(error);
	return { message: `Item ${itemIndex}: ${text}`, reasons: [text], ...(hint ? { description: hint } : {}) };
}

/**
 * Turns anything thrown into the NodeOperationError n8n shows, in the package's shape:
 * item problems name the item and field, parameter problems the parameter; the core's
 * hint becomes the description. A NodeOperationError passes through untouched.
 */
export function toNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex?: number): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	if (itemIndex !== undefined || error instanceof InvalidOptionError) {
		const problem = describeItemProblem(error, itemIndex ?? 0);
		return new NodeOperationError(ctx.getNode(), problem.message, {
			...(itemIndex !== undefined ? { itemIndex } : {}),
			...(problem.description ? { description: problem.description } : {}),
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	const description = error instanceof MentorshipError ? error.hint : undefined;
	return new NodeOperationError(ctx.getNode(), message, { ...(description ? { description } : {}) });
}

/** Whether an error is a problem of the item's data (rejected, the run goes on) rather than of the node's setup. */
export function isItemDataProblem(error: unknown): error is MalformedInputError {
	return error instanceof MalformedInputError;
}

/**
 * The item a Rejected output carries for an input item whose data cannot be used:
 * `error` (the message), `field`, `reasons`, `itemIndex`, plus the caller's fields.
 */
export function rejectedItem(error: unknown, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const problem = describeItemProblem(error, itemIndex);
	return {
		json: { ...extra, error: problem.message, ...(problem.field ? { field: problem.field } : {}), reasons: problem.reasons, itemIndex },
		pairedItem: { item: itemIndex },
	};
}

/**
 * The package's per-item error rule for problems of the setup (parameters, expressions):
 * with "continue on fail" the item becomes an error item (never lost), otherwise the
 * error is thrown naming the item.
 */
export function errorItemOrThrow(ctx: IExecuteFunctions, error: unknown, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const nodeError = toNodeError(ctx, error, itemIndex);
	if (!ctx.continueOnFail()) throw nodeError;
	return {
		json: { ...extra, error: nodeError.message, ...(nodeError.description ? { hint: nodeError.description } : {}), itemIndex },
		pairedItem: { item: itemIndex },
	};
}
