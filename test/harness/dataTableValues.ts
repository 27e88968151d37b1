import type { DateTime } from 'luxon';
import type { DataTableColumnJsType, DataTableColumnType, DataTableFilter } from 'n8n-workflow';
import {
	DATA_TABLE_SYSTEM_COLUMN_TYPE_MAP,
	DATA_TABLE_SYSTEM_COLUMNS,
	DATA_TABLE_SYSTEM_TESTING_COLUMN,
	UserError,
	validateFieldType,
} from 'n8n-workflow';

/**
 * Cell values, column names and row filters of the in-memory Data Table stand-in,
 * following n8n's own storage (packages/cli/src/modules/data-table: data-table.service.ts,
 * data-table-rows.repository.ts, utils/sql-utils.ts) on its default SQLite database
 * wherever the difference can be seen from a workflow.
 */

/** A stored cell: what n8n's database gives back after normalising a row. */
export type Cell = string | number | boolean | Date | null;

export type ColumnTypes = ReadonlyMap<string, DataTableColumnType>;

type Condition = DataTableFilter['filters'][number]['condition'];

/** n8n's own message for a bad column name (`DATA_TABLE_COLUMN_ERROR_MESSAGE` in @n8n/api-types). */
const COLUMN_NAME_ERROR =
	'Only alphabetical characters and non-leading numbers and underscores are allowed for column names, and the maximum length is 63 characters.';

/**
 * Checks a new column's name as n8n does when a table is created or a column added:
 * letters, digits and underscores, a letter first, at most 63 characters (a Postgres
 * limit n8n applies everywhere), and not a system column.
 *
 * @example assertColumnName('email', ['name']) // passes
 * @example assertColumnName('createdAt', []) // throws: system column
 */
export function assertColumnName(name: string, existing: readonly string[]): void {
	if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(name.trim()) || name.trim().length > 63)
		throw new UserError(COLUMN_NAME_ERROR);
	const lower = name.toLowerCase();
	if (DATA_TABLE_SYSTEM_COLUMNS.some((system) => system.toLowerCase() === lower)) {
		throw new UserError(`Column name "${name}" is reserved as a system column name.`);
	}
	if (lower === DATA_TABLE_SYSTEM_TESTING_COLUMN.toLowerCase()) {
		throw new UserError(`Column name "${name}" is reserved as a testing column name.`);
	}
	if (existing.includes(name))
		throw new UserError(`A column with the name "${name}" already exists.`);
}

const FIELD_TYPE = {
	string: 'string',
	number: 'number',
	boolean: 'boolean',
	date: 'dateTime',
} as const;

/**
 * Coerces one value to its column's type the way n8n validates rows before writing
 * them (`validateFieldType`, not strict, strings not parsed), then stores it as the
 * database would hand it back: numbers from numeric strings ("" becomes 0, as in n8n),
 * booleans from "true"/"false"/0/1, dates parsed by luxon and kept in UTC, and other
 * values in text columns turned into text (SQLite's TEXT affinity does the same).
 *
 * @example toCell('age', '42', 'number') // 42
 * @example toCell('when', '2024-03-01T10:00:00+01:00', 'date') // Date 2024-03-01T09:00:00.000Z
 */
export function toCell(
	column: string,
	value: DataTableColumnJsType | undefined,
	type: DataTableColumnType,
): Cell {
	if (value === null || value === undefined) return null;
	const checked = validateFieldType(column, value, FIELD_TYPE[type], {
		strict: false,
		parseStrings: false,
	});
	if (!checked.valid) {
		throw new UserError(
			`value '${String(value)}' does not match column type '${type}': ${checked.errorMessage}`,
		);
	}
	const coerced = checked.newValue as unknown;
	switch (type) {
		case 'date': {
			const date = (coerced as DateTime).toUTC().toJSDate();
			if (Number.isNaN(date.getTime()))
				throw new UserError(`value '${String(value)}' does not match column type 'date'`);
			return date;
		}
		case 'string':
			return coerced instanceof Date ? coerced.toISOString() : String(coerced);
		default:
			return coerced as number | boolean;
	}
}

/**
 * Validates a row against the table's columns: unknown names are refused (n8n says
 * "unknown column name"), each value is coerced with {@link toCell}.
 *
 * @example toCells({ age: '42' }, new Map([['age', 'number']])) // { age: 42 }
 */
export function toCells(
	row: Record<string, DataTableColumnJsType | undefined>,
	types: ColumnTypes,
): Record<string, Cell> {
	const cells: Record<string, Cell> = {};
	for (const [key, value] of Object.entries(row)) {
		const type = types.get(key);
		if (type === undefined) throw new UserError(`unknown column name '${key}'`);
		cells[key] = toCell(key, value, type);
	}
	return cells;
}

/** A filter after n8n's checks, ready to test rows against. */
export interface PreparedFilter {
	type: 'and' | 'or';
	conditions: Array<{ column: string; condition: Condition; value: Cell; pattern?: RegExp }>;
}

