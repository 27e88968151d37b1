import { computeKpis } from '../../../nodes/core/kpi';
import { renderKpiReport } from '../../../nodes/core/report';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

/**
 * Two programs with one pair each: P1 (program "alpha", M1 and E1) and P2 (program "beta", M2 and E2).
 * Session pulses, by hand:
 *   alpha: E1 rates 4 then 5, M1 rates 3   → 3 ratings by 2 people, mean (4 + 5 + 3) / 3 = 4
 *   beta:  E2 rates 2, M2 rates 1          → 2 ratings by 2 people, mean 1.5
 *   all:   5 ratings by 4 people, mean 15 / 5 = 3
 * Latest pulse per person: E1 5, M1 3, E2 2, M2 1 → only P2 has ratings at or below 2: one pair at risk.
 */
const participants = ['alpha', 'beta'].flatMap((programId, index) => [
	{ id: `M${index + 1}`, email: `m${index + 1}@example.com`, role: 'mentor', programId },
	{ id: `E${index + 1}`, email: `e${index + 1}@example.com`, role: 'mentee', programId },
]);
const pairs = ['alpha', 'beta'].map((programId, index) => ({ pairId: `P${index + 1}`, programId, mentorId: `M${index + 1}`, menteeId: `E${index + 1}`, status: 'active', startDate: '2026-01-05' }));
const pulse = (pairId: string, respondentId: string, useful: number, submittedAt: string) =>
	scoreResponse({ pairId, respondentId, useful, submittedAt }, { instrument: BUILT_IN_INSTRUMENTS.sessionPulse });
const responses = [
	pulse('P1', 'E1', 4, '2026-02-01T10:00:00Z'),
	pulse('P1', 'E1', 5, '2026-02-15T10:00:00Z'),
	pulse('P1', 'M1', 3, '2026-02-15T10:00:00Z'),
	pulse('P2', 'E2', 2, '2026-02-01T10:00:00Z'),
	pulse('P2', 'M2', 1, '2026-02-01T10:00:00Z'),
];
const kpis = (minGroupSize: number) =>
	computeKpis({ participants, pairs, responses: responses as unknown as Array<Record<string, unknown>>, hris: [], periodStart: '2026-01-01', periodEnd: '2026-06-30', minGroupSize }).summary;

describe('computeKpis: session feedback', () => {
	describe('when every group is large enough', () => {
		it('returns the mean usefulness over every rated session, overall and per program', () => {
			expect(kpis(2).sessionFeedback).toEqual({
				responses: 5,
				respondents: 4,
				meanUsefulness: 3,
				suppressed: false,
				byProgram: [
					{ programId: 'alpha', responses: 3, respondents: 2, meanUsefulness: 4, suppressed: false },
					{ programId: 'beta', responses: 2, respondents: 2, meanUsefulness: 1.5, suppressed: false },
				],
			});
		});

		it('counts a pair whose latest ratings are low as at risk, for the reason lowUsefulness', () => {
			expect(kpis(2).atRisk).toMatchObject({ pairs: 1, byReason: { lowUsefulness: 1, lowQuality: 0 } });
		});
	});

	describe('when a program has fewer respondents than the minimum group size', () => {
		it('hides that program\'s mean and says so, and keeps the overall mean', () => {
			const feedback = kpis(3).sessionFeedback;
			expect([feedback.meanUsefulness, feedback.suppressed]).toEqual([3, false]);
			expect(feedback.byProgram.map((group) => [group.programId, group.meanUsefulness, group.suppressed])).toEqual([
				['alpha', null, true],
				['beta', null, true],
			]);
		});
	});
});

describe('the KPI report with session feedback', () => {
	it('shows the mean usefulness overall and per program, with the number of ratings and people', () => {
		const html = renderKpiReport({ summary: kpis(2), pairs: [], title: 'Mentoring' });
		expect(html).toContain('How useful are the sessions?');
		// All sessions 3.0 from 5 ratings by 4 people; alpha 4.0 (3, 2); beta 1.5 (2, 2).
		for (const [label, mean, ratings, people] of [['All sessions', '3.0', 5, 4], ['alpha', '4.0', 3, 2], ['beta', '1.5', 2, 2]]) {
			expect(html).toMatch(new RegExp(`${String(label)}</td>.*?<b>${String(mean).replace('.', '\\.')}</b></td><td[^>]*>${String(ratings)}</td><td[^>]*>${String(people)}</td>`));
		}
	});
});
