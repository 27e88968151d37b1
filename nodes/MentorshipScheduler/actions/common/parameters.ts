import type { IExecuteFunctions, NodeParameterValueType } from 'n8n-workflow';

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

/** Reads a parameter for an item. */
export type ParameterReader = <T>(name: string, itemIndex: number, fallback: T) => T;

/**
 * Reads parameters per item, but resolves a parameter that holds no expression only
 * once: for 10,000 items, n8n's per-item resolution is slower than the scheduling.
 */
export function createParameterReader(context: IExecuteFunctions): ParameterReader {
	const raw = context.getNode().parameters;
	const fixed = new Map<string, unknown>();
	return <T>(name: string, itemIndex: number, fallback: T): T => {
		if (holdsExpression(raw[name])) return context.getNodeParameter(name, itemIndex, fallback as NodeParameterValueType) as T;
		if (!fixed.has(name)) fixed.set(name, context.getNodeParameter(name, 0, fallback as NodeParameterValueType));
		return fixed.get(name) as T;
	};
}