/**
 * Checks and coerces a row filter as n8n does before querying: columns must exist
 * (system columns included), values take their column's type, `like`/`ilike` need
 * text and get `%` around them when they hold none, comparisons need a value.
 *
 * @example prepareFilter({ type: 'and', filters: [{ columnName: 'name', condition: 'ilike', value: 'ann' }] }, types)
 */
export function prepareFilter(
	filter: DataTableFilter | undefined,
	types: ColumnTypes,
): PreparedFilter {
	const all = new Map<string, DataTableColumnType>([
		...Object.entries(DATA_TABLE_SYSTEM_COLUMN_TYPE_MAP),
		...types,
	]);
	const conditions = (filter?.filters ?? []).map(({ columnName, condition, value }) => {
		const type = all.get(columnName);
		if (type === undefined) throw new UserError(`unknown column name '${columnName}'`);
		const cell = toCell(columnName, value, type);
		if (condition === 'like' || condition === 'ilike') {
			if (cell === null)
				throw new UserError(`${condition.toUpperCase()} filter value cannot be null or undefined`);
			if (typeof cell !== 'string')
				throw new UserError(`${condition.toUpperCase()} filter value must be a string`);
			const wrapped = cell.includes('%') ? cell : `%${cell}%`;
			return {
				column: columnName,
				condition,
				value: wrapped,
				pattern: likePattern(wrapped, condition === 'ilike'),
			};
		}
		if (['gt', 'gte', 'lt', 'lte'].includes(condition) && cell === null) {
			throw new UserError(`${condition.toUpperCase()} filter value cannot be null or undefined`);
		}
		return { column: columnName, condition, value: cell };
	});
	return { type: filter?.type ?? 'and', conditions };
}

/**
 * A LIKE pattern of n8n's data tables as a regular expression: only `%` is a
 * wildcard; `_`, `*`, `?` and brackets are literal (n8n escapes them).
 */
function likePattern(pattern: string, ignoreCase: boolean): RegExp {
	const body = pattern
		.split('%')
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	// Unicode case folding, as Postgres ILIKE does (SQLite's own only folds ASCII).
	return new RegExp(`^${body}$`, ignoreCase ? 'isu' : 's');
}

/** Whether a stored row passes a prepared filter; no conditions match every row. */
export function matches(row: Readonly<Record<string, Cell>>, filter: PreparedFilter): boolean {
	if (filter.conditions.length === 0) return true;
	const test = (condition: PreparedFilter['conditions'][number]) =>
		matchesCondition(row[condition.column] ?? null, condition);
	return filter.type === 'or' ? filter.conditions.some(test) : filter.conditions.every(test);
}

function matchesCondition(
	cell: Cell,
	{ condition, value, pattern }: PreparedFilter['conditions'][number],
): boolean {
	// SQL semantics: `= NULL` is `IS NULL`, `!= NULL` is `IS NOT NULL`.
	if (value === null && (condition === 'eq' || condition === 'neq'))
		return condition === 'eq' ? cell === null : cell !== null;
	switch (condition) {
		case 'isEmpty':
			return cell === null || cell === '';
		case 'isNotEmpty':
			return cell !== null && cell !== '';
		case 'eq':
			return cell !== null && compare(cell, value) === 0;
		case 'neq':
			// n8n adds `OR column IS NULL`, so empty cells count as different.
			return cell === null || compare(cell, value) !== 0;
		case 'gt':
			return cell !== null && compare(cell, value) > 0;
		case 'gte':
			return cell !== null && compare(cell, value) >= 0;
		case 'lt':
			return cell !== null && compare(cell, value) < 0;
		case 'lte':
			return cell !== null && compare(cell, value) <= 0;
		case 'like':
		case 'ilike':
			return typeof cell === 'string' && pattern !== undefined && pattern.test(cell);
		default:
			throw new UserError(`Unsupported filter condition: ${String(condition)}`);
	}
}

/**
 * Orders two non-empty cells of one column: numbers and booleans numerically (SQLite
 * stores booleans as 0 and 1), dates by time, text by code unit (SQLite's BINARY
 * collation, case-sensitive).
 */
export function compare(a: Cell, b: Cell): number {
	const key = (cell: Cell): number | string => {
		if (cell instanceof Date) return cell.getTime();
		if (typeof cell === 'boolean') return cell ? 1 : 0;
		return cell ?? '';
	};
	const x = key(a);
	const y = key(b);
	if (typeof x === 'number' && typeof y === 'number') return x - y;
	// SQLite puts numbers before text when a column mixes them.
	if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Sort order of rows by one column as SQLite gives it: empty cells first when
 * ascending and last when descending; ties keep insertion (id) order.
 */
export function sortRows<T extends { id: number; cells: Record<string, Cell> }>(
	rows: T[],
	column: string,
	direction: 'ASC' | 'DESC',
	valueOf: (row: T, column: string) => Cell,
): T[] {
	const sign = direction === 'DESC' ? -1 : 1;
	return [...rows].sort((left, right) => {
		const a = valueOf(left, column);
		const b = valueOf(right, column);
		let order: number;
		if (a === null || b === null) order = a === b ? 0 : a === null ? -1 : 1;
		else order = compare(a, b);
		return order !== 0 ? sign * order : left.id - right.id;
	});
}
