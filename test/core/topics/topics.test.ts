import fc from 'fast-check';

import { InvalidOptionError } from '../../../nodes/core/errors';
import { sessionTopic } from '../../../nodes/core/topics/sessionTopics';
import { resolveTopicBank } from '../../../nodes/core/topics/topicBank';
import { LANGUAGES, TOPIC_BANK_KINDS } from '../../../nodes/core/topics/types';

describe('resolveTopicBank', () => {
	describe('for every built-in kind and language', () => {
		it.each(TOPIC_BANK_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))(
			'returns at least 12 distinct %s topics in %s and kick-off icebreakers',
			(kind, language) => {
				const bank = resolveTopicBank({ kind, language });
				expect(new Set(bank.topics).size).toBe(bank.topics.length);
				expect(bank.topics.length).toBeGreaterThanOrEqual(12);
				expect(bank.icebreakers.length).toBeGreaterThanOrEqual(3);
			},
		);
	});

	describe('when the program uses its own topics', () => {
		it('returns them without blank lines', () => {
			expect(resolveTopicBank({ kind: 'custom', language: 'en', customTopics: ['Goals', ' ', 'Feedback'] }).topics).toEqual(['Goals', 'Feedback']);
		});

		it('throws when the list is empty', () => {
			expect(() => resolveTopicBank({ kind: 'custom', language: 'en', customTopics: [] })).toThrow(InvalidOptionError);
		});
	});
});

describe('sessionTopic', () => {
	const bank = resolveTopicBank({ kind: 'custom', language: 'en', customTopics: ['A', 'B', 'C', 'D', 'E'] });

	describe('for the first session', () => {
		it('returns the kick-off with three icebreakers', () => {
			const first = sessionTopic({ bank, pairId: 'p1', sessionNumber: 1 });
			expect(first.topic).toBe(bank.kickOff);
			expect(new Set(first.icebreakers).size).toBe(3);
		});
	});

	describe('for later sessions of any pair', () => {
		it('returns no repeat until the bank is used up, then the same round again', () => {
			fc.assert(
				fc.property(fc.string(), (pairId) => {
					const topics = Array.from({ length: 10 }, (_, i) => sessionTopic({ bank, pairId, sessionNumber: i + 2 }).topic);
					// Sessions 2-6 use each of the five topics once; sessions 7-11 repeat that order.
					expect(new Set(topics.slice(0, 5)).size).toBe(5);
					expect(topics.slice(5)).toEqual(topics.slice(0, 5));
				}),
			);
		});
	});
});
