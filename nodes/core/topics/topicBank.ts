import { InvalidOptionError } from '../errors';
import { DUTCH_BANKS } from './banksDutch';
import { ENGLISH_BANKS } from './banksEnglish';
import type { Language, TopicBankKind, TopicBankSet } from './types';
import { LANGUAGES, TOPIC_BANK_KINDS } from './types';

/** A topic bank resolved for one program: what each session talks about. */
export interface TopicBank {
	topics: readonly string[];
	icebreakers: readonly string[];
	kickOff: string;
}

/** Options of {@link resolveTopicBank}. */
export interface ResolveTopicBankOptions {
	/** A built-in program kind, or `custom` to use `customTopics`. */
	kind: TopicBankKind | 'custom';
	language: Language;
	/** The user's own topics, used when `kind` is `custom`. */
	customTopics?: string[];
}

const BANKS: Record<Language, TopicBankSet> = { en: ENGLISH_BANKS, nl: DUTCH_BANKS };

/**
 * The topic bank a program uses: a built-in bank per program kind and language, or
 * the user's own list (icebreakers still come from the built-in set).
 *
 * @example resolveTopicBank({ kind: 'buddy', language: 'nl' }).topics[0] // 'Hoe je eerste week ging'
 */
export function resolveTopicBank(options: ResolveTopicBankOptions): TopicBank {
	if (!LANGUAGES.includes(options.language)) {
		throw new InvalidOptionError('language', `Language "${options.language}" has no built-in texts`, `Use one of ${LANGUAGES.join(', ')}`);
	}
	const set = BANKS[options.language];
	if (options.kind === 'custom') {
		const topics = (options.customTopics ?? []).map((topic) => topic.trim()).filter((topic) => topic !== '');
		if (topics.length === 0) {
			throw new InvalidOptionError('customTopics', 'The custom topic list is empty', 'Add at least one topic, or choose a built-in topic bank');
		}
		return { topics, icebreakers: set.icebreakers, kickOff: set.kickOff };
	}
	if (!TOPIC_BANK_KINDS.includes(options.kind)) {
		throw new InvalidOptionError('topicBank', `Topic bank "${options.kind}" does not exist`, `Use one of ${TOPIC_BANK_KINDS.join(', ')} or custom`);
	}
	return { topics: set.topics[options.kind], icebreakers: set.icebreakers, kickOff: set.kickOff };
}
