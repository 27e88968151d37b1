import type { AxiosInstance } from 'axios';

import type { TableRow } from '../../test/e2e/helpers/publicApi';
import { tableRows } from '../../test/e2e/helpers/publicApi';

/** A Data Table as n8n's public API lists it. */
export interface TableInfo {
	id: string;
	name: string;
	columns: Set<string>;
}

export async function tableNamed(api: AxiosInstance, name: string): Promise<TableInfo> {
	const tables = (
		await api.get<{ data: Array<{ id: string; name: string; columns: Array<{ name: string }> }> }>(
			'/data-tables',
			{ params: { limit: 250 } },
		)
	).data.data;
	const table = tables.find((entry) => entry.name === name);
	if (!table) throw new Error(`No Data Table named ${name}`);
	return { id: table.id, name, columns: new Set(table.columns.map((column) => column.name)) };
}

/** Inserts rows through the public API in batches (one request per batch); only the table's own columns. */
export async function insertRows(
	api: AxiosInstance,
	table: TableInfo,
	rows: TableRow[],
	batch = 500,
): Promise<void> {
	for (let start = 0; start < rows.length; start += batch) {
		const data = rows
			.slice(start, start + batch)
			.map((row) => Object.fromEntries(Object.entries(row).filter(([name]) => table.columns.has(name))));
		await api.post(`/data-tables/${table.id}/rows`, { data, returnType: 'count' });
	}
}

const SYSTEM_COLUMNS = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * A program of its own for a benchmark: the demo program's record (npm start made it with
 * every default) under another id, with the given changes.
 */
export async function addProgram(
	api: AxiosInstance,
	programId: string,
	changes: TableRow,
	from = 'mentoring-2026',
): Promise<void> {
	const programs = await tableNamed(api, 'mentorship_programs');
	const demo = (await tableRows(api, 'mentorship_programs')).find((row) => row.programId === from);
	if (!demo) throw new Error(`No program record ${from} to copy`);
	const record = Object.fromEntries(Object.entries(demo).filter(([name]) => !SYSTEM_COLUMNS.has(name)));
	await insertRows(api, programs, [{ ...record, ...changes, programId }]);
}

/** Sets columns of one program's record (e.g. closes it so that scheduled templates pass it by). */
export async function updateProgram(api: AxiosInstance, programId: string, data: TableRow): Promise<void> {
	const programs = await tableNamed(api, 'mentorship_programs');
	await api.patch(`/data-tables/${programs.id}/rows/update`, {
		filter: { type: 'and', filters: [{ columnName: 'programId', condition: 'eq', value: programId }] },
		data,
		returnData: false,
	});
}
