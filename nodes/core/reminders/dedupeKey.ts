import type { MessageKind } from '../messages/defaultTemplates';
import type { RecipientRole } from './types';

/** Options of {@link reminderDedupeKey}. */
export interface DedupeKeyOptions {
	pairId: string;
	kind: MessageKind;
	recipientRole: RecipientRole;
	/** What makes this reminder unique within the pair and kind (session time and lead, survey date...). */
	occasion: string;
}

/**
 * The key that identifies a reminder in every run: pair, kind, occasion and recipient.
 * Session reminders name the session's start, so a plan that moves a session gives
 * its new time a new reminder instead of silently keeping the old one as sent.
 *
 * @example reminderDedupeKey({ pairId: 'p1', kind: 'sessionReminder', recipientRole: 'mentee', occasion: '3@20260317T140000Z-1440m' })
 * // 'p1|sessionReminder|3@20260317T140000Z-1440m|mentee'
 */
export function reminderDedupeKey(options: DedupeKeyOptions): string {
	return `${options.pairId}|${options.kind}|${options.occasion}|${options.recipientRole}`;
}

/** A compact UTC stamp for keys, e.g. `20260317T140000Z`. */
export function compactUtc(ms: number): string {
	return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
