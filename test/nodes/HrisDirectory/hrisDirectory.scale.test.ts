import nock from 'nock';

import { buildOrgChart } from '../../../nodes/core/orgChart/orgChart';
import { heapManager, personioDirectory, personioPage } from '../../fixtures/hris/directory';
import { fixture, HRIS, PERSONIO_API, runHrisNode } from './hrisWorkflow';

const SIZE = 2000;

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('HRIS Directory with a 2,000-person Personio directory', () => {
	it('returns everyone once with the manager chain intact', async () => {
		const directory = personioDirectory(SIZE);
		const offsets: number[] = [];
		nock(PERSONIO_API).post('/v1/auth').reply(200, fixture('personio-auth.json'));
		nock(PERSONIO_API, { reqheaders: { authorization: 'Bearer papi-first-token' } })
			.get('/v1/company/employees')
			.query(true)
			.times(SIZE / 100)
			.reply(200, (uri) => {
				const query = new URL(uri, PERSONIO_API).searchParams;
				const offset = Number(query.get('offset'));
				offsets.push(offset);
				return personioPage(directory, offset, Number(query.get('limit')));
			});

		const result = await runHrisNode({
			hris: 'personio',
			customFields: { mappings: [{ target: 'level', source: 'Career level' }] },
		});

		expect(result.status).toBe('success');
		// 2,000 people at Personio's maximum of 100 a page: offsets 0, 100, ..., 1900.
		expect(offsets).toEqual(Array.from({ length: 20 }, (_, page) => page * 100));
		const people = result.output(HRIS).map((item) => item.json);
		expect(people).toHaveLength(SIZE);
		expect(new Set(people.map((person) => person.id)).size).toBe(SIZE);
		for (const person of people) {
			const n = Number(person.id);
			// The builder's rule, applied independently: n reports to floor(n / 2); level is 1 + n mod 7.
			expect(person.managerId).toBe(heapManager(n) === undefined ? undefined : String(heapManager(n)));
			expect(person.level).toBe(1 + (n % 7));
			expect(person.valid).toBe(true);
			expect(person.warnings).toEqual([]);
		}

		const chart = buildOrgChart(people.map((person) => ({ id: String(person.id), managerId: person.managerId as string | undefined })));
		expect(chart.issues).toEqual([]);
		// Halving 2000 by hand: 1000, 500, 250, 125, 62, 31, 15, 7, 3, 1.
		expect(chart.ancestors('2000')).toEqual(['1000', '500', '250', '125', '62', '31', '15', '7', '3', '1']);
		// Everyone but the head is below person 1.
		expect(chart.reportCount('1')).toBe(SIZE - 1);
	});
});
