import type { IDataObject } from 'n8n-workflow';

import { INTAKE, outputsOf, runIntakeNode } from './intakeWorkflow';

const valid: IDataObject = { Email: 'valid@example.com', Name: 'Val Id', Role: 'mentor', Consent: 'yes' };
const big = 'x'.repeat(10 * 1024);

type Expectation =
	| { rejectedField: string; problem?: RegExp }
	| { enrolled: IDataObject }
	| { malformedField: string };

/** Each case: what a person might send, and what the rules in docs/nodes/mentorship-intake.md and docs/participant.md say must happen. */
const cases: Array<[string, IDataObject, Expectation]> = [
	['a missing email', { ...valid, Email: undefined }, { rejectedField: 'email', problem: /missing/ }],
	['an email without @', { ...valid, Email: 'not-an-email' }, { rejectedField: 'email', problem: /not a valid/ }],
	['an email with a space', { ...valid, Email: 'a b@example.com' }, { rejectedField: 'email' }],
	['an email with markup', { ...valid, Email: '<script>@example.com' }, { rejectedField: 'email' }],
	['an email given as a list', { ...valid, Email: ['a@example.com'] }, { rejectedField: 'email', problem: /not text/ }],
	['an unknown time zone', { ...valid, Timezone: 'Mars/Olympus_Mons' }, { rejectedField: 'timezone', problem: /IANA/ }],
	['a UTC offset instead of a zone', { ...valid, Timezone: '+01:00' }, { rejectedField: 'timezone' }],
	['a non-numeric capacity', { ...valid, Capacity: 'lots' }, { rejectedField: 'capacity' }],
	['a negative capacity', { ...valid, Capacity: '-1' }, { rejectedField: 'capacity' }],
	['a fractional capacity', { ...valid, Capacity: '1.5' }, { rejectedField: 'capacity' }],
	['an absurd capacity', { ...valid, Capacity: 1000 }, { rejectedField: 'capacity' }],
	['skills as one comma string', { ...valid, 'Skills offered': 'Go, SQL,  go' }, { enrolled: { skillsOffered: ['go', 'sql'] } }],
	['languages as one semicolon string', { ...valid, Languages: 'English; Dutch' }, { enrolled: { languages: ['en', 'nl'] } }],
	['nominations as one comma string', { ...valid, Role: 'mentee', 'Preferred mentors': 'A@Example.com, b@example.com' }, { enrolled: { nominations: ['a@example.com', 'b@example.com'] } }],
	['HTML in the name', { ...valid, Name: '<b>Bob</b>' }, { rejectedField: 'name', problem: /markup/ }],
	['a script in the department', { ...valid, Department: '<script>alert(1)</script>' }, { rejectedField: 'department', problem: /markup/ }],
	['a script in a free-text answer', { ...valid, Motivation: '<script>alert(1)</script>' }, { enrolled: { answers: { Motivation: '<script>alert(1)</script>' } } }],
	['control characters in the name', { ...valid, Name: 'Ann\u0000\u0007 Lee' }, { enrolled: { name: 'Ann Lee' } }],
	['a 10 kB name', { ...valid, Name: big }, { rejectedField: 'name', problem: /characters long/ }],
	['a 10 kB free-text answer', { ...valid, Motivation: big }, { rejectedField: 'Motivation', problem: /characters long/ }],
	['a 10 kB skill', { ...valid, 'Skills offered': big }, { rejectedField: 'skillsOffered', problem: /too long/ }],
	['60 skills', { ...valid, 'Skills offered': Array.from({ length: 60 }, (_, i) => `skill ${i}`) }, { rejectedField: 'skillsOffered' }],
	['a missing name', { ...valid, Name: '  ' }, { rejectedField: 'name', problem: /missing/ }],
	['a name given as an object', { ...valid, Name: { first: 'A' } }, { rejectedField: 'name', problem: /not text/ }],
	['a missing role', { ...valid, Role: undefined }, { rejectedField: 'role', problem: /missing/ }],
	['an unknown role', { ...valid, Role: 'astronaut' }, { rejectedField: 'role' }],
	['a level in words', { ...valid, Level: 'senior' }, { rejectedField: 'level' }],
	['an impossible hire date', { ...valid, 'Hire date': '31-02-2024' }, { rejectedField: 'hireDate' }],
	['an unclear consent', { ...valid, Consent: 'maybe' }, { rejectedField: 'consent' }],
	['a manager id with spaces', { ...valid, 'Manager ID': 'John Smith' }, { rejectedField: 'managerId' }],
	['an empty payload', {}, { malformedField: 'submission' }],
	['only form metadata', { submittedAt: '2026-03-01T10:00:00Z', formMode: 'production' }, { malformedField: 'submission' }],
	['only blank answers', { Email: '', Name: '' }, { malformedField: 'submission' }],
	['a Typeform payload without answers', { form_response: { definition: { fields: [] } } }, { malformedField: 'form_response.answers' }],
];

