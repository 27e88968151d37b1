import { createLocalTimeFormatter } from '../../../nodes/core/scheduling/localTime';
import { createCalendarCache } from '../../../nodes/core/scheduling/pairCalendar';
import { planPair } from '../../../nodes/core/scheduling/planPair';
import type { ProgramSettings, SchedulingPair } from '../../../nodes/core/scheduling/types';
import { resolveTopicBank } from '../../../nodes/core/topics/topicBank';

const pair: SchedulingPair = {
	pairId: 'p1',
	mentor: { id: 'e1', name: 'Ann', email: 'ann@example.com', timezone: 'Europe/Amsterdam' },
	mentee: { id: 'e2', name: 'Bo', email: 'bo@example.com', timezone: 'America/New_York' },
};

const settings: ProgramSettings = {
	start: '2026-03-02',
	end: '2026-03-16',
	cadence: 'weekly',
	weekday: 2,
	preferredMinute: 9 * 60 + 30,
	durationMinutes: 30,
	workingHours: { startMinute: 540, endMinute: 1020 },
	anchor: 'mentee',
	holidays: [],
};

describe('planPair', () => {
	describe('when the preferred time is read in the mentee\'s zone', () => {
		it('returns sessions at that time in New York and the matching time in Amsterdam', () => {
			// 09:30 in New York is 15:30 in Amsterdam on 3 March (6 h apart) and 14:30 on 10 March (5 h, US summer time).
			const plan = planPair({ pair, settings, bank: resolveTopicBank({ kind: 'peer', language: 'en' }), calendarFor: createCalendarCache(), format: createLocalTimeFormatter() });
			expect(plan.sessions.map((session) => [session.menteeStart, session.mentorStart])).toEqual([
				['2026-03-03T09:30:00-05:00', '2026-03-03T15:30:00+01:00'],
				['2026-03-10T09:30:00-04:00', '2026-03-10T14:30:00+01:00'],
			]);
			expect([plan.programEnd, plan.sessionCount, plan.schedulingNote]).toEqual(['2026-03-15', 2, undefined]);
		});
	});

	describe('when two pairs share zones and settings', () => {
		it('returns the same times but each pair its own topic order', () => {
			const calendarFor = createCalendarCache();
			const format = createLocalTimeFormatter();
			const bank = resolveTopicBank({ kind: 'custom', language: 'en', customTopics: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] });
			const first = planPair({ pair, settings: { ...settings, end: '2026-04-27' }, bank, calendarFor, format });
			const second = planPair({ pair: { ...pair, pairId: 'p2' }, settings: { ...settings, end: '2026-04-27' }, bank, calendarFor, format });
			expect(second.sessions.map((session) => session.start)).toEqual(first.sessions.map((session) => session.start));
			expect(second.sessions.map((session) => session.topic)).not.toEqual(first.sessions.map((session) => session.topic));
		});
	});
});
