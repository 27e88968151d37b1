import { MESSAGE_KINDS } from '../../../nodes/core/messages/defaultTemplates';
import type { PairRemindersOptions } from '../../../nodes/core/reminders/pairReminders';
import type { RenderReminderOptions } from '../../../nodes/core/reminders/renderReminder';
import { prepareTemplates, renderReminder } from '../../../nodes/core/reminders/renderReminder';
import type { ReminderCandidate } from '../../../nodes/core/reminders/types';
import { resolveTopicBank } from '../../../nodes/core/topics/topicBank';
import { createLocalTimeFormatter } from '../../../nodes/core/scheduling/localTime';
import { pairCalendar } from '../../../nodes/core/scheduling/pairCalendar';
import type { ProgramSettings, SchedulingPair } from '../../../nodes/core/scheduling/types';

export const pair: SchedulingPair = {
	pairId: 'p1',
	mentor: { id: 'e1', name: 'Ann de Vries', email: 'ann@example.com', timezone: 'Europe/Amsterdam' },
	mentee: { id: 'e2', name: 'Bo Smith', email: 'bo@example.com', timezone: 'America/New_York' },
};

export const settings: ProgramSettings = {
	start: '2026-03-02',
	end: '2026-04-13',
	cadence: 'weekly',
	weekday: 2,
	preferredMinute: 14 * 60,
	durationMinutes: 60,
	workingHours: { startMinute: 540, endMinute: 1020 },
	anchor: 'mentor',
	holidays: [],
};

export const calendar = pairCalendar({ settings, anchorZone: 'Europe/Amsterdam', otherZone: 'America/New_York' });

/** Reminder options for the fixture pair over a window. */
export function windowOptions(from: number, to: number): PairRemindersOptions {
	return {
		pair,
		settings,
		calendar,
		from,
		to,
		leadMinutes: [1440, 60],
		nudgeAfterWeeks: 4,
		kinds: new Set(MESSAGE_KINDS),
		format: createLocalTimeFormatter(),
	};
}

/** A reminder of the fixture pair rendered in Dutch for the "Mentorprogramma" (60-minute sessions). */
export function renderInDutch(reminder: ReminderCandidate, surveyUrl: RenderReminderOptions['surveyUrl'] = {}, extra: Partial<RenderReminderOptions> = {}) {
	return renderReminder({
		reminder,
		pair,
		calendar,
		templates: prepareTemplates({ language: 'nl' }),
		bank: resolveTopicBank({ kind: 'mentoring', language: 'nl' }),
		language: 'nl',
		programName: 'Mentorprogramma',
		durationMinutes: 60,
		surveyUrl,
		format: createLocalTimeFormatter(),
		...extra,
	});
}
