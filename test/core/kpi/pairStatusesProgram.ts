/**
 * Program "mentoring-2026": mentors M1–M8, mentees E1–E8. Ten pair rows:
 *   P1–P3 active, P4–P5 completed, P6 ended   → 6 real pairs, mentees E1–E6
 *   P7, P8 rejected (E7, E8), P9 proposed (M1–E7), P10 of the coffee program (M2–E8).
 * One at-risk check-in each for P1 (real), P7 (rejected) and P10 (another program).
 *
 * By hand: match rate 6 of 8 mentees = 0.75; at-risk share 1 of 6 pairs.
 * Counting every row (today's code) gives 8 of 8 and 3 of 10.
 */
export const PROGRAM = 'mentoring-2026';
export const participants = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [
	{ id: `M${n}`, email: `m${n}@example.com`, role: 'mentor', programId: PROGRAM },
	{ id: `E${n}`, email: `e${n}@example.com`, role: 'mentee', programId: PROGRAM },
]);
export const pair = (n: number, mentor: number, mentee: number, status: string, programId = PROGRAM) => ({
	pairId: `P${n}`,
	programId,
	mentorId: `M${mentor}`,
	menteeId: `E${mentee}`,
	status,
	startDate: '2026-01-05',
});
export const pairs = [
	pair(1, 1, 1, 'active'),
	pair(2, 2, 2, 'active'),
	pair(3, 3, 3, 'Active'),
	pair(4, 4, 4, 'completed'),
	pair(5, 5, 5, 'completed'),
	pair(6, 6, 6, 'ended'),
	pair(7, 7, 7, 'rejected'),
	pair(8, 8, 8, 'rejected'),
	pair(9, 1, 7, 'proposed'),
	pair(10, 2, 8, 'active', 'coffee'),
];
const atRiskCheckIn = (pairId: string, respondentId: string) => ({
	instrument: 'checkIn',
	pairId,
	respondentId,
	submittedAt: '2026-03-01T10:00:00Z',
	items: { quality: 1 },
	subscales: { quality: 1 },
	checkIn: { quality: 1 },
	atRisk: true,
	riskReasons: [{ code: 'lowQuality', message: 'rated the relationship 1 of 5' }],
});
export const responses = [atRiskCheckIn('P1', 'E1'), atRiskCheckIn('P7', 'E7'), atRiskCheckIn('P10', 'E8')];
export const period = { periodStart: '2026-01-01', periodEnd: '2026-06-30' };

