import { computeKpis } from '../../../nodes/core/kpi/computeKpis';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';
import type { BuiltInInstrumentId } from '../../../nodes/core/survey/types';
import { MentorshipError } from '../../../nodes/core/errors';
import { HRIS, PAIRS, PARTICIPANTS, PERIOD, RESPONSES } from '../../fixtures/survey/program';

const scored = RESPONSES.map(
	(json) => scoreResponse(json, { instrument: BUILT_IN_INSTRUMENTS[json.survey as BuiltInInstrumentId] }) as unknown as Record<string, unknown>,
);

function run(overrides: Partial<Parameters<typeof computeKpis>[0]> = {}) {
	return computeKpis({ participants: PARTICIPANTS, pairs: PAIRS, responses: scored, hris: HRIS, ...PERIOD, minGroupSize: 2, ...overrides });
}

/** Days per average month, and the months from each pair's start to 2026-06-30. */
const MONTH = 365.25 / 12;
const FROM_APRIL = 90 / MONTH; // 2026-04-01 to 2026-06-30
const WHOLE_PERIOD = 180 / MONTH; // 2026-01-01 to 2026-06-30

describe('computeKpis', () => {
	describe('when the small program of test/fixtures/survey/program.ts is summarised', () => {
		const { summary, pairs } = run();

		it('counts enrolment by role and the match rate (6 of 7 mentees paired)', () => {
			expect(summary.enrolment).toEqual({ total: 11, byRole: { mentor: 4, mentee: 7 } });
			expect(summary.matching).toEqual({ mentees: 7, matchedMentees: 6, matchRate: 6 / 7, pairs: 6, adjustedPairs: 0 });
		});

		it('gives the response rate over the 10 paired people, of whom 6 answered', () => {
			// E1 answered once by id and once by e-mail: one person. R1-R8 are not paired and do not count.
			// 7 check-ins, 6 NPS answers, 2 goal lists and 8 mentoring-functions answers.
			expect(summary.responses).toEqual({ total: 23, respondents: 14, expectedRespondents: 10, responseRate: 0.6 });
		});

		it('takes the larger of the two members’ meeting totals, and the pair’s own count when given', () => {
			const byId = Object.fromEntries(pairs.map((pair) => [pair.pairId, pair]));
			// P1: mentee reported 2 + 2, mentor 3 → 4. P3 carries meetings: 5. P5 has no data.
			expect([byId.P1.meetings, byId.P2.meetings, byId.P3.meetings, byId.P4.meetings, byId.P5.meetings, byId.P6.meetings]).toEqual([4, 0, 5, 3, null, 1]);
			expect(byId.P1.months).toBeCloseTo(FROM_APRIL, 10);
			const expected = (4 / FROM_APRIL + 0 + 5 / WHOLE_PERIOD + 3 / WHOLE_PERIOD + 1 / WHOLE_PERIOD) / 5;
			expect(summary.meetings.perPairPerMonth).toBeCloseTo(expected, 10);
			expect(summary.meetings).toMatchObject({ pairsWithData: 5, pairsWithoutData: 1, pairsAtOrAboveThreshold: 3, shareAtOrAboveThreshold: 0.6 });
		});

		it('takes a pair’s meeting-log count (meetingCount) before what its members reported', () => {
			// P1 reported 4 in check-ins, but its meeting log says 2; P5 had no data and its log says 3.
			const logged = PAIRS.map((pair) => (pair.pairId === 'P1' ? { ...pair, meetingCount: 2 } : pair.pairId === 'P5' ? { ...pair, meetingCount: 3 } : pair));
			const byId = Object.fromEntries(run({ pairs: logged }).pairs.map((pair) => [pair.pairId, pair.meetings]));
			expect([byId.P1, byId.P2, byId.P3, byId.P4, byId.P5, byId.P6]).toEqual([2, 0, 5, 3, 3, 1]);
		});

		it('gives goal attainment over the latest goal answers (3 of 5 achieved)', () => {
			expect(summary.goals).toEqual({ respondents: 2, total: 5, achieved: 3, attainmentRate: 0.6 });
		});

		it('averages each subscale over the latest answer per person', () => {
			const quality = summary.subscales.find((entry) => entry.instrument === 'checkIn' && entry.subscale === 'quality');
			// Latest qualities: E1 5, M1 4, E2 2, E3 3, E4 4, E6 1 → 19 / 6.
			expect(quality?.mean).toBeCloseTo(19 / 6, 10);
			expect(quality?.n).toBe(6);
		});

		it("gives Cronbach's alpha and means equal to the Python reference", () => {
			// test/fixtures/survey/reference_statistics.py: career alpha 0.957404, mean 3.364583 (n 8);
			// psychosocial 0.941799, 3.5 (n 8); roleModel 0.944223, 3.476190 (n 7).
			const find = (subscale: string) => summary.subscales.find((entry) => entry.instrument === 'mentoringFunctions' && entry.subscale === subscale);
			expect(find('career')?.reliability.alpha).toBeCloseTo(0.957404, 6);
			expect(find('career')?.mean).toBeCloseTo(3.364583, 6);
			expect(find('psychosocial')?.reliability.alpha).toBeCloseTo(0.941799, 6);
			expect(find('psychosocial')?.mean).toBeCloseTo(3.5, 6);
			expect(find('roleModel')?.reliability.alpha).toBeCloseTo(0.944223, 6);
			expect(find('roleModel')?.n).toBe(7);
		});

		it('gives the NPS of 3 promoters, 1 passive and 2 detractors', () => {
			expect(summary.nps.nps).toMatchObject({ n: 6, promoters: 3, passives: 1, detractors: 2 });
			expect(summary.nps.nps.score).toBeCloseTo((100 * (3 - 2)) / 6, 10);
		});

		it('lists the pairs at risk with their reasons', () => {
			expect(summary.atRisk).toEqual({ pairs: 2, share: 2 / 6, byReason: { lowQuality: 2, noMeeting: 1, detractor: 2, lowUsefulness: 0 } });
			const p2 = pairs.find((pair) => pair.pairId === 'P2');
			expect(p2?.riskReasons).toEqual(['Relationship quality 2 of 5 (at or below 2)', 'No meeting for 6 weeks (4 or more)', 'Detractor: would recommend 3 of 10']);
		});

		it('compares retention and promotion with the Python reference p-values', () => {
			// Participants 9 of 10 retained, non-participants 21 of 30; promotions 3 of 10 and 3 of 30.
			// Python (Fisher): retention p = 0.401084, promotion p = 0.152752.
			const { retention, promotion } = summary.outcomes!;
			expect(retention.participants).toEqual({ n: 10, count: 9, rate: 0.9 });
			expect(retention.nonParticipants).toEqual({ n: 30, count: 21, rate: 0.7 });
			expect(retention.comparison?.difference).toBeCloseTo(0.2, 12);
			expect(retention.comparison?.test).toBe("Fisher's exact test");
			expect(retention.comparison?.pValue).toBeCloseTo(0.401084, 5);
			expect(retention.comparison?.significant).toBe(false);
			expect(promotion.participants.rate).toBeCloseTo(0.3, 12);
			expect(promotion.nonParticipants.rate).toBeCloseTo(0.1, 12);
			expect(promotion.comparison?.pValue).toBeCloseTo(0.152752, 5);
		});

		it('suppresses small groups, and a second group when only one would be hidden', () => {
			const [department, location] = summary.breakdowns;
			// Respondents per department: Engineering M1, E1, E2, E3 (4); Sales E4 (1); Legal E6 (1).
			expect(department.groups.map((group) => [group.group, group.respondents])).toEqual([['Engineering', 4]]);
			expect(department.groups[0].subscales['checkIn.quality']).toBeCloseTo((4 + 5 + 2 + 3) / 4, 10);
			expect(department).toMatchObject({ suppressed: 2, secondarySuppressed: 0 });
			// Amsterdam 5, Utrecht 1: hiding only Utrecht would reveal it from the totals.
			expect(location).toMatchObject({ groups: [], suppressed: 2, secondarySuppressed: 1 });
			expect(summary.suppressedGroups).toBe(4);
		});
	});

	describe('when the default minimum group size of 5 applies', () => {
		it('hides every department and the outcome comparison stays (10 and 30 people)', () => {
			const { summary } = run({ minGroupSize: undefined });
			expect(summary.breakdowns[0].groups).toEqual([]);
			expect(summary.breakdowns[0].suppressed).toBe(3);
			expect(summary.outcomes?.retention.suppressed).toBe(false);
		});

		it('suppresses the outcome comparison when participants are fewer than the minimum', () => {
			const { summary } = run({ minGroupSize: 11 });
			expect(summary.outcomes?.retention).toMatchObject({ suppressed: true, comparison: null });
		});
	});

	describe('when the input is wrong', () => {
		it('refuses raw answers on the responses input, naming the item', () => {
			expect(() => run({ responses: [{ 'Did you meet?': 'Yes' }] })).toThrow(/response 1 is not a scored response/);
		});

		it('refuses a pair without pairId and a reversed period', () => {
			expect(() => run({ pairs: [{ mentorId: 'M1' }] })).toThrow(/pair 1 has no pairId/);
			expect(() => run({ periodStart: '2026-07-01' })).toThrow(MentorshipError);
		});
	});
});
