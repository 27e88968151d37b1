import type { IDataObject } from 'n8n-workflow';

import { LINK_LIMITS } from '../../core/links';

/** How deep a token is looked for: `token`, `query.token`, `body.data.token`. */
const MAX_DEPTH = 3;

function replaceToken(value: unknown, token: string, note: string, depth: number): unknown {
	if (value === token) return note;
	if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) return value.map((entry) => replaceToken(entry, token, note, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, replaceToken(entry, token, note, depth + 1)]));
}

/**
 * The input item's fields with an oversized token replaced by a short note, so a
 * 1 MB "token" posted to a form is not copied into every later node and the
 * execution log. Tokens within the limit, and everything else, are kept.
 */
export function withoutOversizedToken(json: IDataObject, token: unknown): IDataObject {
	if (typeof token !== 'string' || token.length <= LINK_LIMITS.tokenLength) return json;
	const note = `[token removed: ${token.length} characters, more than the ${LINK_LIMITS.tokenLength} a link may carry]`;
	return replaceToken(json, token, note, 0) as IDataObject;
}
