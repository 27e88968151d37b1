import fc from 'fast-check';

import { rateLimitDelay } from '../../../nodes/core/hris/retry';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);

describe('rateLimitDelay', () => {
	describe('when the response says how long to wait', () => {
		it('returns Retry-After seconds in milliseconds', () => {
			expect(rateLimitDelay({ attempt: 1, maxRetries: 5, headers: { 'Retry-After': '2' }, nowMs: NOW })).toBe(2000);
		});

		it('returns the time until a Retry-After date', () => {
			const headers = { 'retry-after': 'Fri, 27 Nov 2026 10:00:03 GMT' };
			expect(rateLimitDelay({ attempt: 1, maxRetries: 5, headers, nowMs: NOW })).toBe(3000);
		});

		it('returns the time until HiBob\'s X-RateLimit-Reset epoch', () => {
			const headers = { 'X-RateLimit-Reset': String(NOW / 1000 + 7) };
			expect(rateLimitDelay({ attempt: 1, maxRetries: 5, headers, nowMs: NOW })).toBe(7000);
		});

		it('returns no wait when the reset time has passed', () => {
			expect(rateLimitDelay({ attempt: 1, maxRetries: 5, headers: { 'x-ratelimit-reset': '1000000001' }, nowMs: NOW })).toBe(0);
		});

		it('caps a long wait at the maximum', () => {
			expect(rateLimitDelay({ attempt: 1, maxRetries: 5, headers: { 'retry-after': '3600' }, nowMs: NOW })).toBe(60_000);
		});
	});

	describe('when the response says nothing', () => {
		it('waits one second, then doubles, as Personio asks for at least a second', () => {
			const delays = [1, 2, 3, 4].map((attempt) => rateLimitDelay({ attempt, maxRetries: 5, headers: {}, nowMs: NOW }));
			expect(delays).toEqual([1000, 2000, 4000, 8000]);
		});
	});

	describe('when the retries are used up', () => {
		it('returns undefined', () => {
			expect(rateLimitDelay({ attempt: 3, maxRetries: 2, headers: { 'retry-after': '0' }, nowMs: NOW })).toBeUndefined();
		});
	});

	describe('for any headers', () => {
		it('returns a whole number of milliseconds between zero and the maximum', () => {
			const header = fc.oneof(fc.string(), fc.nat().map(String), fc.date().map((date) => date.toUTCString()));
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 10 }), header, header, (attempt, retryAfter, reset) => {
					const delay = rateLimitDelay({
						attempt,
						maxRetries: 10,
						headers: { 'Retry-After': retryAfter, 'X-RateLimit-Reset': reset },
						nowMs: NOW,
					});
					expect(Number.isInteger(delay)).toBe(true);
					expect(delay).toBeGreaterThanOrEqual(0);
					expect(delay).toBeLessThanOrEqual(60_000);
				}),
			);
		});
	});
});
