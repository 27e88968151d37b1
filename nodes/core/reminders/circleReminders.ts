import { circleAsPair } from '../scheduling/planCircle';
import type { SchedulingCircle } from '../scheduling/readCircle';
import type { SchedulingPair } from '../scheduling/types';
import type { PairRemindersOptions } from './pairReminders';
import { pairRemindersInWindow } from './pairReminders';
import type { ReminderCandidate } from './types';

/** A reminder to one member of a circle, with the pair it is rendered from. */
export interface CircleReminder {
	reminder: ReminderCandidate;
	/** Mentor and circle (for the mentor), or mentor and this mentee (for a mentee), under the circle's id. */
	pair: SchedulingPair;
	/** The pair id the member's reminder is logged under: the circle's for the mentor, the mentee's own pair's for a mentee. */
	memberPairId: string;
}

/** Options of {@link circleRemindersInWindow}: those of a pair, with a circle in place of the pair. */
export type CircleRemindersOptions = Omit<PairRemindersOptions, 'pair'> & { circle: SchedulingCircle };

/**
 * Every reminder of one circle that falls due in a window, one per member: the
 * mentor's (partner: the circle) and each mentee's (partner: the mentor). All share
 * the circle's sessions and topics. A mentee's dedupe key ends in their own pair id,
 * so the sent log tells the members apart.
 *
 * @example
 * circleRemindersInWindow({ circle, settings, calendar, from, to, leadMinutes: [60], nudgeAfterWeeks: 0, kinds, format }).length
 * // (mentees + 1) × reminders due in the window
 */
export function circleRemindersInWindow(options: CircleRemindersOptions): CircleReminder[] {
	const { circle, ...window } = options;
	const shared = circleAsPair(circle);
	const found: CircleReminder[] = pairRemindersInWindow({ ...window, pair: shared })
		.filter((reminder) => reminder.recipientRole === 'mentor')
		.map((reminder) => ({ reminder, pair: shared, memberPairId: circle.circleId }));
	for (const mentee of circle.mentees) {
		const pair: SchedulingPair = { ...shared, mentee };
		for (const reminder of pairRemindersInWindow({ ...window, pair })) {
			if (reminder.recipientRole !== 'mentee') continue;
			found.push({ reminder: { ...reminder, dedupeKey: `${reminder.dedupeKey}:${mentee.pairId}` }, pair, memberPairId: mentee.pairId });
		}
	}
	return found;
}
