import fc from 'fast-check';

import { normaliseParticipant } from '../../../nodes/core/participant/normalise';
import { parseIsoDate } from '../../../nodes/core/participant/dates';
import { canonicalTimeZone } from '../../../nodes/core/participant/timeZone';
import { participantSchema } from '../../../nodes/core/participant/schema';
import { normaliseTags } from '../../../nodes/core/text/tags';
import { parseBoolean, parseNumber } from '../../../nodes/core/text/values';

describe('normaliseParticipant', () => {
	describe('when every field is given in a messy but readable form', () => {
		it('returns the canonical participant', () => {
			const result = normaliseParticipant({
				id: ' E-17 ',
				email: ' Ann.Lee@Example.COM ',
				name: '  Ann   Lee ',
				role: 'I would like to be a mentor',
				department: 'Engineering',
				level: 'L5',
				managerId: 'Boss@Example.com',
				timezone: 'america/new_york',
				languages: 'English, Nederlands, en',
				skillsOffered: ['Go', ' go ', 'Public  Speaking'],
				skillsWanted: '',
				goals: 'Leadership\nHiring',
				interests: ['Chess'],
				capacity: '3',
				nominations: 'x@example.com; E-9',
				exclusions: [],
				hireDate: '01/03/2020',
				consent: 'Ja',
				answers: { Motivation: 'Pay it forward', Extra: undefined },
			});
			// Every expected value worked out from the normalisation rules by hand.
			expect(result).toEqual({
				ok: true,
				participant: {
					id: 'E-17',
					email: 'ann.lee@example.com',
					name: 'Ann Lee',
					role: 'mentor',
					department: 'Engineering',
					level: 5,
					managerId: 'boss@example.com',
					timezone: 'America/New_York',
					languages: ['en', 'nl'],
					skillsOffered: ['go', 'public speaking'],
					skillsWanted: [],
					goals: ['leadership', 'hiring'],
					interests: ['chess'],
					capacity: 3,
					nominations: ['x@example.com', 'E-9'],
					exclusions: [],
					hireDate: '2020-03-01',
					consent: true,
					answers: { Motivation: 'Pay it forward' },
				},
			});
		});
	});

	describe('when several fields are wrong', () => {
		it('reports every problem at once with field, problem and expectation', () => {
			const result = normaliseParticipant({ email: 'nope', role: 'pilot', capacity: 'two', timezone: 'Europe/Atlantis' });
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.issues.map((issue) => issue.field)).toEqual(['email', 'name', 'role', 'timezone', 'capacity']);
			for (const issue of result.issues) expect(issue.expected).not.toBe('');
		});
	});

	describe('when a name is a short name padded with a megabyte of blanks', () => {
		it('refuses it by its posted length, naming the field', () => {
			const result = normaliseParticipant({ email: 'ann@example.com', name: `Ann${' '.repeat(1_000_000)}`, role: 'mentee', consent: true }, {});
			expect(result.ok).toBe(false);
			expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.problem, issue.expected])).toEqual([
				['name', 'is 1000003 characters long', 'at most 200 characters'],
			]);
		});
	});

	describe('when role and program are missing but defaults are given', () => {
		it('uses the defaults and falls back to the email as id', () => {
			const result = normaliseParticipant({ email: 'p@x.nl', name: 'P' }, { defaultRole: 'both', programId: 'coffee' });
			expect(result.ok && result.participant).toMatchObject({ id: 'p@x.nl', role: 'both', programId: 'coffee', consent: false, capacity: 1 });
		});
	});

	describe('for any input', () => {
		it('either returns a participant the schema accepts or reports at least one issue, never throws', () => {
			fc.assert(
				fc.property(fc.dictionary(fc.constantFrom('id', 'email', 'name', 'role', 'level', 'capacity', 'timezone', 'languages', 'skillsOffered', 'hireDate', 'consent', 'managerId'), fc.anything()), (draft) => {
					const result = normaliseParticipant(draft);
					if (result.ok) expect(participantSchema.safeParse(result.participant).success).toBe(true);
					else expect(result.issues.length).toBeGreaterThan(0);
				}),
				{ numRuns: 500, seed: 1 },
			);
		});
	});
});

describe('normaliseTags', () => {
	it('is idempotent and leaves no duplicates, blanks or capitals', () => {
		fc.assert(
			fc.property(fc.oneof(fc.array(fc.string()), fc.string()), (value) => {
				const tags = normaliseTags(value);
				expect(normaliseTags(tags)).toEqual(tags);
				expect(new Set(tags).size).toBe(tags.length);
				for (const tag of tags) {
					expect(tag).toBe(tag.trim());
					expect(tag).not.toBe('');
					expect(tag).toBe(tag.toLowerCase());
				}
			}),
			{ numRuns: 500, seed: 2 },
		);
	});
});

describe('parseIsoDate', () => {
	it('agrees with the calendar for every day-first and ISO spelling of a real date', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
				const iso = date.toISOString().slice(0, 10);
				const [y, m, d] = iso.split('-');
				expect(parseIsoDate(iso)).toBe(iso);
				expect(parseIsoDate(`${d}-${m}-${y}`)).toBe(iso);
				expect(parseIsoDate(`${d}/${m}/${y}`)).toBe(iso);
				expect(parseIsoDate(`${date.toISOString()}`)).toBe(iso);
			}),
			{ numRuns: 300, seed: 3 },
		);
	});

	it('refuses impossible dates', () => {
		expect(parseIsoDate('2023-02-29')).toBeUndefined();
		expect(parseIsoDate('31-04-2024')).toBeUndefined();
		expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
	});
});

describe('canonicalTimeZone', () => {
	it('canonicalises known zones and refuses unknown ones and offsets', () => {
		expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
		expect(canonicalTimeZone('UTC')).toBe('UTC');
		expect(canonicalTimeZone('Mars/Base')).toBeUndefined();
		expect(canonicalTimeZone('+02:00')).toBeUndefined();
	});
});

describe('parseBoolean and parseNumber', () => {
	it('read yes/no and numbers the way forms send them', () => {
		expect([parseBoolean('Ja'), parseBoolean('nee'), parseBoolean('I agree to the terms'), parseBoolean(['ticked']), parseBoolean('maybe')]).toEqual([true, false, true, true, undefined]);
		expect([parseNumber('3,5'), parseNumber(' 4 '), parseNumber('4a'), parseNumber(Infinity)]).toEqual([3.5, 4, undefined, undefined]);
	});
});
