import fc from 'fast-check';
import ical from 'node-ical';

import { pairCalendarFile } from '../../../nodes/core/ics/pairCalendarFile';
import { escapeIcsText, foldIcsLine } from '../../../nodes/core/ics/text';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('foldIcsLine', () => {
	describe('for any line', () => {
		it('returns lines of at most 75 octets that unfold to the original', () => {
			fc.assert(
				fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
					const line = `DESCRIPTION:${value.replace(/[\r\n]/g, '')}`;
					const folded = foldIcsLine(line);
					for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
					// Unfolding (RFC 5545 3.1) removes CRLF plus one space; no character was split.
					expect(folded.replace(/\r\n /g, '')).toBe(line);
				}),
			);
		});
	});

	describe('when a multi-byte character straddles octet 75', () => {
		it('returns it whole on the next line', () => {
			// 74 ASCII octets then "é" (2 octets): it would end at octet 76, so it starts the continuation.
			const folded = foldIcsLine(`${'x'.repeat(74)}é`);
			expect(folded).toBe(`${'x'.repeat(74)}\r\n é`);
		});
	});
});

describe('escapeIcsText', () => {
	it('returns backslash, semicolon, comma and newline escaped', () => {
		expect(escapeIcsText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
	});
});

describe('pairCalendarFile', () => {
	const text = pairCalendarFile({
		pairId: 'pair 1',
		stamp: Date.parse('2026-03-02T00:00:00Z'),
		calendarName: 'Mentoring: Ann & Bo',
		organizer: { name: 'de Vries, Ann', email: 'ann@example.com' },
		attendees: [
			{ name: 'de Vries, Ann', email: 'ann@example.com' },
			{ name: 'Bo', email: 'bo@example.com' },
		],
		sessions: [
			{ number: 1, start: Date.parse('2026-03-03T14:00:00Z'), end: Date.parse('2026-03-03T14:45:00Z'), summary: 'Kick-off; hello, world', description: `Line one\nLine two ${'ü'.repeat(80)}` },
			{ number: 2, start: Date.parse('2026-03-10T13:00:00Z'), end: Date.parse('2026-03-10T13:45:00Z'), summary: 'Session 2', description: 'Topic' },
		],
		allDayEvents: [{ key: 'midpoint-survey', date: '2026-03-23', summary: 'Mid-point survey', description: '' }],
	});

	it('returns CRLF line endings only', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('returns events that an independent parser reads back with their times, texts and UIDs', () => {
		const events = Object.values(ical.sync.parseICS(text)).filter((component) => component.type === 'VEVENT') as ical.VEvent[];
		const sessions = events.filter((event) => String(event.uid).includes('session'));
		expect(sessions.map((event) => [event.uid, (event.start as Date).toISOString(), (event.end as Date).toISOString(), event.summary])).toEqual([
			['pair=201-session-1@n8n-nodes-mentorship', '2026-03-03T14:00:00.000Z', '2026-03-03T14:45:00.000Z', 'Kick-off; hello, world'],
			['pair=201-session-2@n8n-nodes-mentorship', '2026-03-10T13:00:00.000Z', '2026-03-10T13:45:00.000Z', 'Session 2'],
		]);
		expect(sessions[0].description).toBe(`Line one\nLine two ${'ü'.repeat(80)}`);
		expect(events.some((event) => String(event.uid).includes('midpoint-survey'))).toBe(true);
	});

	it('returns the same file for the same input (stable UID and DTSTAMP)', () => {
		expect(text).toContain('DTSTAMP:20260302T000000Z');
		expect(text.match(/^UID:.*$/gm)).toHaveLength(3);
	});
});
