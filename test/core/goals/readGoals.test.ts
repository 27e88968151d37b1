import fc from 'fast-check';

import { GOAL_LIMITS, goalSlotOfLabel, readGoalTexts, readStoredGoals } from '../../../nodes/core/goals';

describe('readGoalTexts', () => {
	describe('when the answers hold goals with extra spaces, blanks and a repeat', () => {
		it('returns each goal once, trimmed, in form order', () => {
			const read = readGoalTexts([
				['Goal 1', '  Lead my first\n project   meeting '],
				['Goal 2', ''],
				['Goal 3', 'LEAD MY FIRST PROJECT MEETING'],
			]);
			expect(read).toEqual({ goals: ['Lead my first project meeting'], issues: [] });
		});
	});

	describe('when a goal is 200 characters', () => {
		it('keeps it whole', () => {
			const goal = 'a'.repeat(200);
			expect(readGoalTexts([['Goal 1', goal]]).goals).toEqual([goal]);
		});
	});

	describe('when a goal is 201 characters, or a 1 MB answer', () => {
		it('returns an issue naming the field and the 200-character limit, and keeps the others', () => {
			const read = readGoalTexts([
				['Goal 1', 'b'.repeat(201)],
				['Goal 2', 'Write a design doc'],
				['Goal 3', 'c'.repeat(1_000_000)],
			]);
			expect(read.goals).toEqual(['Write a design doc']);
			expect(read.issues.map((issue) => [issue.field, issue.problem])).toEqual([
				['Goal 1', 'is longer than 200 characters'],
				['Goal 3', 'is longer than 200 characters'],
			]);
			expect(read.issues[1].received!.length).toBeLessThan(100);
		});
	});

	describe('when an answer is not text', () => {
		it('returns an issue naming the field', () => {
			expect(readGoalTexts([['Goal 2', { goal: 'x' }]]).issues).toEqual([
				{ field: 'Goal 2', problem: 'is not text', expected: 'a goal written as one line of text', received: '{"goal":"x"}' },
			]);
		});
	});

	it('never returns more than three goals, each at most 200 characters without line breaks', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.string(), fc.oneof(fc.string({ maxLength: 300 }), fc.constant(null))), { maxLength: 8 }), (answers) => {
				const { goals } = readGoalTexts(answers);
				expect(goals.length).toBeLessThanOrEqual(GOAL_LIMITS.goals);
				for (const goal of goals) {
					expect(goal.length).toBeGreaterThan(0);
					expect(goal.length).toBeLessThanOrEqual(GOAL_LIMITS.length);
					expect(goal).not.toMatch(/[\n\r\t]/);
				}
			}),
		);
	});
});

describe('readStoredGoals', () => {
	it('returns the list a pair row stores as JSON', () => {
		expect(readStoredGoals('["Lead a meeting","Write a design doc"]')).toEqual(['Lead a meeting', 'Write a design doc']);
	});

	it.each([[''], ['not json'], ['{"a":1}'], ['[1, 2'], [null], [42], ['[' + '"x",'.repeat(2000) + '"x"]']])('returns no goals for %p', (value) => {
		expect(readStoredGoals(value)).toEqual([]);
	});
});

describe('goalSlotOfLabel', () => {
	it.each([
		['goal 1', 1],
		['goal 3', 3],
		['doel 2', 2],
		['mentee goals', 'list'],
		['goal 4', undefined],
		['goals', undefined],
		['my goal 1', undefined],
	])('reads %p as %p', (label, slot) => {
		expect(goalSlotOfLabel(label)).toBe(slot);
	});
});
