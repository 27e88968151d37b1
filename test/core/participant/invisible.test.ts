import fc from 'fast-check';

import { removeInvisible } from '../../../nodes/core/participant/invisible';
import { normaliseParticipant } from '../../../nodes/core/participant/normalise';

// Every character the issue names, plus a few other Cf characters (Arabic number sign,
// interlinear annotation, a tag character).
const INVISIBLE = [
	...'\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF\u00AD',
	'\u0600',
	'\uFFF9',
	'\u{E0041}',
];

describe('removeInvisible', () => {
	describe('when a text holds format characters', () => {
		it('returns it without any of them', () => {
			expect(removeInvisible(`A${INVISIBLE.join('')}nn`)).toBe('Ann');
		});
	});

	describe('as a property', () => {
		it('leaves no format character and keeps every other character in order', () => {
			fc.assert(
				fc.property(fc.array(fc.oneof(fc.constantFrom(...INVISIBLE), fc.string({ unit: 'grapheme', maxLength: 3 }))), (parts) => {
					const text = parts.join('');
					const cleaned = removeInvisible(text);
					expect(/\p{Cf}/u.test(cleaned)).toBe(false);
					expect(cleaned).toBe([...text].filter((char) => !/\p{Cf}/u.test(char)).join(''));
				}),
			);
		});
	});
});

describe('normaliseParticipant', () => {
	describe('when names and other display texts hold invisible characters', () => {
		it('returns them without, and a right-to-left override no longer turns the name around', () => {
			const result = normaliseParticipant({
				email: 'ann@example.com',
				name: 'Ann \u202Eeel\u202C',
				role: 'mentee',
				department: '\u200BSales\uFEFF',
				skillsWanted: ['s\u00ADql'],
			});
			expect(result.ok && result.participant).toMatchObject({ name: 'Ann eel', department: 'Sales', skillsWanted: ['sql'] });
		});
	});

	describe('when the email is internationalised', () => {
		it('returns it in normal form and uses it as the id', () => {
			const result = normaliseParticipant({ email: 'Zoë.Tanaka@Bücher.example', name: 'Zoë Tanaka', role: 'mentee' });
			expect(result.ok && [result.participant.id, result.participant.email]).toEqual(['zoë.tanaka@bücher.example', 'zoë.tanaka@bücher.example']);
		});
	});
});
