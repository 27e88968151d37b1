import type {
	AddDataTableColumnOptions,
	CreateDataTableColumnOptions,
	CreateDataTableOptions,
	DataTable,
	DataTableColumn,
	DataTableColumnJsType,
	DataTableColumnType,
	DataTableInsertRowsResult,
	DataTableInsertRowsReturnType,
	DataTableProxyProvider,
	DataTableRowReturn,
	DataTableRowReturnWithState,
	DataTableRows,
	DeleteDataTableRowsOptions,
	IDataTableProjectAggregateService,
	IDataTableProjectService,
	INode,
	ListDataTableOptions,
	ListDataTableRowsOptions,
	MoveDataTableColumnOptions,
	UpdateDataTableOptions,
	UpdateDataTableRowOptions,
	UpsertDataTableRowOptions,
} from 'n8n-workflow';
import { DATA_TABLE_SYSTEM_COLUMNS, sleep, UserError } from 'n8n-workflow';

import type { Cell, ColumnTypes, PreparedFilter } from './dataTableValues';
import { assertColumnName, matches, prepareFilter, sortRows, toCells } from './dataTableValues';

/** Node types n8n lets use Data Tables (DataTableProxyService.ALLOWED_NODES); community nodes cannot. */
const ALLOWED_NODES = [
	'n8n-nodes-base.dataTable',
	'n8n-nodes-base.dataTableTool',
	'n8n-nodes-base.evaluationTrigger',
	'n8n-nodes-base.evaluation',
];

export interface InMemoryDataTablesOptions {
	/** Clock for `createdAt`/`updatedAt`; the machine clock unless given (tests pass a fixed one). */
	now?: () => Date;
	/** Project that workflows run in and that `create()` puts tables into. */
	projectId?: string;
}

/** Column definition for {@link InMemoryDataTables.create}. */
export interface ColumnSpec {
	name: string;
	type: DataTableColumnType;
}

interface StoredRow {
	id: number;
	createdAt: Date;
	updatedAt: Date;
	cells: Record<string, Cell>;
}

interface StoredTable {
	id: string;
	name: string;
	projectId: string;
	columns: DataTableColumn[];
	createdAt: Date;
	updatedAt: Date;
	/** Order of creation and of last change, to break ties between equal timestamps as a real clock would. */
	created: number;
	touched: number;
	rows: StoredRow[];
	nextRowId: number;
}

type RowInput = Record<string, DataTableColumnJsType | undefined>;

/**
 * An in-memory stand-in for n8n's Data Table storage, so that workflows using the
 * stock Data Table node run in the test harness:
 * `runWorkflow(workflow, { dataTables: tables })`.
 *
 * It follows n8n's own service (packages/cli/src/modules/data-table) on its default
 * SQLite database: the same validation and messages, type coercion, filter semantics
 * (`neq` includes empty cells, `like`/`ilike` add `%` around a pattern without one),
 * system columns `id`/`createdAt`/`updatedAt`, dry runs, and the lookup of a table
 * "by name", which is n8n's case-insensitive *contains* match on the most recently
 * changed table. Each call is atomic, as a database transaction is, and every call
 * first yields to the event loop, so two workflows running at once interleave
 * between calls exactly where they could on a real server.
 *
 * @example
 * const tables = new InMemoryDataTables();
 * tables.create('roster', [{ name: 'email', type: 'string' }]);
 * await runWorkflow(workflow, { dataTables: tables });
 * tables.rows('roster'); // [{ email: 'ann@example.com', id: 1, createdAt, updatedAt }]
 */
export class InMemoryDataTables {
	/** What the harness hands to n8n as `additionalData['data-table'].dataTableProxyProvider`. */
	readonly provider: DataTableProxyProvider;

	private readonly now: () => Date;
	private readonly projectId: string;
	private tablesById = new Map<string, StoredTable>();
	private sequence = 0;

	constructor(options: InMemoryDataTablesOptions = {}) {
		this.now = options.now ?? (() => new Date());
		this.projectId = options.projectId ?? 'harness-project';
		this.provider = {
			getDataTableAggregateProxy: async (_workflow, node, projectId) => {
				assertAllowed(node);
				return this.aggregateService(projectId ?? this.projectId);
			},
			getDataTableProxy: async (_workflow, node, dataTableId, projectId) => {
				assertAllowed(node);
				return this.tableService(projectId ?? this.projectId, dataTableId);
			},
		};
	}

