import { pairRemindersInWindow } from '../../../nodes/core/reminders/pairReminders';
import { triageReminders } from '../../../nodes/core/reminders/triage';
import { renderInDutch, windowOptions } from './fixtures';

const at = (iso: string) => Date.parse(iso);
/** Session 1 of the fixture pair: Tuesday 3 March 2026, 14:00 to 15:00 UTC (60 minutes). */
const SESSION_1_END = '2026-03-03T15:00:00.000Z';
const feedbackOnly = (from: string, to: string) => ({ ...windowOptions(at(from), at(to)), kinds: new Set(['sessionFeedback' as const]) });

describe('session feedback reminders', () => {
	describe('when a session\'s planned end falls in the window', () => {
		it('returns one feedback request per person, due at the end of the session, about that session', () => {
			const found = pairRemindersInWindow(feedbackOnly('2026-03-03T14:30:00Z', '2026-03-03T15:00:00Z'));
			expect(found.map((reminder) => [reminder.kind, reminder.recipientRole, new Date(reminder.dueAt).toISOString(), reminder.session?.number, reminder.dedupeKey])).toEqual([
				['sessionFeedback', 'mentee', SESSION_1_END, 1, 'p1|sessionFeedback|1@20260303T140000Z-feedback|mentee'],
				['sessionFeedback', 'mentor', SESSION_1_END, 1, 'p1|sessionFeedback|1@20260303T140000Z-feedback|mentor'],
			]);
		});
	});

	describe('while the session is still going on', () => {
		it('returns nothing', () => {
			expect(pairRemindersInWindow(feedbackOnly('2026-03-03T13:00:00Z', '2026-03-03T14:59:59Z'))).toEqual([]);
		});
	});

	describe('when the run comes an hour after the session', () => {
		it('sends it: a session that began is no reason to skip its feedback', () => {
			const found = pairRemindersInWindow(feedbackOnly('2026-03-03T14:30:00Z', '2026-03-03T16:00:00Z'));
			const triaged = triageReminders(found, { now: at('2026-03-03T16:00:00Z'), deliveries: new Map(), maxLatenessMs: 12 * 3_600_000, policy: 'sendWithinMaxLateness' });
			expect([triaged.due.length, triaged.skipped.length]).toEqual([2, 0]);
		});
	});

	describe('when the message is rendered in Dutch', () => {
		it('asks about the session on its date in the recipient\'s zone, with the personal link', () => {
			const [reminder] = pairRemindersInWindow(feedbackOnly('2026-03-03T14:30:00Z', '2026-03-03T15:00:00Z'));
			const rendered = renderInDutch(reminder, { sessionFeedback: 'https://n8n.example.com/form/session-feedback?token=abc' });
			expect(rendered.subject).toBe('Mentorprogramma: hoe nuttig was je sessie met Ann de Vries?');
			expect(rendered.message.text).toBe(
				'Hoi Bo,\n\nHoe nuttig was je afspraak met Ann de Vries op dinsdag 3 maart 2026? Twee vragen, een halve minuut:\nhttps://n8n.example.com/form/session-feedback?token=abc\n\nDank je wel!',
			);
		});
	});
});
