import { InvalidOptionError, MalformedInputError } from '../../../nodes/core/errors';
import { buildLinkUrl, linkExpiresAt } from '../../../nodes/core/links';
import { MARCH_3_9AM } from './fixtures';

describe('buildLinkUrl', () => {
	describe('when the base URL has no query', () => {
		it('returns the URL with ?token=', () => {
			expect(buildLinkUrl({ baseUrl: 'https://n8n.example.com/form/check-in', token: 'abc.def' })).toBe(
				'https://n8n.example.com/form/check-in?token=abc.def',
			);
		});
	});

	describe('when the base URL already has a query', () => {
		it('returns the URL with &token=', () => {
			expect(buildLinkUrl({ baseUrl: 'https://n8n.example.com/form/x?lang=nl', token: 'abc.def' })).toBe(
				'https://n8n.example.com/form/x?lang=nl&token=abc.def',
			);
		});

		it('adds no second separator after a trailing ? or &', () => {
			expect(buildLinkUrl({ baseUrl: 'https://a.example/x?', token: 't.s' })).toBe('https://a.example/x?token=t.s');
			expect(buildLinkUrl({ baseUrl: 'https://a.example/x?a=1&', token: 't.s' })).toBe('https://a.example/x?a=1&token=t.s');
		});
	});

	describe('when the base URL has a fragment', () => {
		it('returns the token before the fragment', () => {
			expect(buildLinkUrl({ baseUrl: 'https://a.example/x#top', token: 't.s', queryParameter: 'link' })).toBe('https://a.example/x?link=t.s#top');
		});
	});

	describe('when the base URL or parameter cannot be used', () => {
		it.each([
			['', 'baseUrl'],
			['ftp://a.example/x', 'baseUrl'],
			['https://a.example/x y', 'baseUrl'],
			[`https://a.example/${'x'.repeat(2048)}`, 'baseUrl'],
		])('throws MalformedInputError for %j', (baseUrl, field) => {
			expect(() => buildLinkUrl({ baseUrl, token: 't.s' })).toThrow(expect.objectContaining({ field }));
			expect(() => buildLinkUrl({ baseUrl, token: 't.s' })).toThrow(MalformedInputError);
		});

		it('throws for a query parameter with characters that need escaping', () => {
			expect(() => buildLinkUrl({ baseUrl: 'https://a.example', token: 't.s', queryParameter: 'a&b' })).toThrow(
				expect.objectContaining({ field: 'queryParameter' }),
			);
		});
	});
});

describe('linkExpiresAt', () => {
	describe('when a link is valid for 30 days from 3 March 09:00 UTC', () => {
		it('returns 2 April 09:00 UTC in epoch seconds', () => {
			// 30 × 86400 = 2 592 000 seconds after 1 772 528 400.
			expect(linkExpiresAt({ now: '2026-03-03T09:00:00Z', validForDays: 30 })).toBe(MARCH_3_9AM + 2_592_000);
		});
	});

	describe('when the validity is half a day from a time with milliseconds', () => {
		it('returns twelve hours later, in whole seconds', () => {
			expect(linkExpiresAt({ now: new Date('2026-03-03T09:00:00.700Z'), validForDays: 0.5 })).toBe(MARCH_3_9AM + 43_200);
		});
	});

	describe('when the validity or the time cannot be used', () => {
		it.each([0, -1, Number.NaN, 3661])('throws InvalidOptionError for %p days', (validForDays) => {
			expect(() => linkExpiresAt({ now: '2026-03-03T09:00:00Z', validForDays })).toThrow(InvalidOptionError);
		});

		it('throws naming now for a time that is not one', () => {
			expect(() => linkExpiresAt({ now: 'soon', validForDays: 1 })).toThrow(expect.objectContaining({ option: 'now' }));
		});
	});
});