	/**
	 * Creates a table (as a person would in n8n's UI) and returns its id. Rows are
	 * validated and coerced like rows inserted by a workflow.
	 *
	 * @example const id = tables.create('roster', [{ name: 'email', type: 'string' }], [{ email: 'a@b.nl' }]);
	 */
	create(name: string, columns: ColumnSpec[], rows: RowInput[] = []): string {
		const table = this.createTable(this.projectId, { name, columns });
		try {
			this.insert(table, rows);
		} catch (error) {
			// A bad seed row leaves no half-made table behind.
			this.tablesById.delete(table.id);
			throw error;
		}
		return table.id;
	}

	/**
	 * Rows of a table, found by id or else by exact name, in insertion order, as the
	 * Data Table node returns them (dates as `Date`). Copies: changing them changes nothing.
	 *
	 * @example tables.rows('roster').map((row) => row.email)
	 */
	rows(nameOrId: string): DataTableRowReturn[] {
		const table = this.lookup(nameOrId);
		return table.rows.map((row) => toRowReturn(table, row));
	}

	/**
	 * Every table in every project, oldest first.
	 *
	 * @example tables.tables().map((table) => table.name)
	 */
	tables(): DataTable[] {
		return [...this.tablesById.values()].map(toDataTable);
	}

	/**
	 * Removes every table, so one instance can serve a whole test file.
	 *
	 * @example afterEach(() => tables.reset());
	 */
	reset(): void {
		this.tablesById.clear();
	}

	private lookup(nameOrId: string): StoredTable {
		const table =
			this.tablesById.get(nameOrId) ??
			[...this.tablesById.values()].find((candidate) => candidate.name === nameOrId);
		if (!table) throw new Error(`No data table with id or name "${nameOrId}"`);
		return table;
	}

	private stamp(): Date {
		return new Date(this.now().getTime());
	}

	private touch(table: StoredTable, at: Date): void {
		table.updatedAt = at;
		table.touched = ++this.sequence;
	}

	/**
	 * Runs one storage call. The yield stands for the round trip to the database:
	 * other executions may run before the call, none while it runs.
	 */
	private async atomic<T>(operation: () => T): Promise<T> {
		await sleep(0);
		return operation();
	}

	private table(projectId: string, dataTableId: string): StoredTable {
		const table = this.tablesById.get(dataTableId);
		if (!table || table.projectId !== projectId)
			throw new UserError(`Could not find the data table: '${dataTableId}'`);
		return table;
	}

	private assertUniqueName(projectId: string, name: string): void {
		for (const table of this.tablesById.values()) {
			if (table.projectId === projectId && table.name === name) {
				throw new UserError(`Data table with name '${name}' already exists in this project`);
			}
		}
	}

	private createTable(projectId: string, options: CreateDataTableOptions): StoredTable {
		const name = options.name.trim();
		if (name.length === 0 || name.length > 128)
			throw new UserError('A data table name has 1 to 128 characters');
		this.assertUniqueName(projectId, options.name);
		const names: string[] = [];
		for (const column of options.columns) {
			assertColumnName(column.name, names);
			names.push(column.name);
		}
		const id = `dataTable${++this.sequence}`;
		const at = this.stamp();
		const table: StoredTable = {
			id,
			name: options.name,
			projectId,
			columns: options.columns.map((column: CreateDataTableColumnOptions, index) => ({
				id: `${id}column${index + 1}`,
				name: column.name,
				type: column.type,
				index: column.index ?? index,
				dataTableId: id,
			})),
			createdAt: at,
			updatedAt: at,
			created: this.sequence,
			touched: this.sequence,
			rows: [],
			nextRowId: 1,
		};
		this.tablesById.set(id, table);
		return table;
	}

	private insert(table: StoredTable, rows: RowInput[]): StoredRow[] {
		const types = columnTypes(table);
		// Validate every row first: one bad row rolls the whole call back, as in n8n's transaction.
		const cells = rows.map((row) => toCells(row, types));
		const at = this.stamp();
		const inserted = cells.map((row) => {
			const complete: Record<string, Cell> = {};
			for (const column of table.columns) complete[column.name] = row[column.name] ?? null;
			return { id: table.nextRowId++, createdAt: at, updatedAt: at, cells: complete };
		});
		table.rows.push(...inserted);
		if (inserted.length > 0) this.touch(table, at);
		return inserted;
	}

