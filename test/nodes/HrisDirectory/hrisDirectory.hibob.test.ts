import nock from 'nock';

import { fixture, HIBOB_API, HIBOB_CREDENTIALS, HRIS, runHrisNode } from './hrisWorkflow';

interface SearchBody {
	fields: string[];
	showInactive: boolean;
	humanReadable: string;
}

const everyone = fixture<{ employees: Array<{ internal: { status: string } }> }>('hibob-people-search.json');

/** Bob filters inactive people out unless `showInactive` is set; this stands in for that. */
function searchReply(body: SearchBody) {
	return {
		employees: body.showInactive
			? everyone.employees
			: everyone.employees.filter((employee) => employee.internal.status === 'Active'),
	};
}

function bob() {
	return nock(HIBOB_API).post('/v1/people/search').basicAuth({ user: 'SERVICE-42', pass: 'bob-token' });
}

/** Level and last promotion live in custom Work fields of the fixture's Bob. */
const LEVEL = {
	mappings: [
		{ target: 'level', source: 'work.custom.field_1699' },
		{ target: 'lastPromotionDate', source: 'work.custom.field_1700' },
	],
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('HRIS Directory with HiBob', () => {
	describe('when the service user may read everyone', () => {
		it('asks for the standard and mapped fields with basic auth, active people only', async () => {
			let sent: SearchBody | undefined;
			bob().reply(200, (_uri, body) => {
				sent = body as SearchBody;
				return searchReply(sent);
			});

			await runHrisNode({ hris: 'hibob', customFields: LEVEL });

			expect(nock.isDone()).toBe(true);
			expect(sent).toMatchObject({ showInactive: false, humanReadable: 'APPEND' });
			expect(sent!.fields).toEqual(
				expect.arrayContaining(['root.id', 'root.email', 'work.reportsTo', 'work.department', 'internal.terminationDate']),
			);
			expect(sent!.fields.slice(-2)).toEqual(['work.custom.field_1699', 'work.custom.field_1700']);
		});

		it('returns participants with list labels, managers and the mapped level', async () => {
			bob().reply(200, (_uri, body) => searchReply(body as SearchBody));

			const result = await runHrisNode({ hris: 'hibob', customFields: LEVEL });

			expect(result.status).toBe('success');
			const people = result.output(HRIS).map((item) => item.json);
			// Four active people in the fixture; Roos is inactive.
			expect(people.map((person) => person.id)).toEqual(['3332880', '3332881', '3332882', '3332883']);
			expect(people[1]).toMatchObject({
				email: 'olaf.dekker@bob.example',
				name: 'Olaf Dekker',
				department: 'Engineering',
				title: 'VP Engineering',
				location: 'Amsterdam',
				managerId: '3332880',
				level: 6,
				hireDate: '2018-09-03',
				lastPromotionDate: '2024-07-01',
				valid: true,
				warnings: [],
			});
			expect(people[2]).toMatchObject({ managerId: '3332881', location: 'Berlin', level: 3 });
			for (const item of result.output(HRIS)) expect(item.pairedItem).toEqual({ item: 0 });
		});

		it('keeps a manager who is not in the result, with a warning', async () => {
			bob().reply(200, (_uri, body) => searchReply(body as SearchBody));

			const result = await runHrisNode({ hris: 'hibob' });

			// Quinten reports to 3330000, who is not among the people Bob returned.
			const quinten = result.output(HRIS)[3].json;
			expect(quinten).toMatchObject({ name: 'Quinten Bos', managerId: '3330000', valid: true });
			expect(quinten.warnings).toEqual([expect.objectContaining({ field: 'managerId', received: '3330000' })]);
		});

		it('keys people and managers by email when asked', async () => {
			bob().reply(200, (_uri, body) => searchReply(body as SearchBody));

			const result = await runHrisNode({ hris: 'hibob', options: { idFrom: 'email' } });

			const people = result.output(HRIS).map((item) => item.json);
			expect(people[2]).toMatchObject({ id: 'puck.willems@bob.example', managerId: 'olaf.dekker@bob.example' });
			expect(people[2].answers).toMatchObject({ hrisId: '3332882' });
		});
	});

	describe('when former employees are asked for', () => {
		it('asks Bob for inactive people and returns their termination date', async () => {
			bob().reply(200, (_uri, body) => searchReply(body as SearchBody));

			const result = await runHrisNode({ hris: 'hibob', includeFormer: true });

			const roos = result.output(HRIS).find((item) => item.json.name === 'Roos Meijer')?.json;
			expect(roos).toMatchObject({ terminationDate: '2025-08-31', managerId: '3332881', valid: true });
			expect(result.output(HRIS)).toHaveLength(5);
		});
	});

	describe('when Bob rate-limits the search', () => {
		it('retries once the X-RateLimit-Reset time has passed', async () => {
			// A reset time long past means the window is already open again: retry at once.
			bob().reply(429, { error: 'Too many requests' }, { 'X-RateLimit-Reset': '1000000001', 'X-RateLimit-Remaining': '0' });
			bob().reply(200, (_uri, body) => searchReply(body as SearchBody));

			const result = await runHrisNode({ hris: 'hibob' });

			expect(result.status).toBe('success');
			expect(nock.isDone()).toBe(true);
			expect(result.output(HRIS)).toHaveLength(4);
		});
	});

	describe('when the service user token is wrong', () => {
		it('fails with an error that names the HiBob API credential', async () => {
			// n8n resends a request refused with 401 once after re-authenticating.
			nock(HIBOB_API).post('/v1/people/search').times(2).reply(401, { error: 'Unauthorized' });

			const result = await runHrisNode(
				{ hris: 'hibob' },
				{ credentials: { hiBobApi: { ...HIBOB_CREDENTIALS, serviceUserToken: 'wrong' } } },
			);

			expect(result.status).toBe('error');
			expect(nock.isDone()).toBe(true);
			expect(result.error?.message).toBe('HiBob rejected the "HiBob API" credential (HTTP 401 Unauthorized)');
			expect(result.error?.description).toContain('Service User ID and Token');
		});
	});

	describe('when Bob answers something that is not a people search', () => {
		it('fails saying what was expected', async () => {
			bob().reply(200, { message: 'maintenance' });

			const result = await runHrisNode({ hris: 'hibob' });

			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 0, field "employees": is not a list of employees');
		});
	});
});
