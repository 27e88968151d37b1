import { computeKpis } from '../../../nodes/core/kpi';
import { renderKpiReport } from '../../../nodes/core/report';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

/**
 * A group program "circles" with mentors a, b, c and mentees e1..e10, as the Weekly KPI template feeds it:
 * roster rows on Participants, `mentorship_circles` rows on Pairs.
 *   circle-a  active  a + e1 e2 e3 e4   met 3 times (its row says so)
 *   circle-b  active  b + e5 e6 e7      its introduction failed
 *   circle-c  ended   c + e8 e9 x       x has left the roster
 *   circle-z  active  of another program: not counted
 * By hand: 3 circles formed, 2 active; e1..e9 placed (9), e10 in none (1); mean size (4 + 3 + 3) / 3 = 3.33;
 * meetings known for 1 circle, mean 3. Answers (session pulse): a rates circle-a 2 (at risk: 2 or less),
 * e1 rates pair-e1 4, e5 rates pair-e5 5. Members of formed circles: 5 + 4 + 4 = 13, of whom a, e1 and e5
 * answered: 3/13. At risk: circle-a (an answer), circle-b (introduction failed); circle-c is ended.
 * The match rate counts mentees in a circle as matched: 9 of 10.
 */
const PROGRAM = 'circles';
const person = (id: string, role: string, programId = PROGRAM) => ({ email: `${id}@example.com`, name: `Person ${id}`, role, programId });
const participants = [...['a', 'b', 'c'].map((id) => person(id, 'mentor')), ...Array.from({ length: 10 }, (_, k) => person(`e${k + 1}`, 'mentee'))];
const mentees = (ids: string[]) => JSON.stringify(ids.map((id) => ({ id, name: `Person ${id}`, email: `${id}@example.com`, pairId: `pair-${id}` })));
const circle = (mentor: string, status: string, ids: string[], fields: Record<string, unknown> = {}) => ({
	programId: PROGRAM,
	circleId: `circle-${mentor}`,
	status,
	channel: 'email',
	mentorId: mentor,
	mentorName: `Person ${mentor}`,
	mentorEmail: `${mentor}@example.com`,
	mentees: mentees(ids),
	memberEmails: '',
	size: ids.length,
	introductionError: '',
	...fields,
});
const circles = [
	circle('a', 'active', ['e1', 'e2', 'e3', 'e4'], { meetings: 3 }),
	circle('b', 'active', ['e5', 'e6', 'e7'], { introductionError: 'channel_not_found' }),
	circle('c', 'ended', ['e8', 'e9', 'x']),
	circle('z', 'active', ['e10'], { programId: 'elsewhere' }),
];
const pulse = (pairId: string, respondentId: string, useful: number) =>
	scoreResponse({ pairId, respondentId, useful, submittedAt: '2026-03-10T10:00:00Z' }, { instrument: BUILT_IN_INSTRUMENTS.sessionPulse }) as unknown as Record<string, unknown>;
const responses = [pulse('circle-a', 'a@example.com', 2), pulse('pair-e1', 'e1@example.com', 4), pulse('pair-e5', 'e5@example.com', 5)];

const summary = computeKpis({ participants, pairs: circles, responses, hris: [], periodStart: '2026-01-01', periodEnd: '2026-06-30', minGroupSize: 2, programId: PROGRAM }).summary;

describe('computeKpis: group circles', () => {
	describe('when the Pairs input holds the circles of a group program', () => {
		it('returns the circle figures worked out by hand', () => {
			expect(summary.circles).toEqual({
				circles: 3,
				activeCircles: 2,
				menteesPlaced: 9,
				menteesUnplaced: 1,
				meanCircleSize: 10 / 3,
				circlesWithMeetings: 1,
				meanMeetingsPerCircle: 3,
				participation: 3 / 13,
				atRisk: [
					{ circleId: 'circle-a', mentorName: 'Person a', mentees: 4, reasons: ['riskInAnswers'] },
					{ circleId: 'circle-b', mentorName: 'Person b', mentees: 3, reasons: ['notIntroduced'] },
				],
			});
		});

		it('counts a mentee in a circle as matched, and no circle as a pair', () => {
			expect(summary.matching).toMatchObject({ mentees: 10, matchedMentees: 9, matchRate: 0.9, pairs: 0 });
		});

		it('renders a Group circles section with the figures and the circles at risk', () => {
			const html = renderKpiReport({ summary, pairs: [], title: 'Circles 2026' });
			expect(html).toContain('Group circles');
			expect(html).toContain('<b>3 (2 of them active)</b>');
			expect(html).toContain('<b>3.3</b>');
			expect(html).toContain('<b>23%</b>');
			expect(html).toContain('Circles at risk (2)');
			expect(html).toContain('the introduction failed, so the circle has no channel yet');
		});
	});

	describe('when a program has pairs and no circles', () => {
		it('returns no circle figures and no circles section', () => {
			const plain = computeKpis({
				participants: [person('m', 'mentor'), person('e', 'mentee')],
				pairs: [{ pairId: 'p1', programId: PROGRAM, mentorId: 'm@example.com', menteeId: 'e@example.com', status: 'active', startDate: '2026-01-05' }],
				responses: [],
				hris: [],
				periodStart: '2026-01-01',
				periodEnd: '2026-06-30',
			}).summary;
			expect(plain.circles).toBeUndefined();
			expect(renderKpiReport({ summary: plain, pairs: [], title: 'Pairs' })).not.toContain('Group circles');
		});
	});

	describe('when no circle logged meetings and nobody answered', () => {
		it('returns null for meetings and participation, and says so in the report', () => {
			const quiet = computeKpis({ participants, pairs: [circle('a', 'active', ['e1', 'e2', 'e3'])], responses: [], hris: [], periodStart: '2026-01-01', periodEnd: '2026-06-30' }).summary;
			expect(quiet.circles).toMatchObject({ circles: 1, meanMeetingsPerCircle: null, participation: null, atRisk: [] });
			const html = renderKpiReport({ summary: quiet, pairs: [], title: 'Circles' });
			expect(html).toContain('<b>not logged</b>');
			expect(html).toContain('No circle looks at risk.');
		});
	});
});
