import { MalformedInputError } from '../errors';
import { LINK_LIMITS } from './limits';

export interface BuildLinkUrlOptions {
	/** The form or webhook URL the link opens, with or without a query already. */
	baseUrl: string;
	token: string;
	/** Name of the query parameter that carries the token, `token` by default. */
	queryParameter?: string;
}

function hasNoSpace(text: string): boolean {
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) <= 32) return false;
	return true;
}

function isParameterName(text: string): boolean {
	if (text.length === 0 || text.length > LINK_LIMITS.queryParameterLength) return false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const ok = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 95 || code === 46;
		if (!ok) return false;
	}
	return true;
}

/**
 * The link a person clicks: the base URL with the token as a query parameter, added
 * with `&` when the URL already has a query, and before any `#fragment`.
 *
 * @example buildLinkUrl({ baseUrl: 'https://n8n.example/form/check-in?lang=nl', token: 'abc.def' })
 * // 'https://n8n.example/form/check-in?lang=nl&token=abc.def'
 */
export function buildLinkUrl(options: BuildLinkUrlOptions): string {
	const { baseUrl, token } = options;
	const parameter = options.queryParameter ?? 'token';
	if (typeof baseUrl !== 'string' || baseUrl.length > LINK_LIMITS.urlLength || !/^https?:\/\/[^/?#]/i.test(baseUrl) || !hasNoSpace(baseUrl)) {
		throw new MalformedInputError([
			{ field: 'baseUrl', problem: 'is not a web address', expected: `an http(s) URL without spaces, at most ${LINK_LIMITS.urlLength} characters, e.g. https://n8n.example.com/form/check-in` },
		]);
	}
	if (!isParameterName(parameter)) {
		throw new MalformedInputError([
			{ field: 'queryParameter', problem: 'is not a query parameter name', expected: `letters, digits, -, _ or ., at most ${LINK_LIMITS.queryParameterLength}` },
		]);
	}
	const hash = baseUrl.indexOf('#');
	const address = hash === -1 ? baseUrl : baseUrl.slice(0, hash);
	const fragment = hash === -1 ? '' : baseUrl.slice(hash);
	const separator = !address.includes('?') ? '?' : address.endsWith('?') || address.endsWith('&') ? '' : '&';
	// Tokens are base64url plus one dot: safe in a query without escaping.
	return `${address}${separator}${parameter}=${token}${fragment}`;
}
