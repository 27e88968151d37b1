import type { IDataObject } from 'n8n-workflow';

import { outputsOf, runIntakeNode } from './intakeWorkflow';

/** One megabyte of text that is single blanks and dashes, no digit (white space is folded before some checks, so runs of blanks would shrink). */
const MEGABYTE = `L ${'x -'.repeat(349_526)}`;

const valid: IDataObject = { Email: 'valid@example.com', Name: 'Val Id', Role: 'mentor', Consent: 'yes', Timezone: 'Europe/Amsterdam' };

/**
 * Every field the enrolment form and the buddy webhook reach (the buddy program feeds the same
 * shape to Mentorship Intake), each with the canonical field the rejection must name.
 */
const fields: Array<[string, string]> = [
	['Name', 'name'],
	['Email', 'email'],
	['Skills offered', 'skillsOffered'],
	['Skills wanted', 'skillsWanted'],
	['Goals', 'goals'],
	['Level', 'level'],
	['Languages', 'languages'],
	['Timezone', 'timezone'],
	['Department', 'department'],
	['Manager ID', 'managerId'],
	['Hire date', 'hireDate'],
	['Motivation', 'Motivation'],
];

describe('Mentorship Intake with 1 MB fields', () => {
	describe.each(fields)('when the field "%s" holds 1 MB of text', (label, field) => {
		it('rejects the submission naming the field, and enrols the one beside it', async () => {
			const result = await runIntakeNode([{ ...valid, [label]: MEGABYTE }, { ...valid, Email: 'other@example.com' }], {}, {});
			expect(result.status).toBe('success');
			const { enrolled, rejected } = outputsOf(result);
			expect(enrolled.map((item) => item.json.email)).toEqual(['other@example.com']);
			expect(rejected.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
			const reasons = rejected[0].json.reasons as Array<{ field: string; problem: string }>;
			expect(reasons.map((reason) => reason.field)).toContain(field);
		});
	});

	describe('when a field name (a question label) is 1 MB long', () => {
		it('rejects the submission naming the label limit, and enrols the one beside it', async () => {
			const label = 'manager '.repeat(131_072);
			const result = await runIntakeNode([{ ...valid, [label]: 'my manager id is 7' }, { ...valid, Email: 'other@example.com' }], {}, {});
			const { enrolled, rejected } = outputsOf(result);
			expect(enrolled.map((item) => item.json.email)).toEqual(['other@example.com']);
			const reasons = rejected[0].json.reasons as Array<{ field: string; problem: string }>;
			expect(reasons.map((reason) => reason.problem)).toContain('is a field name 1048576 characters long');
		});
	});

	describe('when the level is "L", 1 MB of blanks, then a letter (quadratic for the old level pattern)', () => {
		it('rejects the submission naming the level and its limit', async () => {
			const result = await runIntakeNode([{ ...valid, Level: `L${' '.repeat(1 << 20)}x` }], {}, {});
			const reasons = outputsOf(result).rejected[0].json.reasons as Array<{ field: string; problem: string }>;
			expect(reasons).toContainEqual(expect.objectContaining({ field: 'level', problem: 'is longer than 64 characters' }));
		});
	});
});
