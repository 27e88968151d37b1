/** Program kinds with a built-in topic bank. */
export type TopicBankKind = 'mentoring' | 'reverse' | 'buddy' | 'peer' | 'career' | 'life';

export const TOPIC_BANK_KINDS: readonly TopicBankKind[] = ['mentoring', 'reverse', 'buddy', 'peer', 'career', 'life'];

/** Languages the built-in banks and messages come in. */
export type Language = 'en' | 'nl';

export const LANGUAGES: readonly Language[] = ['en', 'nl'];

/** One language's banks: conversation topics per program kind, and kick-off icebreakers. */
export interface TopicBankSet {
	topics: Record<TopicBankKind, readonly string[]>;
	icebreakers: readonly string[];
	/** Topic of the first session. */
	kickOff: string;
}