	private selectRows(table: StoredTable, filter: PreparedFilter): StoredRow[] {
		return table.rows.filter((row) => matches(cellsWithSystem(row), filter));
	}

	/** n8n's checks of an update or upsert: columns, filter and data must all be there. */
	private prepareUpdate(
		table: StoredTable,
		options: UpdateDataTableRowOptions | UpsertDataTableRowOptions,
	) {
		if (table.columns.length === 0) {
			throw new UserError('No columns found for this data table or data table not found');
		}
		if (!options.filter?.filters || options.filter.filters.length === 0)
			throw new UserError('Filter must not be empty');
		if (!options.data || Object.keys(options.data).length === 0)
			throw new UserError('Data columns must not be empty');
		const types = columnTypes(table);
		return { data: toCells(options.data, types), filter: prepareFilter(options.filter, types) };
	}

	private update(
		table: StoredTable,
		data: Record<string, Cell>,
		filter: PreparedFilter,
		dryRun: boolean,
	) {
		const targets = this.selectRows(table, filter);
		const at = this.stamp();
		if (dryRun) {
			return targets.flatMap((row) =>
				dryRunPair(
					toRowReturn(table, row),
					toRowReturn(table, { ...row, updatedAt: at, cells: { ...row.cells, ...data } }),
				),
			);
		}
		for (const row of targets) {
			Object.assign(row.cells, data);
			row.updatedAt = at;
		}
		if (targets.length > 0) this.touch(table, at);
		return targets.map((row) => toRowReturn(table, row));
	}

	private aggregateService(projectId: string): IDataTableProjectAggregateService {
		return {
			getProjectId: () => projectId,
			createDataTable: async (options) =>
				this.atomic(() => toDataTable(this.createTable(projectId, options))),
			getManyAndCount: async (options: ListDataTableOptions) =>
				this.atomic(() => {
					const found = [...this.tablesById.values()].filter(
						(table) => table.projectId === projectId && tableMatches(table, options.filter),
					);
					const sorted = sortTables(found, options.sortBy);
					const skip = options.skip ?? 0;
					const page =
						options.take === undefined
							? sorted.slice(skip)
							: sorted.slice(skip, skip + options.take);
					return { count: found.length, data: page.map(toDataTable) };
				}),
			deleteDataTableAll: async () =>
				this.atomic(() => {
					let changed = false;
					for (const table of [...this.tablesById.values()]) {
						if (table.projectId !== projectId) continue;
						this.tablesById.delete(table.id);
						changed = true;
					}
					return changed;
				}),
		};
	}

