import { closeEdges, isolateNetwork } from './edges';
import type { LoopbackSmtp } from './smtp';
import { startSmtp } from './smtp';

/**
 * The three cases every template's language test runs (issue 16 part 4): the person's own
 * language first, else the program's default.
 */
export const LANGUAGE_CASES = [
	{ when: 'when the person speaks Dutch (languages ["nl"]) in a program whose default is English', languages: 'nl', programLanguage: 'en', expected: 'nl' },
	{ when: 'when the person speaks German only, in a program whose default is Dutch', languages: 'de', programLanguage: 'nl', expected: 'nl' },
	{ when: 'when the person speaks German only, in a program whose default is English', languages: 'de', programLanguage: 'en', expected: 'en' },
] as const;

export type LanguageCase = (typeof LANGUAGE_CASES)[number];

/**
 * The outside world of a language test: no network, and a loopback mail server per test
 * (registers its own beforeEach and afterEach). Returns the current test's mail server.
 */
export function loopbackMailPerTest(): () => LoopbackSmtp {
	let smtp: LoopbackSmtp;
	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
	});
	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});
	return () => smtp;
}
