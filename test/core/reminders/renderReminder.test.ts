import { InvalidOptionError } from '../../../nodes/core/errors';
import { pairRemindersInWindow } from '../../../nodes/core/reminders/pairReminders';
import { prepareTemplates } from '../../../nodes/core/reminders/renderReminder';
import { renderInDutch, windowOptions } from './fixtures';

const at = (iso: string) => Date.parse(iso);

describe('prepareTemplates', () => {
	describe('when a template names a placeholder that does not exist', () => {
		it('throws an error naming the kind and the placeholder', () => {
			expect(() => prepareTemplates({ language: 'en', overrides: { nudge: { body: 'Hi {{partnername}}' } } })).toThrow(
				new InvalidOptionError('messages', 'The nudge body template uses unknown placeholder {{partnername}}'),
			);
		});
	});
});

describe('renderReminder', () => {
	describe('when the program speaks Dutch', () => {
		it('returns the reminder in Dutch, with the date and time in the recipient\'s zone', () => {
			// The one-hour reminder of session 2 (Tuesday 10 March 13:00 UTC): 14:00 in Amsterdam, 09:00 in New York.
			const [reminder] = pairRemindersInWindow(windowOptions(at('2026-03-10T11:59:00Z'), at('2026-03-10T12:00:00Z'))).filter(
				(candidate) => candidate.recipientRole === 'mentee',
			);
			const rendered = renderInDutch(reminder);
			expect(rendered.subject).toBe('Herinnering: afspraak 2 met Ann de Vries op dinsdag 10 maart 2026');
			expect(rendered.message.text).toContain('is op dinsdag 10 maart 2026 om 09:00 (America/New_York, 60 minuten)');
		});
	});
});
