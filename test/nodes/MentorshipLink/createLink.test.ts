import { CREATE, handSignedToken, runLinks } from './linkWorkflow';

/** 2026-03-03T09:00:00Z plus 30 days of 86 400 s: 1 772 528 400 + 2 592 000. */
const EXPIRES_AT = 1775120400;

const CREATE_CHECK_IN = {
	purpose: 'checkIn',
	programId: '={{ $json.programId }}',
	subjectId: '={{ $json.pairId }}',
	person: '={{ $json.email }}',
	role: 'mentee',
	baseUrl: 'https://n8n.example.com/form/check-in',
	now: '2026-03-03T09:00:00Z',
};

const pairs = [
	{ programId: 'p1', pairId: 'pair-7', email: 'ann@example.com' },
	{ programId: 'p1', pairId: 'pair-8', email: 'bo@example.com' },
];

describe('Mentorship Link: Create Link', () => {
	describe('when every parameter has a value', () => {
		it('returns each item with its link and token, signed as the format says, paired with its input', async () => {
			const result = await runLinks({ create: CREATE_CHECK_IN, items: pairs });

			expect(result.status).toBe('success');
			const output = result.output(CREATE);
			expect(output).toHaveLength(2);
			pairs.forEach((pair, index) => {
				const token = handSignedToken({ v: 1, p: 'p1', s: pair.pairId, u: pair.email, r: 'mentee', k: 'checkIn', e: EXPIRES_AT });
				expect(output[index].json).toEqual({ ...pair, link: `https://n8n.example.com/form/check-in?token=${token}`, linkToken: token });
				expect(output[index].pairedItem).toEqual({ item: index });
			});
		});

		it('returns the token after & when the base URL has a query, in the fields and parameter asked for', async () => {
			const result = await runLinks({
				create: {
					...CREATE_CHECK_IN,
					baseUrl: 'https://n8n.example.com/webhook/met?lang=nl',
					validForDays: 1,
					options: { linkField: 'metUrl', tokenField: 'metToken', queryParameter: 't' },
				},
				items: [pairs[0]],
			});

			const [item] = result.output(CREATE);
			const token = handSignedToken({ v: 1, p: 'p1', s: 'pair-7', u: 'ann@example.com', r: 'mentee', k: 'checkIn', e: 1772528400 + 86400 });
			expect(item.json.metUrl).toBe(`https://n8n.example.com/webhook/met?lang=nl&t=${token}`);
			expect(item.json.metToken).toBe(token);
			expect(item.json).not.toHaveProperty('link');
		});

		it('reads days given as text by an expression', async () => {
			const result = await runLinks({ create: { ...CREATE_CHECK_IN, validForDays: '={{ $json.days }}' }, items: [{ ...pairs[0], days: '2' }] });
			const token = handSignedToken({ v: 1, p: 'p1', s: 'pair-7', u: 'ann@example.com', r: 'mentee', k: 'checkIn', e: 1772528400 + 2 * 86400 });
			expect(result.output(CREATE)[0].json.linkToken).toBe(token);
		});

		it('reads a numeric program id from an expression as its text', async () => {
			const result = await runLinks({ create: CREATE_CHECK_IN, items: [{ ...pairs[0], programId: 42 }] });
			const token = handSignedToken({ v: 1, p: '42', s: 'pair-7', u: 'ann@example.com', r: 'mentee', k: 'checkIn', e: EXPIRES_AT });
			expect(result.output(CREATE)[0].json.linkToken).toBe(token);
		});
	});

	describe('when a required value is missing or too long', () => {
		it('fails naming the item and the parameter', async () => {
			const result = await runLinks({ create: CREATE_CHECK_IN, items: [pairs[0], { ...pairs[1], programId: '' }] });

			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 1, parameter "Program ID": is empty, expected text of 1 to 256 characters');
		});

		it.each([
			['Subject ID', { pairId: 'x'.repeat(257) }, 'has 257 characters, expected text of 1 to 256 characters'],
			['Person', { email: undefined }, 'is empty, expected text of 1 to 256 characters'],
			['Base URL', { url: 'not a url' }, 'is not a web address'],
		])('fails naming %s', async (label, change, problem) => {
			const result = await runLinks({ create: { ...CREATE_CHECK_IN, baseUrl: '={{ $json.url ?? "https://a.example/f" }}' }, items: [{ ...pairs[0], ...change }] });
			expect(result.error?.message).toContain(`Item 0, parameter "${label}": ${problem}`);
		});

		it('fails naming Purpose for a purpose with other characters than letters and digits', async () => {
			const result = await runLinks({ create: { ...CREATE_CHECK_IN, purpose: 'check-in' }, items: [pairs[0]] });
			expect(result.error?.message).toMatch(/^Item 0, parameter "Purpose": is not a purpose name, expected letters and digits only, at most 32, e.g. checkIn$/);
		});

		it('fails naming Valid For (Days) for zero days', async () => {
			const result = await runLinks({ create: { ...CREATE_CHECK_IN, validForDays: '={{ 0 }}' }, items: [pairs[0]] });
			expect(result.error?.message).toBe('Item 0, parameter "Valid For (Days)": Valid for 0 days is not a usable validity');
		});

		it('fails naming Current Time for a time that is not one', async () => {
			const result = await runLinks({ create: { ...CREATE_CHECK_IN, now: 'next week' }, items: [pairs[0]] });
			expect(result.error?.message).toBe('Item 0, parameter "Current Time": The current time is not a date and time');
		});

		it('returns an error item in its place under continue on fail, and the other items', async () => {
			const result = await runLinks({ create: CREATE_CHECK_IN, items: [pairs[0], { ...pairs[1], programId: '' }], continueOnFail: true });

			const output = result.output(CREATE);
			expect(output).toHaveLength(2);
			expect(output[0].json.linkToken).toEqual(expect.any(String));
			// The package's one error item shape (nodes/shared/errors.ts): the message, the fix and the item.
			expect(output[1].json).toEqual({
				error: 'Item 1, parameter "Program ID": is empty, expected text of 1 to 256 characters',
				hint: 'Each claim is bound into the link: give every one a value',
				itemIndex: 1,
			});
			expect(output[1].pairedItem).toEqual({ item: 1 });
		});
	});
});