describe('Mentorship Intake with malformed input', () => {
	describe.each(cases)('when a submission has %s', (_label, submission, expectation) => {
		it('handles it as the rules say, and the valid item beside it is still enrolled', async () => {
			const result = await runIntakeNode([submission, { ...valid, Email: 'other@example.com' }], {}, { continueOnFail: 'malformedField' in expectation });
			expect(result.status).toBe('success');
			const { enrolled, waitlisted, rejected } = outputsOf(result);
			// Every input item leaves exactly once.
			expect([...enrolled, ...waitlisted, ...rejected].map((item) => item.pairedItem).sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(enrolled.some((item) => item.json.email === 'other@example.com')).toBe(true);
			if ('enrolled' in expectation) {
				expect(enrolled[0].pairedItem).toEqual({ item: 0 });
				expect(enrolled[0].json).toMatchObject(expectation.enrolled);
				return;
			}
			expect(rejected).toHaveLength(1);
			expect(rejected[0].pairedItem).toEqual({ item: 0 });
			const reasons = rejected[0].json.reasons as Array<{ field: string; problem: string; expected: string }>;
			const field = 'rejectedField' in expectation ? expectation.rejectedField : expectation.malformedField;
			const reason = reasons.find((entry) => entry.field === field);
			expect(reason).toBeDefined();
			expect(reason!.expected.length).toBeGreaterThan(0);
			if ('rejectedField' in expectation && expectation.problem) expect(reason!.problem).toMatch(expectation.problem);
			if ('malformedField' in expectation) expect(rejected[0].json.error).toBe(`Item 0, field "${field}": ${reason!.problem}`);
			// The original submission is kept, so nothing is lost.
			expect(rejected[0].json.submission).toEqual(JSON.parse(JSON.stringify(submission)));
		});
	});

	describe('when a payload is not a submission at all and errors are not continued', () => {
		it('stops the node with an error naming the item index and the field', async () => {
			const result = await runIntakeNode([{ ...valid }, {}]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 1, field "submission": is empty');
			expect(result.error?.description).toMatch(/at least an email address and a name/);
			expect(result.error?.context?.itemIndex).toBe(1);
		});
	});

	describe('when invalid submissions are set to stop the workflow', () => {
		it('stops at the first invalid submission, naming the item and field', async () => {
			const result = await runIntakeNode([{ ...valid }, { ...valid, Email: 'nope' }], { options: { invalidSubmissions: 'stop' } });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 1, field "email": is not a valid email address');
			expect(result.executedNodes).toContain(INTAKE);
		});
	});

	describe('when the current time parameter is not a date', () => {
		it('stops with an error naming the parameter and how to fix it', async () => {
			const result = await runIntakeNode([{ ...valid }], { currentTime: 'yesterday' });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Parameter "currentTime": "yesterday" is not a date and time');
			expect(result.error?.description).toMatch(/ISO 8601/);
		});
	});
});
