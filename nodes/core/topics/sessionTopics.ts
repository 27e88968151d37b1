import type { TopicBank } from './topicBank';

/** What one session talks about. */
export interface SessionTopic {
	topic: string;
	/** Only for the first session: questions to break the ice. */
	icebreakers?: string[];
}

/** Options of {@link sessionTopic}. */
export interface SessionTopicOptions {
	bank: TopicBank;
	/** Seeds where in the bank this pair starts, so pairs of one program differ. */
	pairId: string;
	/** 1-based session number. */
	sessionNumber: number;
	/** Icebreakers the kick-off gets. Default 3. */
	icebreakerCount?: number;
}

/** FNV-1a: a small stable string hash, the same on every machine. */
export function stableHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * The topic of a pair's session. Session 1 is the kick-off with icebreakers; from
 * session 2 on the pair walks through the bank from a starting point of its own, so
 * no topic repeats until every topic was used, and then the round starts again.
 *
 * @example sessionTopic({ bank, pairId: 'p1', sessionNumber: 1 }).icebreakers?.length // 3
 */
export function sessionTopic(options: SessionTopicOptions): SessionTopic {
	const { bank, pairId, sessionNumber } = options;
	const seed = stableHash(pairId);
	if (sessionNumber <= 1) {
		const count = Math.min(options.icebreakerCount ?? 3, bank.icebreakers.length);
		const icebreakers: string[] = [];
		for (let i = 0; i < count; i++) icebreakers.push(bank.icebreakers[(seed + i) % bank.icebreakers.length]);
		return { topic: bank.kickOff, icebreakers };
	}
	const topics = bank.topics;
	return { topic: topics[(seed + sessionNumber - 2) % topics.length] };
}
