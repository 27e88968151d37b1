import fc from 'fast-check';

import type { LinkClaims } from '../../../nodes/core/links';

export const SECRET = 'correct horse battery staple, 32+ characters';
export const OTHER_SECRET = 'another secret of well over thirty-two chars';

/** 2026-03-03T09:00:00Z in epoch seconds (Date.parse by hand: 1772528400000 ms). */
export const MARCH_3_9AM = 1772528400;

export const CLAIMS: LinkClaims = {
	programId: 'p1',
	subject: 'pair-7',
	person: 'ann@example.com',
	role: 'mentee',
	purpose: 'checkIn',
	expiresAt: MARCH_3_9AM,
};

/** ISO text for epoch seconds. */
export const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Any claim text: any code points, 1 to 40 of them (so every token fits the 2048 limit). */
const claimText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });

export const anyClaims: fc.Arbitrary<LinkClaims> = fc.record({
	programId: claimText,
	subject: claimText,
	person: claimText,
	role: claimText,
	purpose: fc.string({ unit: fc.constantFrom(...BASE64URL.slice(0, 62)), minLength: 1, maxLength: 32 }),
	expiresAt: fc.integer({ min: 1, max: 4_102_444_800 }),
});

/** A character a token could hold, or something else entirely. */
export const anyReplacement = fc.oneof(fc.constantFrom(...`${BASE64URL}.`), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
