import nock from 'nock';

import { HIBOB_API, HRIS, runHrisNode } from './hrisWorkflow';

const employee = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	email: `p${id}@bob.example`,
	displayName: `Person ${id}`,
	work: { reportsTo: id === '1' ? null : { id: '1' } },
	internal: { status: 'Active' },
	...extra,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('HRIS Directory with HiBob', () => {
	describe('when some person records are broken', () => {
		const employees = [
			employee('1'),
			employee('2', { email: null }),
			employee('3', { displayName: 'Sam <b>Jones</b>' }),
			employee('4', { email: 'p4@@bob.example' }),
			null,
			employee('6', { email: 'Zoë.Tanaka@Bücher.example', displayName: 'Zoë \u202ETanaka\u202C' }),
			employee('7'),
		];

		it('returns every person, each broken one with valid false and the field, none stopping the run', async () => {
			nock(HIBOB_API).post('/v1/people/search').reply(200, { employees });
			const result = await runHrisNode({ hris: 'hibob' });
			expect(result.status).toBe('success');
			const items = result.output(HRIS);
			expect(items).toHaveLength(7);
			expect(items.every((item) => JSON.stringify(item.pairedItem) === JSON.stringify({ item: 0 }))).toBe(true);
			const fieldsOf = (index: number) => (items[index].json.warnings as Array<{ field: string }>).map((warning) => warning.field);
			expect(items.map((item) => item.json.valid)).toEqual([true, false, false, false, false, true, true]);
			expect(fieldsOf(1)).toContain('email');
			expect(fieldsOf(2)).toContain('name');
			expect(fieldsOf(3)).toContain('email');
			expect(fieldsOf(4)).toContain('record');
		});

		it('returns an internationalised email in normal form and the name without invisible characters', async () => {
			nock(HIBOB_API).post('/v1/people/search').reply(200, { employees });
			const result = await runHrisNode({ hris: 'hibob', options: { idFrom: 'email' } });
			const zoe = result.output(HRIS)[5].json;
			expect(zoe).toMatchObject({ id: 'zoë.tanaka@bücher.example', email: 'zoë.tanaka@bücher.example', name: 'Zoë Tanaka', valid: true });
		});
	});
});
