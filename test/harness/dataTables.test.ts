import type { IDataObject, INode, INodeParameters, Workflow } from 'n8n-workflow';

import type { ColumnSpec } from './dataTables';
import { InMemoryDataTables } from './dataTables';
import type { WorkflowJson } from './runWorkflow';
import { runWorkflow } from './runWorkflow';

/** The stock Data Table node's current version (DataTable.node.js declares `version: [1, 1.1]`). */
const DATA_TABLE_VERSION = 1.1;
const START = '2026-01-05T09:00:00.000Z';

/** A clock the test moves by hand, so timestamps are known in advance. */
function manualClock(iso = START) {
	let time = Date.parse(iso);
	return {
		now: () => new Date(time),
		advance(seconds: number) {
			time += seconds * 1000;
		},
	};
}

/** Manual Trigger -> stock Data Table node with the given parameters. */
function dataTableWorkflow(parameters: IDataObject): WorkflowJson {
	return {
		nodes: [
			{
				id: '1',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '2',
				name: 'Data table',
				type: 'n8n-nodes-base.dataTable',
				typeVersion: DATA_TABLE_VERSION,
				position: [200, 0],
				parameters: parameters as INodeParameters,
			},
		],
		connections: { Start: { main: [[{ node: 'Data table', type: 'main', index: 0 }]] } },
	};
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const byName = (value: string) => ({ __rl: true, mode: 'name', value });
const autoMap = { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] };
const defineBelow = (value: IDataObject) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
});

type Condition = { keyName: string; condition?: string; keyValue?: unknown };
const where = (
	conditions: Condition[],
	matchType: 'allConditions' | 'anyCondition' = 'allConditions',
) => ({
	matchType,
	filters: { conditions },
});

const PEOPLE: ColumnSpec[] = [
	{ name: 'email', type: 'string' },
	{ name: 'name', type: 'string' },
	{ name: 'level', type: 'number' },
	{ name: 'mentor', type: 'boolean' },
	{ name: 'hired', type: 'date' },
];

/** Five people chosen so each filter below selects a different, hand-checked subset. */
const ROWS = [
	{
		email: 'ann@example.com',
		name: 'Ann de Vries',
		level: 7,
		mentor: true,
		hired: '2019-04-01T00:00:00Z',
	},
	{
		email: 'bob@example.com',
		name: 'Bob Jansen',
		level: 3,
		mentor: false,
		hired: '2023-09-15T00:00:00Z',
	},
	{
		email: 'cas@example.com',
		name: 'Cas Bakker',
		level: 5,
		mentor: true,
		hired: '2021-01-10T00:00:00Z',
	},
	{ email: 'dee@example.com', name: '', level: null, mentor: false, hired: null },
	{ email: 'eve@example.com', name: null, level: 9, mentor: null, hired: '2015-06-30T00:00:00Z' },
];

const emails = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json.email);

