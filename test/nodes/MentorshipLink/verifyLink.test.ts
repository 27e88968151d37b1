import type { IDataObject } from 'n8n-workflow';

import { CREATE, handSignedToken, OTHER_SECRET, runLinks, VERIFY } from './linkWorkflow';

/** 2026-03-03T09:00:00Z: the links below are made then, valid 30 days (to 2026-04-02T09:00:00Z). */
const MADE = 1772528400;
const EXPIRES = MADE + 30 * 86400;
const CLICKED = '2026-03-10T12:00:00Z';

const claims = { v: 1, p: 'p1', s: 'pair-7', u: 'ann@example.com', r: 'mentee', k: 'checkIn', e: EXPIRES };
const genuine = handSignedToken(claims);

const VERIFY_CHECK_IN = {
	expectedPurpose: '={{ $json.expectPurpose ?? "checkIn" }}',
	expectedProgramId: 'p1',
	expectedSubjectId: '={{ $json.pairId }}',
	expectedPerson: '={{ $json.email }}',
	expectedRole: 'mentee',
	now: `={{ $json.clickedAt ?? "${CLICKED}" }}`,
};

/** The same payload with one claim changed and the genuine signature kept. */
function forged(change: IDataObject): string {
	const signature = genuine.split('.')[1];
	return `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`;
}

const answer = { pairId: 'pair-7', email: 'ann@example.com', rating: 4 };

