/*
 * When to retry a rate-limited (HTTP 429) request.
 * Personio: 429 on GET /company/employees above 300 requests a minute; retry after
 * at least one second. https://developer.personio.de/changelog/rate-limits-on-get-employees-endpoint-may-6-2024
 * HiBob: 429 with X-RateLimit-Limit / -Remaining / -Reset (Unix epoch seconds);
 * retry after the reset. https://apidocs.hibob.com/docs/rate-limit
 * Both honour the standard Retry-After header (seconds or an HTTP date), which
 * takes precedence when present. https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */

/** Options of {@link rateLimitDelay}. */
export interface RateLimitDelayOptions {
	/** Which retry this would be, from 1. */
	attempt: number;
	/** Retries allowed in all; past this the caller gives up. */
	maxRetries: number;
	/** Response headers, names in any case. */
	headers: Record<string, unknown>;
	/** The current time in milliseconds since the epoch (passed in: the core reads no clock). */
	nowMs: number;
	/** Wait before the first retry when the response says nothing; doubled each retry. Default 1,000 ms. */
	baseDelayMs?: number;
	/** Longest wait, whatever the server asks. Default 60,000 ms (Personio's auth cool-down). */
	maxDelayMs?: number;
}

/**
 * Milliseconds to wait before retrying a 429 response, or undefined when the
 * retries are used up.
 *
 * @example rateLimitDelay({ attempt: 1, maxRetries: 5, headers: { 'retry-after': '2' }, nowMs: 0 }) // 2000
 */
export function rateLimitDelay(options: RateLimitDelayOptions): number | undefined {
	if (options.attempt > options.maxRetries) return undefined;
	const maxDelay = options.maxDelayMs ?? 60_000;
	const headers = lowerCaseKeys(options.headers);
	const clamp = (ms: number) => Math.min(Math.max(0, Math.ceil(ms)), maxDelay);

	const retryAfter = headerText(headers['retry-after']);
	if (retryAfter !== undefined) {
		if (/^\d+(\.\d+)?$/.test(retryAfter)) return clamp(Number(retryAfter) * 1000);
		const at = Date.parse(retryAfter);
		if (!Number.isNaN(at)) return clamp(at - options.nowMs);
	}
	const reset = headerText(headers['x-ratelimit-reset']);
	if (reset !== undefined && /^\d+(\.\d+)?$/.test(reset)) {
		const value = Number(reset);
		// An epoch time is a large number; some gateways send the seconds left instead.
		return clamp(value > 1e9 ? value * 1000 - options.nowMs : value * 1000);
	}
	return clamp((options.baseDelayMs ?? 1000) * 2 ** (options.attempt - 1));
}

function lowerCaseKeys(headers: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}

function headerText(value: unknown): string | undefined {
	const first = Array.isArray(value) ? value[0] : value;
	if (typeof first === 'number') return String(first);
	return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}