	private tableService(projectId: string, dataTableId: string): IDataTableProjectService {
		// Like n8n, the proxy itself does not check the table: each call does.
		const table = () => this.table(projectId, dataTableId);
		return {
			updateDataTable: async ({ name }: UpdateDataTableOptions) =>
				this.atomic(() => {
					const found = table();
					this.assertUniqueName(projectId, name);
					found.name = name;
					this.touch(found, this.stamp());
					return true;
				}),
			deleteDataTable: async () =>
				this.atomic(() => {
					this.tablesById.delete(table().id);
					return true;
				}),
			getColumns: async () =>
				this.atomic(() => sortedColumns(table()).map((column) => ({ ...column }))),
			addColumn: async (options: AddDataTableColumnOptions) =>
				this.atomic(() => {
					const found = table();
					assertColumnName(
						options.name,
						found.columns.map((column) => column.name),
					);
					const columns = sortedColumns(found);
					const index = Math.min(Math.max(options.index ?? columns.length, 0), columns.length);
					const column: DataTableColumn = {
						id: `${found.id}column${++this.sequence}`,
						name: options.name,
						type: options.type,
						index,
						dataTableId: found.id,
					};
					columns.splice(index, 0, column);
					columns.forEach((entry, position) => (entry.index = position));
					found.columns = columns;
					for (const row of found.rows) row.cells[column.name] = null;
					this.touch(found, this.stamp());
					return { ...column };
				}),
			moveColumn: async (columnId: string, { targetIndex }: MoveDataTableColumnOptions) =>
				this.atomic(() => {
					const found = table();
					const columns = sortedColumns(found);
					const from = columns.findIndex((column) => column.id === columnId);
					if (from === -1)
						throw new UserError(
							`Could not find the column '${columnId}' in the data table: ${dataTableId}`,
						);
					const [column] = columns.splice(from, 1);
					columns.splice(Math.min(Math.max(targetIndex, 0), columns.length), 0, column);
					columns.forEach((entry, position) => (entry.index = position));
					found.columns = columns;
					return true;
				}),
			deleteColumn: async (columnId: string) =>
				this.atomic(() => {
					const found = table();
					const column = found.columns.find((entry) => entry.id === columnId);
					if (!column)
						throw new UserError(
							`Could not find the column '${columnId}' in the data table: ${dataTableId}`,
						);
					found.columns = sortedColumns(found).filter((entry) => entry.id !== columnId);
					found.columns.forEach((entry, position) => (entry.index = position));
					for (const row of found.rows) delete row.cells[column.name];
					this.touch(found, this.stamp());
					return true;
				}),
			getManyRowsAndCount: async (options: Partial<ListDataTableRowsOptions>) =>
				this.atomic(() => {
					const found = table();
					let rows = this.selectRows(found, prepareFilter(options.filter, columnTypes(found)));
					if (options.sortBy) {
						const [column, direction] = options.sortBy;
						if (
							!DATA_TABLE_SYSTEM_COLUMNS.includes(column) &&
							!found.columns.some((entry) => entry.name === column)
						) {
							throw new UserError(`no such column: dataTable.${column}`);
						}
						rows = sortRows(
							rows,
							column,
							direction,
							(row, name) => cellsWithSystem(row)[name] ?? null,
						);
					}
					const skip = options.skip ?? 0;
					const page = options.take ? rows.slice(skip, skip + options.take) : rows.slice(skip);
					return { count: rows.length, data: page.map((row) => toRowReturn(found, row)) };
				}),
			insertRows: async <T extends DataTableInsertRowsReturnType>(
				rows: DataTableRows,
				returnType: T,
			) =>
				this.atomic(() => {
					const found = table();
					const inserted = this.insert(found, rows);
					const result =
						returnType === 'count'
							? { success: true as const, insertedRows: inserted.length }
							: returnType === 'id'
								? inserted.map((row) => ({ id: row.id }))
								: inserted.map((row) => toRowReturn(found, row));
					return result as DataTableInsertRowsResult<T>;
				}),
			updateRows: async (options: UpdateDataTableRowOptions) =>
				this.atomic(() => {
					const found = table();
					const { data, filter } = this.prepareUpdate(found, options);
					return this.update(found, data, filter, options.dryRun ?? false);
				}),
			upsertRow: async (options: UpsertDataTableRowOptions) =>
				this.atomic((): DataTableRowReturn[] | DataTableRowReturnWithState[] => {
					const found = table();
					const { data, filter } = this.prepareUpdate(found, options);
					const dryRun = options.dryRun ?? false;
					const updated = this.update(found, data, filter, dryRun);
					if (updated.length > 0) return updated;
					if (dryRun) {
						// n8n shows the row it would insert with id 0 and only the given columns.
						const at = this.stamp();
						return dryRunPair(null, { id: 0, createdAt: at, updatedAt: at, ...data });
					}
					return this.insert(found, [data]).map((row) => toRowReturn(found, row));
				}),
			deleteRows: async (options: DeleteDataTableRowsOptions) =>
				this.atomic(() => {
					const found = table();
					if (!options.filter?.filters || options.filter.filters.length === 0) {
						throw new UserError(
							'Filter is required for delete operations to prevent accidental deletion of all data',
						);
					}
					const targets = this.selectRows(found, prepareFilter(options.filter, columnTypes(found)));
					const returned = targets.map((row) => toRowReturn(found, row));
					// n8n's dry run returns before/after pairs although the interface names plain rows.
					if (options.dryRun)
						return returned.flatMap((row) =>
							dryRunPair(row, null),
						) as unknown as DataTableRowReturn[];
					const doomed = new Set(targets);
					found.rows = found.rows.filter((row) => !doomed.has(row));
					if (targets.length > 0) this.touch(found, this.stamp());
					return returned;
				}),
			clearRows: async () =>
				this.atomic(() => {
					const found = table();
					const deletedCount = found.rows.length;
					found.rows = [];
					this.touch(found, this.stamp());
					return { deletedCount };
				}),
		};
	}
}

