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
});
