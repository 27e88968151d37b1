import fc from 'fast-check';

import { pairRemindersInWindow } from '../../../nodes/core/reminders/pairReminders';
import { windowOptions } from './fixtures';

const at = (iso: string) => Date.parse(iso);

describe('pairRemindersInWindow', () => {
	describe('on the program\'s first day', () => {
		it('returns both introductions at 09:00 local and the day-before reminders of session 1', () => {
			// Ann is in Amsterdam (09:00 = 08:00 UTC), Bo in New York (09:00 = 14:00 UTC). Session 1 is Tuesday
			// 3 March 14:00 UTC (15:00/09:00), so its one-day reminder is due Monday 14:00 UTC.
			const found = pairRemindersInWindow(windowOptions(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z')));
			expect(found.map((reminder) => [reminder.kind, reminder.recipientRole, new Date(reminder.dueAt).toISOString()])).toEqual([
				['introduction', 'mentor', '2026-03-02T08:00:00.000Z'],
				['introduction', 'mentee', '2026-03-02T14:00:00.000Z'],
				['sessionReminder', 'mentee', '2026-03-02T14:00:00.000Z'],
				['sessionReminder', 'mentor', '2026-03-02T14:00:00.000Z'],
			]);
		});
	});

	describe('four weeks after the start without a logged meeting', () => {
		it('returns a nudge to each person', () => {
			// The reference is the start of Ann's working day on 2 March (08:00 UTC); four weeks later is 30 March 08:00 UTC.
			const found = pairRemindersInWindow(windowOptions(at('2026-03-30T07:00:00Z'), at('2026-03-30T09:00:00Z')));
			expect(found.map((reminder) => [reminder.kind, reminder.recipientRole, reminder.weeksWithoutMeeting])).toEqual([
				['nudge', 'mentee', 4],
				['nudge', 'mentor', 4],
			]);
		});
	});

	describe('when the pair logged a meeting', () => {
		it('returns nudges counted from that meeting and none counted from the start', () => {
			// Last meeting Tuesday 10 March 14:00 UTC: the first nudge is four weeks later, 7 April 14:00 UTC; the nudge
			// from the program start (30 March 08:00 UTC) no longer applies.
			const logged = { ...windowOptions(at('2026-03-29T00:00:00Z'), at('2026-04-08T00:00:00Z')) };
			logged.pair = { ...logged.pair, lastMeetingAt: at('2026-03-10T14:00:00Z') };
			const found = pairRemindersInWindow(logged).filter((reminder) => reminder.kind === 'nudge');
			expect(found.map((reminder) => [new Date(reminder.dueAt).toISOString(), reminder.dedupeKey])).toEqual([
				['2026-04-07T14:00:00.000Z', 'p1|nudge|20260310T140000Z+4w|mentee'],
				['2026-04-07T14:00:00.000Z', 'p1|nudge|20260310T140000Z+4w|mentor'],
			]);
		});
	});

	describe('for any way of cutting the program into consecutive windows', () => {
		it('returns every reminder exactly once', () => {
			const from = at('2026-02-27T00:00:00Z');
			const to = at('2026-04-20T00:00:00Z');
			const whole = pairRemindersInWindow(windowOptions(from, to)).map((reminder) => reminder.dedupeKey);
			fc.assert(
				fc.property(fc.uniqueArray(fc.integer({ min: from + 1, max: to - 1 }), { maxLength: 60 }), (cuts) => {
					const points = [from, ...cuts.sort((a, b) => a - b), to];
					const pieces = points.slice(1).flatMap((end, i) => pairRemindersInWindow(windowOptions(points[i], end)).map((reminder) => reminder.dedupeKey));
					expect(pieces.sort()).toEqual([...whole].sort());
				}),
				{ numRuns: 100 },
			);
			// 6 sessions x 2 lead times, 6 feedback requests (one per session), 1 introduction, 2 surveys and 1 nudge (at 4 weeks), each for 2 people.
			expect(new Set(whole).size).toBe((6 * 2 + 6 + 1 + 2 + 1) * 2);
		});
	});
});
