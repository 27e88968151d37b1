import { outputsOf, runIntakeNode } from './intakeWorkflow';

const applicant = (overrides: Record<string, unknown>) => ({
	'Work email': 'ann@example.com',
	'Full name': 'Ann Smit',
	'I want to be': 'Mentee',
	Goals: 'Leadership, public speaking',
	Consent: ['I agree'],
	...overrides,
});

describe('Mentorship Intake with personal goals', () => {
	describe('when a mentee fills Goal 1 and Goal 3 next to the Goals tags', () => {
		it('keeps the two goal texts as menteeGoals and the tags as goals, and neither in answers', async () => {
			const result = await runIntakeNode([applicant({ 'Goal 1': ' Lead my first  project meeting ', 'Goal 2': '', 'Goal 3': 'Write a design doc' })]);
			const { enrolled, rejected } = outputsOf(result);
			expect(rejected).toHaveLength(0);
			expect(enrolled[0].json).toMatchObject({
				goals: ['leadership', 'public speaking'],
				menteeGoals: ['Lead my first project meeting', 'Write a design doc'],
			});
			expect(Object.keys(enrolled[0].json.answers as object)).not.toEqual(expect.arrayContaining(['Goal 1']));
		});
	});

	describe('when a mentee leaves all three goal fields blank', () => {
		it('rejects the application, naming Goal 1 and asking for at least one goal', async () => {
			const { enrolled, rejected } = outputsOf(await runIntakeNode([applicant({ 'Goal 1': '', 'Goal 2': '', 'Goal 3': '' })]));
			expect(enrolled).toHaveLength(0);
			expect(rejected[0].json.reasons).toEqual([{ field: 'Goal 1', problem: 'names no goal', expected: 'at least one goal (Goal 1, Goal 2 or Goal 3) for a mentee' }]);
			expect(rejected[0].pairedItem).toEqual({ item: 0 });
		});
	});

	describe('when a mentor leaves the goal fields blank', () => {
		it('enrols them with no goals', async () => {
			const { enrolled } = outputsOf(await runIntakeNode([applicant({ 'I want to be': 'Mentor', 'Goal 1': '', 'Goal 2': '', 'Goal 3': '' })]));
			expect(enrolled[0].json.menteeGoals).toEqual([]);
		});
	});

	describe('when a goal is longer than 200 characters', () => {
		it('rejects the application naming the field', async () => {
			const { rejected } = outputsOf(await runIntakeNode([applicant({ 'Goal 1': 'Ok', 'Goal 2': 'x'.repeat(201) })]));
			expect(rejected[0].json.reasons).toMatchObject([{ field: 'Goal 2', problem: 'is longer than 200 characters' }]);
		});
	});

	describe('when a roster row carries its stored menteeGoals (a confirmation decided later)', () => {
		it('reads the JSON list back unchanged', async () => {
			const { enrolled } = outputsOf(await runIntakeNode([applicant({ menteeGoals: '["Lead my first project meeting"]' })]));
			expect(enrolled[0].json.menteeGoals).toEqual(['Lead my first project meeting']);
			expect(enrolled[0].json.answers).not.toHaveProperty('menteeGoals');
		});
	});

	describe('when the source has no goal fields at all (an HR export)', () => {
		it('adds no menteeGoals', async () => {
			const { enrolled } = outputsOf(await runIntakeNode([applicant({})]));
			expect(enrolled[0].json).not.toHaveProperty('menteeGoals');
		});
	});
});