function assertAllowed(node: INode): void {
	if (!ALLOWED_NODES.includes(node.type))
		throw new Error('This proxy is only available for Data table nodes');
}

function sortedColumns(table: StoredTable): DataTableColumn[] {
	return [...table.columns].sort((a, b) => a.index - b.index);
}

function columnTypes(table: StoredTable): ColumnTypes {
	return new Map(table.columns.map((column) => [column.name, column.type]));
}

function cellsWithSystem(row: StoredRow): Record<string, Cell> {
	return { ...row.cells, id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** A row as n8n returns it: user columns in column order, then the system columns. */
function toRowReturn(table: StoredTable, row: StoredRow): DataTableRowReturn {
	const result: Record<string, DataTableColumnJsType> = {};
	for (const column of sortedColumns(table)) {
		const cell = row.cells[column.name] ?? null;
		result[column.name] = cell instanceof Date ? new Date(cell.getTime()) : cell;
	}
	return {
		...result,
		id: row.id,
		createdAt: new Date(row.createdAt.getTime()),
		updatedAt: new Date(row.updatedAt.getTime()),
	};
}

function toDataTable(table: StoredTable): DataTable {
	return {
		id: table.id,
		name: table.name,
		projectId: table.projectId,
		columns: sortedColumns(table).map((column) => ({ ...column })),
		createdAt: new Date(table.createdAt.getTime()),
		updatedAt: new Date(table.updatedAt.getTime()),
	};
}

/** n8n's dry-run rows: the row before and after, a missing side all nulls with the same keys. */
function dryRunPair(
	before: Record<string, DataTableColumnJsType> | null,
	after: Record<string, DataTableColumnJsType> | null,
): DataTableRowReturnWithState[] {
	const template = (before ?? after)!;
	const nullRow = {
		id: null,
		createdAt: null,
		updatedAt: null,
		...Object.fromEntries(Object.keys(template).map((key) => [key, null])),
	};
	return [
		{ ...(before ?? nullRow), dryRunState: 'before' } as DataTableRowReturnWithState,
		{ ...(after ?? nullRow), dryRunState: 'after' } as DataTableRowReturnWithState,
	];
}

/**
 * n8n's table list filter: ids and project exact, each name a case-insensitive SQL
 * LIKE `%name%` in which `%` and `_` are wildcards (n8n does not escape them).
 */
function tableMatches(table: StoredTable, filter: ListDataTableOptions['filter']): boolean {
	if (!filter) return true;
	const list = (value: string | string[] | undefined) =>
		value === undefined ? [] : [value].flat();
	const ids = list(filter.id);
	if (ids.length > 0 && !ids.includes(table.id)) return false;
	return list(filter.name).every((name) => {
		const body = name
			.split('')
			.map((char) =>
				char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
			)
			.join('');
		return new RegExp(`^.*${body}.*$`, 'isu').test(table.name);
	});
}

/** n8n's table order: most recently changed first unless `name`, `createdAt` or `updatedAt` is asked for. */
function sortTables(tables: StoredTable[], sortBy: ListDataTableOptions['sortBy']): StoredTable[] {
	const [field, direction] = (sortBy ?? 'updatedAt:desc').split(':') as [string, string];
	const sign = direction === 'desc' ? -1 : 1;
	const key = (table: StoredTable): string | number =>
		field === 'name'
			? table.name.toLowerCase()
			: field === 'createdAt'
				? table.createdAt.getTime()
				: table.updatedAt.getTime();
	const tieBreak = (table: StoredTable) => (field === 'updatedAt' ? table.touched : table.created);
	return [...tables].sort((a, b) => {
		const x = key(a);
		const y = key(b);
		const order = x < y ? -1 : x > y ? 1 : tieBreak(a) - tieBreak(b);
		return sign * order;
	});
}
