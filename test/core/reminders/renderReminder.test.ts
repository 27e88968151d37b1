import { InvalidOptionError } from '../../../nodes/core/errors';
import { pairRemindersInWindow } from '../../../nodes/core/reminders/pairReminders';
import { MESSAGE_KINDS } from '../../../nodes/core/messages/defaultTemplates';
import { prepareTemplates, renderReminder } from '../../../nodes/core/reminders/renderReminder';
import type { ReminderCandidate } from '../../../nodes/core/reminders/types';
import { createLocalTimeFormatter } from '../../../nodes/core/scheduling/localTime';
import { resolveTopicBank } from '../../../nodes/core/topics/topicBank';
import { calendar, pair, renderInDutch, windowOptions } from './fixtures';

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

describe('the private links of a message', () => {
	const privateUrls = { endPair: 'https://n.example/end?token=E', withdraw: 'https://n.example/leave?token=W' };
	const [reminder] = pairRemindersInWindow(windowOptions(at('2026-03-10T11:59:00Z'), at('2026-03-10T12:00:00Z'))).filter((candidate) => candidate.recipientRole === 'mentee');

	describe('when both links are set', () => {
		it('ends every kind of Dutch message with the end-pair and the withdrawal link, in that order', () => {
			for (const kind of MESSAGE_KINDS) {
				const text = renderInDutch({ ...reminder, kind } as ReminderCandidate, {}, { privateUrls }).message.text;
				expect([kind, text.endsWith(
					'\n\nWerkt dit koppel niet? Je kunt het beëindigen, zonder dat iemand iets verweten wordt, met je persoonlijke link: https://n.example/end?token=E\nOm het programma te verlaten: https://n.example/leave?token=W',
				)]).toEqual([kind, true]);
			}
		});

		it('writes them in English for an English program', () => {
			const english = renderReminder({
				reminder,
				pair,
				calendar,
				templates: prepareTemplates({ language: 'en' }),
				bank: resolveTopicBank({ kind: 'mentoring', language: 'en' }),
				language: 'en',
				programName: 'Mentoring',
				durationMinutes: 60,
				surveyUrl: {},
				privateUrls,
				format: createLocalTimeFormatter(),
			}).message.text;
			expect(english.endsWith('\n\nIf this pairing is not working out, you can end it, no questions of fault, with your private link: https://n.example/end?token=E\nTo leave the program: https://n.example/leave?token=W')).toBe(true);
		});
	});

	describe('when only the withdrawal link is set', () => {
		it('shows that one line alone', () => {
			const text = renderInDutch(reminder, {}, { privateUrls: { withdraw: 'https://n.example/leave?token=W' } }).message.text;
			expect(text.endsWith('\n\nOm het programma te verlaten: https://n.example/leave?token=W')).toBe(true);
			expect(text).not.toContain('beëindigen');
		});
	});

	describe('when neither is set', () => {
		it('leaves the message as it was', () => {
			const withEmpty = renderInDutch(reminder, {}, { privateUrls: { endPair: '', withdraw: '' } }).message.text;
			expect(withEmpty).toBe(renderInDutch(reminder).message.text);
			expect(withEmpty).not.toContain('Om het programma te verlaten');
		});
	});
});