describe('InMemoryDataTables', () => {
	let clock: ReturnType<typeof manualClock>;
	let tables: InMemoryDataTables;
	let people: string;

	beforeEach(() => {
		clock = manualClock();
		tables = new InMemoryDataTables({ now: clock.now });
		people = tables.create('people', PEOPLE, ROWS);
	});

	const run = async (parameters: IDataObject, items: IDataObject[] = [{}]) =>
		runWorkflow(dataTableWorkflow(parameters), {
			dataTables: tables,
			start: { node: 'Start', items },
		});

	const get = async (extra: IDataObject) =>
		run({
			resource: 'row',
			operation: 'get',
			dataTableId: byId(people),
			returnAll: true,
			...extra,
		});

	describe('when the Data Table node inserts input items', () => {
		it('stores each item as a row with an id and timestamps, and pairs each output with its item', async () => {
			const roster = tables.create('roster', [
				{ name: 'email', type: 'string' },
				{ name: 'level', type: 'number' },
			]);
			clock.advance(60);

			const result = await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(roster),
					columns: autoMap,
					options: {},
				},
				[{ email: 'ann@example.com', level: 7 }, { email: 'bob@example.com' }],
			);

			expect(result.status).toBe('success');
			// Ids count from 1 per table; both rows written at the clock's time, one minute after start.
			const stamped = '2026-01-05T09:01:00.000Z';
			expect(
				tables.rows('roster').map((row) => ({
					...row,
					createdAt: row.createdAt.toISOString(),
					updatedAt: row.updatedAt.toISOString(),
				})),
			).toEqual([
				{ email: 'ann@example.com', level: 7, id: 1, createdAt: stamped, updatedAt: stamped },
				{ email: 'bob@example.com', level: null, id: 2, createdAt: stamped, updatedAt: stamped },
			]);
			expect(result.output('Data table').map((item) => [item.json.id, item.pairedItem])).toEqual([
				[1, { item: 0 }],
				[2, { item: 1 }],
			]);
		});

		it('coerces each value to its column type as n8n does', async () => {
			const typed = tables.create('typed', PEOPLE);
			await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(typed),
					columns: autoMap,
					options: {},
				},
				[{ email: 42, level: '3.5', mentor: 'true', hired: '2024-03-01T10:00:00+01:00' }],
			);

			// '3.5' parses to 3.5, 'true' to true, the +01:00 time is 09:00 UTC, and a number in a text column becomes text.
			const [row] = tables.rows('typed');
			expect(row).toMatchObject({ email: '42', level: 3.5, mentor: true, name: null });
			expect((row.hired as Date).toISOString()).toBe('2024-03-01T09:00:00.000Z');
		});

		it('writes the columns defined below from expressions', async () => {
			const roster = tables.create('roster', [{ name: 'email', type: 'string' }]);
			await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(roster),
					columns: defineBelow({ email: '={{ $json.Email.toLowerCase() }}' }),
					options: {},
				},
				[{ Email: 'Ann@Example.com', ignored: 'x' }],
			);

			expect(tables.rows('roster').map((row) => row.email)).toEqual(['ann@example.com']);
		});

		it('fails the execution naming a field that is not a column, and stores nothing', async () => {
			const roster = tables.create('roster', [{ name: 'email', type: 'string' }]);
			const result = await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(roster),
					columns: autoMap,
					options: {},
				},
				[{ email: 'ann@example.com' }, { email: 'bob@example.com', team: 'Data' }],
			);

			expect(result.status).toBe('error');
			expect(result.error?.message).toContain("unknown column name 'team'");
			// One bad row rolls back the whole bulk insert, as n8n's transaction does.
			expect(tables.rows('roster')).toEqual([]);
		});

		it('fails naming the value when it does not fit the column type', async () => {
			const result = await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(people),
					columns: autoMap,
					options: {},
				},
				[{ email: 'fay@example.com', level: 'senior' }],
			);

			expect(result.status).toBe('error');
			expect(result.error?.message).toContain("value 'senior' does not match column type 'number'");
		});

		it('returns only the number of rows when bulk inserts are optimised', async () => {
			const roster = tables.create('roster', [{ name: 'email', type: 'string' }]);
			const result = await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(roster),
					columns: autoMap,
					options: { optimizeBulk: true },
				},
				[{ email: 'a@example.com' }, { email: 'b@example.com' }, { email: 'c@example.com' }],
			);

			expect(result.output('Data table').map((item) => item.json)).toEqual([
				{ success: true, insertedRows: 3 },
			]);
			expect(tables.rows('roster')).toHaveLength(3);
		});
	});

	describe('when the table is chosen by name', () => {
		it('finds it whatever the case of the name', async () => {
			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byName('PEOPLE'),
				returnAll: true,
			});

			expect(emails(result.output('Data table'))).toHaveLength(5);
		});

		it('takes the most recently changed table whose name contains the text, as n8n does', async () => {
			// n8n looks names up with LIKE '%name%' ordered by updatedAt: "people" also matches "people_archive".
			clock.advance(60);
			tables.create(
				'people_archive',
				[{ name: 'email', type: 'string' }],
				[{ email: 'old@example.com' }],
			);

			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byName('people'),
				returnAll: true,
			});

			expect(emails(result.output('Data table'))).toEqual(['old@example.com']);
		});

		it('fails saying no table has that name', async () => {
			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byName('mentors'),
				returnAll: true,
			});

			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Data table with name "mentors" not found');
		});

		it("fails with n8n's message for an unknown id", async () => {
			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byId('nope'),
				returnAll: true,
			});

			expect(result.error?.message).toContain("Could not find the data table: 'nope'");
		});
	});

	describe('when the node gets rows', () => {
		it('returns every row in insertion order with dates as ISO text', async () => {
			const result = await get({});

			const items = result.output('Data table');
			expect(emails(items)).toEqual(ROWS.map((row) => row.email));
			expect(items[0].json).toMatchObject({
				id: 1,
				hired: '2019-04-01T00:00:00.000Z',
				createdAt: START,
			});
			expect(items.every((item) => item.pairedItem !== undefined)).toBe(true);
		});

		// Expected subsets read off ROWS by hand; `neq` keeps empty cells because n8n adds `OR column IS NULL`.
		it.each([
			['eq', { keyName: 'email', condition: 'eq', keyValue: 'bob@example.com' }, ['bob']],
			[
				'eq on a number column, value typed as text',
				{ keyName: 'level', condition: 'eq', keyValue: '5' },
				['cas'],
			],
			[
				'neq, counting empty cells as different',
				{ keyName: 'level', condition: 'neq', keyValue: '7' },
				['bob', 'cas', 'dee', 'eve'],
			],
			[
				'like, case-sensitive contains',
				{ keyName: 'name', condition: 'like', keyValue: 'an' },
				['bob'],
			],
			[
				'ilike, case-insensitive contains',
				{ keyName: 'name', condition: 'ilike', keyValue: 'AN' },
				['ann', 'bob'],
			],
			[
				'like with an explicit wildcard',
				{ keyName: 'email', condition: 'like', keyValue: 'c%' },
				['cas'],
			],
			['like treating _ literally', { keyName: 'email', condition: 'like', keyValue: 'a_n' }, []],
			['gt', { keyName: 'level', condition: 'gt', keyValue: '5' }, ['ann', 'eve']],
			['gte', { keyName: 'level', condition: 'gte', keyValue: '5' }, ['ann', 'cas', 'eve']],
			['lt', { keyName: 'level', condition: 'lt', keyValue: '5' }, ['bob']],
			['lte', { keyName: 'level', condition: 'lte', keyValue: '5' }, ['bob', 'cas']],
			[
				'lt on a date column',
				{ keyName: 'hired', condition: 'lt', keyValue: '2020-01-01' },
				['ann', 'eve'],
			],
			[
				'isEmpty on text: empty or missing',
				{ keyName: 'name', condition: 'isEmpty' },
				['dee', 'eve'],
			],
			['isNotEmpty on text', { keyName: 'name', condition: 'isNotEmpty' }, ['ann', 'bob', 'cas']],
			['isEmpty on a number: missing only', { keyName: 'level', condition: 'isEmpty' }, ['dee']],
			[
				'isNotEmpty on a date',
				{ keyName: 'hired', condition: 'isNotEmpty' },
				['ann', 'bob', 'cas', 'eve'],
			],
			['isTrue', { keyName: 'mentor', condition: 'isTrue' }, ['ann', 'cas']],
			[
				'isFalse, not matching missing',
				{ keyName: 'mentor', condition: 'isFalse' },
				['bob', 'dee'],
			],
			['eq on the system id', { keyName: 'id', condition: 'eq', keyValue: '4' }, ['dee']],
		])('filters with %s', async (_label, condition, expected) => {
			const result = await get(where([condition as Condition]));

			expect(result.status).toBe('success');
			expect(emails(result.output('Data table'))).toEqual(
				expected.map((name) => `${name}@example.com`),
			);
		});

		it('needs every condition when all must match', async () => {
			// mentors (ann, cas) at level 6 or more: ann only.
			const result = await get(
				where([
					{ keyName: 'mentor', condition: 'isTrue' },
					{ keyName: 'level', condition: 'gte', keyValue: '6' },
				]),
			);

			expect(emails(result.output('Data table'))).toEqual(['ann@example.com']);
		});

		it('needs one condition when any may match', async () => {
			// mentors (ann, cas) or level 9 (eve), in id order.
			const result = await get(
				where(
					[
						{ keyName: 'mentor', condition: 'isTrue' },
						{ keyName: 'level', condition: 'eq', keyValue: '9' },
					],
					'anyCondition',
				),
			);

			expect(emails(result.output('Data table'))).toEqual([
				'ann@example.com',
				'cas@example.com',
				'eve@example.com',
			]);
		});

		it('sorts by a column with empty cells first ascending and last descending, as SQLite does', async () => {
			const ascending = await get({
				orderBy: true,
				orderByColumn: 'level',
				orderByDirection: 'ASC',
			});
			const descending = await get({
				orderBy: true,
				orderByColumn: 'level',
				orderByDirection: 'DESC',
			});

			// levels: ann 7, bob 3, cas 5, dee empty, eve 9.
			expect(emails(ascending.output('Data table'))).toEqual(
				['dee', 'bob', 'cas', 'ann', 'eve'].map((n) => `${n}@example.com`),
			);
			expect(emails(descending.output('Data table'))).toEqual(
				['eve', 'ann', 'cas', 'bob', 'dee'].map((n) => `${n}@example.com`),
			);
		});

		it('returns at most the limit when not returning all', async () => {
			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byId(people),
				returnAll: false,
				limit: 2,
				orderBy: true,
				orderByColumn: 'name',
				orderByDirection: 'DESC',
			});

			// names descending: Cas Bakker, Bob Jansen, Ann de Vries, '', empty.
			expect(emails(result.output('Data table'))).toEqual(['cas@example.com', 'bob@example.com']);
		});

		it('pages through more than a thousand rows when returning all', async () => {
			const big = tables.create(
				'big',
				[{ name: 'n', type: 'number' }],
				Array.from({ length: 2500 }, (_, n) => ({ n })),
			);
			const result = await run({
				resource: 'row',
				operation: 'get',
				dataTableId: byId(big),
				returnAll: true,
			});

			// The node asks for pages of 1000; all 2500 rows arrive once, in order.
			expect(result.output('Data table').map((item) => item.json.n)).toEqual(
				Array.from({ length: 2500 }, (_, n) => n),
			);
		});

		it('fails naming a filter column the table does not have', async () => {
			const result = await get(where([{ keyName: 'team', condition: 'eq', keyValue: 'x' }]));

			expect(result.status).toBe('error');
			expect(result.error?.message).toContain('Column(s) "team" do not exist');
		});
	});

	describe('when the node checks whether rows exist', () => {
		const byEmail = where([{ keyName: 'email', keyValue: '={{ $json.email }}' }]);
		const items = [
			{ email: 'ann@example.com' },
			{ email: 'new@example.com' },
			{ email: 'eve@example.com' },
		];

		it('passes on the items that have a matching row', async () => {
			const result = await run(
				{ resource: 'row', operation: 'rowExists', dataTableId: byId(people), ...byEmail },
				items,
			);

			expect(result.output('Data table').map((item) => [item.json.email, item.pairedItem])).toEqual(
				[
					['ann@example.com', { item: 0 }],
					['eve@example.com', { item: 2 }],
				],
			);
		});

		it('passes on the items that have none', async () => {
			const result = await run(
				{ resource: 'row', operation: 'rowNotExists', dataTableId: byId(people), ...byEmail },
				items,
			);

			expect(result.output('Data table').map((item) => [item.json.email, item.pairedItem])).toEqual(
				[['new@example.com', { item: 1 }]],
			);
		});
	});

	describe('when the node updates rows', () => {
		const promoteBob = () => ({
			resource: 'row',
			operation: 'update',
			dataTableId: byId(people),
			...where([{ keyName: 'email', condition: 'eq', keyValue: 'bob@example.com' }]),
			columns: defineBelow({ level: 4 }),
		});

		it('changes the matching rows and their updatedAt only', async () => {
			clock.advance(3600);
			const result = await run({ ...promoteBob(), options: {} });

			expect(result.output('Data table').map((item) => [item.json.email, item.json.level])).toEqual(
				[['bob@example.com', 4]],
			);
			const rows = tables.rows('people');
			expect(rows.map((row) => row.level)).toEqual([7, 4, 5, null, 9]);
			expect(rows[1].updatedAt.toISOString()).toBe('2026-01-05T10:00:00.000Z');
			expect(rows[1].createdAt.toISOString()).toBe(START);
			expect(rows[0].updatedAt.toISOString()).toBe(START);
		});

		it('shows the rows before and after without changing them on a dry run', async () => {
			const result = await run({ ...promoteBob(), options: { dryRun: true } });

			expect(
				result.output('Data table').map((item) => [item.json.dryRunState, item.json.level]),
			).toEqual([
				['before', 3],
				['after', 4],
			]);
			expect(tables.rows('people')[1].level).toBe(3);
		});

		it("refuses to update without a condition, as n8n's service does", async () => {
			const node = { type: 'n8n-nodes-base.dataTable' } as INode;
			const proxy = await tables.provider.getDataTableProxy({} as Workflow, node, people);

			await expect(
				proxy.updateRows({ filter: { type: 'and', filters: [] }, data: { level: 1 } }),
			).rejects.toThrow('Filter must not be empty');
			expect(tables.rows('people').map((row) => row.level)).toEqual([7, 3, 5, null, 9]);
		});
	});

	describe('when the node upserts rows', () => {
		const upsert = (email: string, level: number, options: IDataObject = {}) =>
			run({
				resource: 'row',
				operation: 'upsert',
				dataTableId: byId(people),
				...where([{ keyName: 'email', keyValue: email }]),
				columns: defineBelow({ email, level }),
				options,
			});

		it('updates the row that matches', async () => {
			await upsert('cas@example.com', 6);

			expect(tables.rows('people').map((row) => [row.email, row.level])[2]).toEqual([
				'cas@example.com',
				6,
			]);
			expect(tables.rows('people')).toHaveLength(5);
		});

		it('inserts a row when none matches', async () => {
			const result = await upsert('fay@example.com', 2);

			expect(result.output('Data table').map((item) => item.json)).toMatchObject([
				{ email: 'fay@example.com', level: 2, id: 6 },
			]);
			expect(tables.rows('people').at(-1)).toMatchObject({
				email: 'fay@example.com',
				level: 2,
				name: null,
				id: 6,
			});
		});

		it('shows the row it would insert, with id 0, on a dry run', async () => {
			const result = await upsert('fay@example.com', 2, { dryRun: true });

			expect(result.output('Data table').map((item) => item.json)).toMatchObject([
				{ dryRunState: 'before', id: null, email: null, level: null },
				{ dryRunState: 'after', id: 0, email: 'fay@example.com', level: 2 },
			]);
			expect(tables.rows('people')).toHaveLength(5);
		});
	});

	describe('when the node deletes rows', () => {
		const deleteJuniors = (options: IDataObject) =>
			run({
				resource: 'row',
				operation: 'deleteRows',
				dataTableId: byId(people),
				...where([{ keyName: 'level', condition: 'lt', keyValue: '6' }]),
				options,
			});

		it('removes the matching rows and returns them', async () => {
			const result = await deleteJuniors({});

			// level below 6: bob (3) and cas (5); dee has no level and stays.
			expect(emails(result.output('Data table'))).toEqual(['bob@example.com', 'cas@example.com']);
			expect(tables.rows('people').map((row) => row.email)).toEqual([
				'ann@example.com',
				'dee@example.com',
				'eve@example.com',
			]);
		});

		it('only shows what it would remove on a dry run', async () => {
			const result = await deleteJuniors({ dryRun: true });

			expect(
				result.output('Data table').map((item) => [item.json.dryRunState, item.json.email]),
			).toEqual([
				['before', 'bob@example.com'],
				['after', null],
				['before', 'cas@example.com'],
				['after', null],
			]);
			expect(tables.rows('people')).toHaveLength(5);
		});

		it('keeps ids growing after rows are removed', async () => {
			await deleteJuniors({});
			const roster = await run(
				{
					resource: 'row',
					operation: 'insert',
					dataTableId: byId(people),
					columns: autoMap,
					options: {},
				},
				[{ email: 'fay@example.com' }],
			);

			expect(roster.output('Data table')[0].json.id).toBe(6);
		});
	});

	describe('when the node manages tables', () => {
		const table = (operation: string, extra: IDataObject) =>
			run({ resource: 'table', operation, ...extra });

		it('creates a table with its columns, or reuses one of the same name', async () => {
			const columns = {
				column: [
					{ name: 'email', type: 'string' },
					{ name: 'sent', type: 'date' },
				],
			};
			const created = await table('create', {
				tableName: 'sent_log',
				columns,
				options: { createIfNotExists: false },
			});
			const reused = await table('create', {
				tableName: 'sent_log',
				columns,
				options: { createIfNotExists: true },
			});

			expect(created.output('Data table')[0].json).toMatchObject({
				name: 'sent_log',
				columns: [
					{ name: 'email', type: 'string', index: 0 },
					{ name: 'sent', type: 'date', index: 1 },
				],
			});
			expect(reused.output('Data table')[0].json.id).toBe(created.output('Data table')[0].json.id);
			expect(tables.tables().map((entry) => entry.name)).toEqual(['people', 'sent_log']);
		});

		it('refuses a second table of the same name', async () => {
			const result = await table('create', {
				tableName: 'people',
				columns: {},
				options: { createIfNotExists: false },
			});

			expect(result.error?.message).toContain(
				"Data table with name 'people' already exists in this project",
			);
		});

		it('lists tables by name', async () => {
			tables.create('mentors', []);
			const result = await table('list', {
				returnAll: true,
				options: { sortField: 'name', sortDirection: 'asc' },
			});

			expect(result.output('Data table').map((item) => item.json.name)).toEqual([
				'mentors',
				'people',
			]);
		});

		it('renames, clears and deletes a table', async () => {
			await table('update', { dataTableId: byId(people), newName: 'staff' });
			const cleared = await table('clear', { dataTableId: byName('staff') });

			expect(cleared.output('Data table')[0].json).toEqual({ success: true, deletedCount: 5 });
			expect(tables.rows('staff')).toEqual([]);

			await table('delete', { dataTableId: byId(people) });
			expect(tables.tables()).toEqual([]);
		});
	});

	describe('when two workflows run at once', () => {
		it('keeps every row of both, each with its own id', async () => {
			const log = tables.create('log', [
				{ name: 'run', type: 'string' },
				{ name: 'n', type: 'number' },
			]);
			// One item per Data Table call (the id is an expression), so the runs' calls can interleave.
			const insert = {
				resource: 'row',
				operation: 'insert',
				dataTableId: byId(`={{ '${log}' }}`),
				columns: autoMap,
				options: {},
			};
			const items = (run: string) => Array.from({ length: 20 }, (_, n) => ({ run, n }));

			const [a, b] = await Promise.all([run(insert, items('a')), run(insert, items('b'))]);

			const rows = tables.rows('log');
			expect(rows).toHaveLength(40);
			expect(new Set(rows.map((row) => row.id)).size).toBe(40);
			for (const [name, result] of [
				['a', a],
				['b', b],
			] as const) {
				const stored = rows.filter((row) => row.run === name);
				expect(stored.map((row) => row.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
				expect(result.output('Data table').map((item) => item.json.id)).toEqual(
					stored.map((row) => row.id),
				);
			}
		});

		it('makes each upsert atomic, so the same key is written once', async () => {
			const upsert = (level: number) =>
				run({
					resource: 'row',
					operation: 'upsert',
					dataTableId: byId(people),
					...where([{ keyName: 'email', keyValue: 'fay@example.com' }]),
					columns: defineBelow({ email: 'fay@example.com', level }),
					options: {},
				});

			await Promise.all([upsert(1), upsert(2)]);

			const fays = tables.rows('people').filter((row) => row.email === 'fay@example.com');
			expect(fays).toHaveLength(1);
			expect([1, 2]).toContain(fays[0].level);
		});
	});

	describe('when a node other than the stock Data Table node asks for storage', () => {
		it('refuses, as n8n refuses community nodes', async () => {
			const node = { type: 'n8n-nodes-mentorship.mentorshipIntake' } as INode;

			await expect(tables.provider.getDataTableProxy({} as Workflow, node, people)).rejects.toThrow(
				'This proxy is only available for Data table nodes',
			);
		});
	});

	describe('test helpers', () => {
		it('refuses column names n8n refuses', () => {
			expect(() => tables.create('bad', [{ name: 'first name', type: 'string' }])).toThrow(
				'Only alphabetical characters',
			);
			expect(() => tables.create('bad', [{ name: 'id', type: 'number' }])).toThrow(
				'reserved as a system column',
			);
		});

		it('creates no table when a seed row does not fit', () => {
			expect(() =>
				tables.create('bad', [{ name: 'level', type: 'number' }], [{ level: 'high' }]),
			).toThrow("value 'high' does not match column type 'number'");
			expect(tables.tables().map((table) => table.name)).toEqual(['people']);
		});

		it('finds rows by table id or name and forgets everything on reset', () => {
			expect(tables.rows(people)).toEqual(tables.rows('people'));

			tables.reset();

			expect(tables.tables()).toEqual([]);
			expect(() => tables.rows('people')).toThrow('No data table with id or name "people"');
		});
	});
});
