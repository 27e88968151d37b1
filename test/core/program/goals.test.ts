import type { KpiSummary } from '../../../nodes/core/kpi/types';
import { evaluateGoals, goalsOfRecord } from '../../../nodes/core/program/goals';
import { readProgramRecord } from '../../../nodes/core/program/readProgram';

/** The parts of a KPI summary the goals read; the rest does not matter here. */
function summary(periodEnd: string, figures: { matchRate: number | null; perMonth: number | null; attainment: number | null; retention?: [number, number] }): KpiSummary {
	const [mine, theirs] = figures.retention ?? [0, 0];
	return {
		period: { start: '2026-01-01', end: periodEnd },
		matching: { mentees: 40, matchedMentees: 30, matchRate: figures.matchRate, pairs: 30 },
		meetings: { perPairPerMonth: figures.perMonth },
		goals: { respondents: 10, total: 20, achieved: 14, attainmentRate: figures.attainment },
		outcomes: figures.retention
			? { retention: { suppressed: false, participants: { n: 60, count: 0, rate: mine }, nonParticipants: { n: 240, count: 0, rate: theirs }, comparison: null } }
			: null,
	} as unknown as KpiSummary;
}

const program = (() => {
	const read = readProgramRecord({ programId: 'mentoring-2026', name: 'Mentoring', managerEmail: 'hr@example.com', start: '2026-03-02', lengthMonths: 6 }, { now: '2026-03-01T00:00:00Z' });
	if (!read.ok) throw new Error('the test program must be valid');
	return read.program;
})();

describe('evaluateGoals', () => {
	describe('half-way through a six-month program (2 March to 2 September, report to 31 May)', () => {
		// 2 March to 1 June is 91 of 184 days: 49.5% of the program has gone by.
		const results = evaluateGoals({ program, summary: summary('2026-05-31', { matchRate: 0.75, perMonth: 2.4, attainment: 0.45, retention: [0.95, 0.92] }) });

		it('compares each goal with its figure in the goal\'s own unit', () => {
			expect(results.map((goal) => [goal.goal, goal.target, goal.actual])).toEqual([
				['goalMatchRate', 90, 75],
				['goalMeetingsPerMonth', 2, 2.4],
				['goalGoalAttainment', 80, 45],
				['goalRetentionPoints', 5, 3],
			]);
		});

		it('calls a goal met when reached, on track when at least the share of the program gone by, else behind', () => {
			// 75 >= 90 x 0.495 = 44.5: on track; 2.4 >= 2: met; 45 >= 39.6: on track; 3 >= 2.5: on track.
			expect(results.map((goal) => goal.status)).toEqual(['onTrack', 'met', 'onTrack', 'onTrack']);
		});
	});

	describe('after the program has ended', () => {
		it('calls every goal not reached behind, and one without figures no data', () => {
			const results = evaluateGoals({ program, summary: summary('2026-09-30', { matchRate: 0.92, perMonth: 1.5, attainment: null }) });
			expect(results.map((goal) => [goal.goal, goal.status])).toEqual([
				['goalMatchRate', 'met'],
				['goalMeetingsPerMonth', 'behind'],
				['goalGoalAttainment', 'noData'],
				['goalRetentionPoints', 'noData'],
			]);
		});
	});
});

describe('goalsOfRecord', () => {
	const figures = summary('2026-05-31', { matchRate: 0.75, perMonth: 2.4, attainment: 0.45 });

	it('gives nothing when no record is given', () => {
		expect(goalsOfRecord('', figures)).toBeUndefined();
		expect(goalsOfRecord({}, figures)).toBeUndefined();
	});

	it('reads a row given as JSON text', () => {
		expect(goalsOfRecord(JSON.stringify({ programId: 'p', name: 'P', managerEmail: 'hr@example.com', start: '2026-03-02', goalMatchRate: 70 }), figures)?.[0]).toEqual(
			expect.objectContaining({ goal: 'goalMatchRate', target: 70, actual: 75, status: 'met' }),
		);
	});

	it('refuses a record it cannot read, naming the fields', () => {
		expect(() => goalsOfRecord({ programId: 'p', name: 'P', start: 'soon' }, figures)).toThrow('The program record cannot be read: managerEmail is missing; start is not a date');
		expect(() => goalsOfRecord('{not json', figures)).toThrow('Program Record is not JSON');
	});
});
