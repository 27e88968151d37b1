import { confirmPairGoals } from '../../../nodes/core/goals';

const AT = Date.UTC(2026, 2, 9, 10);
const blank = [['Goal 1', ''], ['Goal 2', ''], ['Goal 3', '']] as const;

describe('confirmPairGoals', () => {
	describe('when the pair has not confirmed yet and the form is sent blank', () => {
		it('confirms the mentee\'s own goals at the time of the click', () => {
			expect(confirmPairGoals({ confirmed: '', confirmedAt: '', proposed: '["Lead a meeting","Write a design doc"]', typed: blank, at: AT })).toEqual({
				ok: true,
				goals: ['Lead a meeting', 'Write a design doc'],
				goalsJson: '["Lead a meeting","Write a design doc"]',
				changed: true,
				goalsConfirmedAt: '2026-03-09T10:00:00.000Z',
			});
		});
	});

	describe('when the same goals are confirmed again (a replay, or the other person)', () => {
		it('changes nothing and keeps the first confirmation time', () => {
			const result = confirmPairGoals({
				confirmed: '["Lead a meeting"]',
				confirmedAt: '2026-03-02T09:00:00.000Z',
				proposed: '["Something else"]',
				typed: [['Goal 1', 'Lead a meeting']],
				at: AT,
			});
			expect(result).toMatchObject({ ok: true, changed: false, goalsConfirmedAt: '2026-03-02T09:00:00.000Z' });
		});
	});

	describe('when new goals are typed after a confirmation', () => {
		it('replaces the confirmed goals and dates the change', () => {
			const result = confirmPairGoals({
				confirmed: '["Lead a meeting"]',
				confirmedAt: '2026-03-02T09:00:00.000Z',
				proposed: '["Lead a meeting"]',
				typed: [['Goal 1', 'Give a talk'], ['Goal 2', ''], ['Goal 3', 'Mentor an intern']],
				at: AT,
			});
			expect(result).toEqual({ ok: true, goals: ['Give a talk', 'Mentor an intern'], goalsJson: '["Give a talk","Mentor an intern"]', changed: true, goalsConfirmedAt: '2026-03-09T10:00:00.000Z' });
		});
	});

	describe('when nobody named a goal and the form is blank', () => {
		it('refuses, asking for at least one goal', () => {
			expect(confirmPairGoals({ confirmed: '', proposed: '', typed: blank, at: AT })).toEqual({
				ok: false,
				issues: [{ field: 'Goal 1', problem: 'names no goal', expected: 'at least one goal (Goal 1, Goal 2 or Goal 3) for a mentee' }],
			});
		});
	});

	describe('when a typed goal is too long', () => {
		it('refuses and stores nothing', () => {
			const result = confirmPairGoals({ confirmed: '["Lead a meeting"]', proposed: '', typed: [['Goal 2', 'x'.repeat(201)]], at: AT });
			expect(result.ok).toBe(false);
		});
	});
});
