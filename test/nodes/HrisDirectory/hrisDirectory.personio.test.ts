import nock from 'nock';

import { fixture, HRIS, PERSONIO_API, PERSONIO_CREDENTIALS, runHrisNode } from './hrisWorkflow';

const EMPLOYEES = '/v1/company/employees';
const TOKEN = 'papi-first-token';

/** Level and skills live in the custom attributes "Career level" (dynamic_24407) and "Skills" (dynamic_24408). */
const CUSTOM_FIELDS = {
	mappings: [
		{ target: 'level', source: 'Career level' },
		{ target: 'skillsOffered', source: 'dynamic_24408' },
		{ target: 'lastPromotionDate', source: 'last promotion' },
	],
};

function personio() {
	return nock(PERSONIO_API, { reqheaders: { authorization: `Bearer ${TOKEN}` } });
}

function serveThreePages() {
	personio().get(EMPLOYEES).query({ limit: 2, offset: 0 }).reply(200, fixture('personio-employees-page1.json'));
	personio().get(EMPLOYEES).query({ limit: 2, offset: 2 }).reply(200, fixture('personio-employees-page2.json'));
	personio().get(EMPLOYEES).query({ limit: 2, offset: 4 }).reply(200, fixture('personio-employees-page3.json'));
}

function authOnce() {
	return nock(PERSONIO_API)
		.post('/v1/auth', { client_id: 'client-id', client_secret: 'client-secret' })
		.reply(200, fixture('personio-auth.json'));
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('HRIS Directory with Personio', () => {
	describe('when the directory spans three pages', () => {
		it('returns every current employee once, in Personio order, as participants', async () => {
			authOnce();
			serveThreePages();

			const result = await runHrisNode({ hris: 'personio', customFields: CUSTOM_FIELDS, options: { pageSize: 2 } });

			expect(result.status).toBe('success');
			expect(nock.isDone()).toBe(true);
			const people = result.output(HRIS).map((item) => item.json);
			// The fixture holds ids 1-5 over pages of 2, 2 and 1; id 4 (Daan) is inactive.
			expect(people.map((person) => person.id)).toEqual(['1', '2', '3', '5']);
			expect(people[0]).toMatchObject({
				email: 'ada.bergmann@demo.example',
				name: 'Ada Bergmann',
				department: 'Management',
				team: 'Leadership',
				title: 'CEO',
				location: 'Amsterdam',
				level: 7,
				skillsOffered: ['leadership', 'strategy'],
				hireDate: '2015-03-01',
				valid: true,
				warnings: [],
			});
			expect(people[0]).not.toHaveProperty('role');
			expect(people[0]).not.toHaveProperty('managerId');
			// Bram reports to Ada; Chloé (onboarding) to Bram; the promotion date is Bram's custom attribute.
			expect(people[1]).toMatchObject({ managerId: '1', level: 6, lastPromotionDate: '2023-04-01' });
			expect(people[2]).toMatchObject({ managerId: '2', hireDate: '2026-12-01', valid: true });
		});

		it('pairs every output item with the input item', async () => {
			authOnce();
			serveThreePages();

			const result = await runHrisNode({ hris: 'personio', options: { pageSize: 2 } });

			expect(result.output(HRIS)).toHaveLength(4);
			for (const item of result.output(HRIS)) expect(item.pairedItem).toEqual({ item: 0 });
		});

		it('keeps the manager of a person whose manager is not in the result, with a warning', async () => {
			authOnce();
			serveThreePages();

			const result = await runHrisNode({ hris: 'personio', options: { pageSize: 2 } });

			// Eva (id 5) reports to id 999, who is not in the directory.
			const eva = result.output(HRIS).find((item) => item.json.id === '5')!.json;
			expect(eva.managerId).toBe('999');
			expect(eva.valid).toBe(true);
			expect(eva.warnings).toEqual([expect.objectContaining({ field: 'managerId', received: '999' })]);
		});
	});

	describe('when former employees since a date are asked for', () => {
		it('returns those who left on or after the date with their termination date', async () => {
			authOnce();
			serveThreePages();

			const result = await runHrisNode({
				hris: 'personio',
				includeFormer: true,
				formerSince: '2024-01-01T00:00:00',
				options: { pageSize: 2 },
			});

			// Daan (id 4) left on 2024-05-31, after 2024-01-01.
			const ids = result.output(HRIS).map((item) => item.json.id);
			expect(ids).toEqual(['1', '2', '3', '4', '5']);
			expect(result.output(HRIS)[3].json).toMatchObject({ terminationDate: '2024-05-31', managerId: '2' });
		});

		it('leaves out those who left before the date', async () => {
			authOnce();
			serveThreePages();

			const result = await runHrisNode({
				hris: 'personio',
				includeFormer: true,
				formerSince: '2024-06-01T00:00:00',
				options: { pageSize: 2 },
			});

			expect(result.output(HRIS).map((item) => item.json.id)).toEqual(['1', '2', '3', '5']);
		});
	});

	describe('when the stored token has expired', () => {
		it('renews the token through the credential and resends the request', async () => {
			// The stale token is refused once; n8n then runs preAuthentication and resends.
			nock(PERSONIO_API, { reqheaders: { authorization: 'Bearer papi-stale-token' } })
				.get(EMPLOYEES)
				.query({ limit: 2, offset: 0 })
				.reply(401, fixture('personio-error-401.json'));
			authOnce();
			serveThreePages();

			const result = await runHrisNode(
				{ hris: 'personio', options: { pageSize: 2 } },
				{ credentials: { personioApi: { ...PERSONIO_CREDENTIALS, accessToken: 'papi-stale-token' } } },
			);

			expect(result.status).toBe('success');
			expect(nock.isDone()).toBe(true);
			expect(result.output(HRIS)).toHaveLength(4);
		});
	});

	describe('when Personio rate-limits a request', () => {
		it('waits as Retry-After asks and retries', async () => {
			authOnce();
			personio().get(EMPLOYEES).query({ limit: 2, offset: 0 }).reply(200, fixture('personio-employees-page1.json'));
			personio()
				.get(EMPLOYEES)
				.query({ limit: 2, offset: 2 })
				.times(2)
				.reply(429, fixture('personio-error-429.json'), { 'Retry-After': '0' });
			personio().get(EMPLOYEES).query({ limit: 2, offset: 2 }).reply(200, fixture('personio-employees-page2.json'));
			personio().get(EMPLOYEES).query({ limit: 2, offset: 4 }).reply(200, fixture('personio-employees-page3.json'));

			const result = await runHrisNode({ hris: 'personio', options: { pageSize: 2 } });

			expect(result.status).toBe('success');
			expect(nock.isDone()).toBe(true);
			expect(result.output(HRIS).map((item) => item.json.id)).toEqual(['1', '2', '3', '5']);
		});

		it('gives up after the retries allowed, saying so', async () => {
			authOnce();
			// One try and two retries, all refused.
			personio()
				.get(EMPLOYEES)
				.query({ limit: 100, offset: 0 })
				.times(3)
				.reply(429, fixture('personio-error-429.json'), { 'Retry-After': '0' });

			const result = await runHrisNode({ hris: 'personio', options: { maxRetries: 2 } });

			expect(result.status).toBe('error');
			expect(nock.isDone()).toBe(true);
			expect(result.error?.message).toBe('Personio still answered 429 Too Many Requests after 2 retries');
		});
	});

	describe('when the client secret is wrong', () => {
		it('fails with an error that names the Personio API credential', async () => {
			// n8n asks for a token, is refused, tries once more as for an expired token, and is refused again.
			nock(PERSONIO_API).post('/v1/auth').times(2).reply(401, fixture('personio-error-401.json'));

			const result = await runHrisNode({ hris: 'personio' });

			expect(result.status).toBe('error');
			expect(nock.isDone()).toBe(true);
			expect(result.error?.message).toBe('Personio rejected the "Personio API" credential (HTTP 401 Unauthorized)');
			expect(result.error?.description).toContain('Client ID and Client Secret');
		});

		it('returns an error item paired with the input when the node continues on fail', async () => {
			nock(PERSONIO_API).post('/v1/auth').times(2).reply(401, fixture('personio-error-401.json'));

			const result = await runHrisNode({ hris: 'personio' }, { continueOnFail: true });

			expect(result.status).toBe('success');
			expect(result.output(HRIS)).toEqual([
				{
					json: expect.objectContaining({ error: 'Personio rejected the "Personio API" credential (HTTP 401 Unauthorized)' }),
					pairedItem: { item: 0 },
				},
			]);
		});
	});

	describe('when some records are malformed', () => {
		it('returns every record, the bad ones marked invalid with warnings that say what is wrong', async () => {
			authOnce();
			personio().get(EMPLOYEES).query({ limit: 100, offset: 0 }).reply(200, fixture('personio-employees-malformed.json'));

			const result = await runHrisNode({ hris: 'personio' });

			expect(result.status).toBe('success');
			const people = result.output(HRIS).map((item) => item.json);
			// Six records in, six items out, in order: Fenna (fine), no attributes, Gijs (bad email),
			// a string, Hanna (unreadable supervisor, bad hire date), Ivo (no id).
			expect(people).toHaveLength(6);
			expect(people.map((person) => person.valid)).toEqual([true, false, false, false, false, false]);
			const fields = (index: number) => (people[index].warnings as Array<{ field: string }>).map((issue) => issue.field);
			expect(fields(0)).toEqual([]);
			expect(fields(1)).toEqual(['record', 'status', 'email', 'name']);
			expect(fields(2)).toEqual(['email']);
			expect(fields(3)).toEqual(['record', 'status', 'email', 'name']);
			expect(fields(4)).toEqual(['managerId', 'hireDate']);
			expect(fields(5)).toEqual(['id']);
			// What could be read is kept: Gijs still has his name, manager and level-free fields.
			expect(people[2]).toMatchObject({ id: '12', name: 'Gijs Mulder', managerId: '10' });
			// Ivo has no Personio id, so he is keyed by email as DESIGN.md says.
			expect(people[5]).toMatchObject({ id: 'ivo.peters@demo.example', name: 'Ivo Peters' });
		});
	});
});