describe('Mentorship Link: Verify Link', () => {
	describe('when a link made by Create Link comes back', () => {
		it('returns it on Valid with its claims, the input kept and paired', async () => {
			const result = await runLinks({
				create: {
					purpose: 'checkIn',
					programId: 'p1',
					subjectId: '={{ $json.pairId }}',
					person: '={{ $json.email }}',
					role: 'mentee',
					baseUrl: 'https://n8n.example.com/form/check-in',
					now: '2026-03-03T09:00:00Z',
				},
				verify: { ...VERIFY_CHECK_IN, token: '={{ $json.linkToken }}' },
				items: [answer, { ...answer, pairId: 'pair-8', email: 'bo@example.com' }],
			});

			expect(result.status).toBe('success');
			const [valid, invalid] = result.outputs(VERIFY);
			expect(invalid).toEqual([]);
			expect(valid.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(valid[0].json).toEqual({
				...result.output(CREATE)[0].json,
				link: { programId: 'p1', subject: 'pair-7', person: 'ann@example.com', role: 'mentee', purpose: 'checkIn', expiresAt: '2026-04-02T09:00:00.000Z' },
			});
			expect(valid[1].json.link).toMatchObject({ subject: 'pair-8', person: 'bo@example.com' });
		});
	});

	describe('when the token arrives as a webhook query parameter', () => {
		it('reads it with the default Token expression', async () => {
			const result = await runLinks({ verify: VERIFY_CHECK_IN, items: [{ ...answer, query: { token: genuine } }] });
			expect(result.output(VERIFY, 0)).toHaveLength(1);
		});
	});

	describe('when links are forged, stale, misdirected or missing', () => {
		const cases: Array<[string, IDataObject, string]> = [
			['a payload edited to another role, signature kept', { token: forged({ r: 'mentor' }) }, 'badSignature'],
			['a payload edited to another pair, signature kept', { token: forged({ s: 'pair-9' }) }, 'badSignature'],
			['a token signed with another secret', { token: handSignedToken(claims, OTHER_SECRET) }, 'badSignature'],
			['a link opened at its expiry', { token: genuine, clickedAt: '2026-04-02T09:00:00Z' }, 'expired'],
			['a link for another purpose', { token: genuine, expectPurpose: 'endPair' }, 'wrongPurpose'],
			['a link sent to another person', { token: genuine, email: 'bo@example.com' }, 'wrongPerson'],
			['a link for another pair', { token: genuine, pairId: 'pair-8' }, 'wrongSubject'],
			['a mentor link used by the mentee form', { token: handSignedToken({ ...claims, r: 'mentor' }) }, 'wrongRole'],
			['a link of another program', { token: handSignedToken({ ...claims, p: 'p2' }) }, 'wrongProgram'],
			['no token at all', {}, 'malformed'],
			['a token that is a number', { token: 12345 }, 'malformed'],
			['a token that is an object', { token: { nested: genuine } }, 'malformed'],
		];

		it('returns each on Invalid with its code and message, and the genuine one on Valid, no item lost', async () => {
			const items = [{ ...answer, token: genuine }, ...cases.map(([, change]) => ({ ...answer, ...change }))];
			const result = await runLinks({ verify: VERIFY_CHECK_IN, items });

			expect(result.status).toBe('success');
			const [valid, invalid] = result.outputs(VERIFY);
			expect(valid.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
			expect(valid.length + invalid.length).toBe(items.length);
			expect(invalid.map((item) => [cases[(item.pairedItem as { item: number }).item - 1][0], (item.json.linkError as IDataObject).code])).toEqual(
				cases.map(([name, , code]) => [name, code]),
			);
			const expired = invalid.find((item) => (item.json.linkError as IDataObject).code === 'expired')!;
			expect(expired.json).toEqual({
				...items[(expired.pairedItem as { item: number }).item],
				linkError: { code: 'expired', message: 'This link has expired. Ask the program team for a new one.' },
			});
		});
	});

	describe('when a 1 MB token is posted', () => {
		it('returns it on Invalid as malformed with the token replaced by a note', async () => {
			const huge = `${'A'.repeat(1024 * 1024)}.${genuine.split('.')[1]}`;
			const result = await runLinks({ verify: VERIFY_CHECK_IN, items: [{ ...answer, token: huge }, { ...answer, query: { token: huge } }] });

			const invalid = result.output(VERIFY, 1);
			expect(invalid).toHaveLength(2);
			const note = '[token removed: 1048620 characters, more than the 2048 a link may carry]';
			expect(invalid[0].json).toEqual({ ...answer, token: note, linkError: expect.objectContaining({ code: 'malformed' }) });
			expect(invalid[1].json).toMatchObject({ query: { token: note }, linkError: { code: 'malformed' } });
			expect(JSON.stringify(invalid).length).toBeLessThan(2000);
		});
	});

	describe('when the setup is wrong', () => {
		it('fails naming the item and Expected Purpose when it is empty', async () => {
			const result = await runLinks({ verify: { ...VERIFY_CHECK_IN, expectedPurpose: '={{ $json.nothing ?? "" }}' }, items: [{ ...answer, token: genuine }] });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 0, parameter "Expected Purpose": is empty, expected the purpose the link was made for, e.g. checkIn');
		});

		it('returns the item on Invalid with code setup under continue on fail, never on Valid', async () => {
			const result = await runLinks({
				verify: { ...VERIFY_CHECK_IN, now: 'whenever' },
				items: [{ ...answer, token: genuine }],
				continueOnFail: true,
			});
			const [valid, invalid] = result.outputs(VERIFY);
			expect(valid).toEqual([]);
			expect(invalid[0].json).toMatchObject({
				error: 'Item 0, parameter "Current Time": The current time is not a date and time',
				linkError: { code: 'setup', message: 'This link cannot be checked right now. Please tell the program team.' },
			});
			expect(invalid[0].pairedItem).toEqual({ item: 0 });
		});

		it('fails with a clear error when no Mentorship Link Secret credential is selected', async () => {
			const result = await runLinks({ verify: VERIFY_CHECK_IN, items: [{ ...answer, token: genuine }], noCredential: true });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('No Mentorship Link Secret credential is selected');
			expect(result.error?.description).toContain('openssl rand -base64 48');
		});

		it('fails naming the credential when its secret is shorter than 32 characters', async () => {
			const result = await runLinks({
				verify: VERIFY_CHECK_IN,
				items: [{ ...answer, token: genuine }],
				credentials: { mentorshipLinkSecretApi: { secret: 'too short' } },
			});
			expect(result.error?.message).toBe(
				'Credential "Mentorship Link Secret": The link secret has 9 characters, fewer than the 32 needed to make links nobody can forge',
			);
		});
	});
});
