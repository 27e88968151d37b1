import { jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';

/** Weekly on Tuesdays for six weeks from Monday 2 March 2026 (to 13 April), each pair's first meeting within 3 working days of its start. */
const rolling = {
	operation: 'plan',
	programStart: '2026-03-02',
	programLengthUnit: 'weeks',
	programLength: 6,
	cadence: 'weekly',
	weekday: 2,
	preferredTime: '14:00',
	durationMinutes: 60,
	kickOffWithinDays: 3,
};

type Plan = { pairId: string; sessions: Array<{ date: string }>; midpointSurveyDate: string; finalSurveyDate: string; programEnd: string };

describe('Mentorship Scheduler, Plan in a rolling program', () => {
	describe('when pairs start before the program, late, and on a new hire’s first day', () => {
		it('gives each pair its own sessions, surveys and end, counted from its own start', async () => {
			const result = await runScheduler(rolling, {
				items: [
					matchItem({ pairId: 'cohort', introducedAt: '2026-02-27T10:00:00Z' }),
					matchItem({ pairId: 'late', introducedAt: '2026-03-19T09:00:00Z' }),
					matchItem({ pairId: 'buddy', startedAt: '2026-04-02', introducedAt: '2026-03-30T09:00:00Z' }),
				],
			});
			const plans = jsonOf(result) as unknown as Plan[];
			const summary = plans.map((plan) => [plan.pairId, plan.sessions.map((session) => session.date), plan.midpointSurveyDate, plan.finalSurveyDate, plan.programEnd]);
			// By hand (Amsterdam mentor, no holidays; each pair runs 42 days from its first meeting):
			// cohort: introduced before the start, so counted from Sun 1 March: Mon 2, Tue 3 → Tuesday 3 March; last day 13 April.
			// late: Thu 19 March, then Fri 20, Mon 23, Tue 24 → Tuesday 24 March; last day 4 May; middle 24 March + 21 = 14 April.
			// buddy: hire date Thu 2 April (startedAt before introducedAt), then Fri 3, Mon 6, Tue 7 → Tuesday 7 April; last day 18 May.
			expect(summary).toEqual([
				['cohort', ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'], '2026-03-24', '2026-04-13', '2026-04-13'],
				['late', ['2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28'], '2026-04-14', '2026-05-04', '2026-05-04'],
				['buddy', ['2026-04-07', '2026-04-14', '2026-04-21', '2026-04-28', '2026-05-05', '2026-05-12'], '2026-04-28', '2026-05-18', '2026-05-18'],
			]);
			expect(result.output(SCHEDULER, 0).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		});
	});

	describe('when a pair’s start cannot be read', () => {
		it('returns it on Rejected naming startedAt, and plans the others', async () => {
			const result = await runScheduler(rolling, {
				items: [matchItem({ pairId: 'bad', startedAt: 'after the summer' }), matchItem({ pairId: 'late', introducedAt: '2026-03-19T09:00:00Z' })],
			});

			expect(jsonOf(result).map((plan) => plan.pairId)).toEqual(['late']);
			expect(result.output(SCHEDULER, 1).map((item) => [item.json.field, item.pairedItem])).toEqual([['startedAt', { item: 0 }]]);
		});
	});

	describe('when the window is 0', () => {
		it('plans every pair on the program’s calendar, whatever its start', async () => {
			const result = await runScheduler({ ...rolling, kickOffWithinDays: 0 }, { items: [matchItem({ pairId: 'late', introducedAt: '2026-03-19T09:00:00Z' })] });

			expect((jsonOf(result) as unknown as Plan[])[0].sessions[0].date).toBe('2026-03-03');
		});
	});
});
