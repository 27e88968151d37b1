import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readPersonioPage } from '../../core/hris/paging';
import { hrisRequest } from './request';

/** Stops a server that never reports a last page: 100,000 employees at 100 a page. */
const MAX_PAGES = 1000;

/** Options of {@link fetchPersonioEmployees}. */
export interface FetchPersonioOptions {
	pageSize: number;
	maxRetries: number;
	itemIndex: number;
}

/**
 * Every Personio employee record, page by page until the last page.
 * GET https://api.personio.de/v1/company/employees?limit=&offset=
 * https://developer.personio.de/reference/get_company-employees
 */
export async function fetchPersonioEmployees(this: IExecuteFunctions, options: FetchPersonioOptions): Promise<unknown[]> {
	const employees: unknown[] = [];
	let offset = 0;
	for (let page = 0; page < MAX_PAGES; page++) {
		const body = await hrisRequest.call(this, {
			system: 'personio',
			maxRetries: options.maxRetries,
			itemIndex: options.itemIndex,
			request: {
				method: 'GET',
				url: 'https://api.personio.de/v1/company/employees',
				qs: { limit: options.pageSize, offset },
				headers: { Accept: 'application/json' },
				json: true,
			},
		});
		const result = readPersonioPage(body, { offset });
		employees.push(...result.employees);
		if (result.nextOffset === undefined) return employees;
		offset = result.nextOffset;
	}
	throw new NodeOperationError(this.getNode(), `Personio returned more than ${MAX_PAGES} pages of employees`, {
		itemIndex: options.itemIndex,
		description: 'Raise "Page Size" under Options (Personio serves at most 100 a page).',
	});
}
