import { MalformedInputError } from '../errors';
import { shorten } from '../text/shorten';
import { isRecord } from './customFields';

/*
 * Personio GET /company/employees pages with `limit` (at most 100 since January
 * 2025) and `offset`, the index of the first employee to return; the response
 * carries `metadata: { total_elements, current_page, total_pages }`.
 * https://developer.personio.de/docs/pagination-adoption-guide-for-v1-get-employees-endpoint
 * https://developer.personio.de/v1.0/changelog/pagination-enforcement-v1-employees-api
 */

/** Largest page Personio serves. */
export const PERSONIO_MAX_PAGE_SIZE = 100;

/** Options of {@link readPersonioPage}. */
export interface ReadPersonioPageOptions {
	/** The offset the page was asked for. */
	offset: number;
}

/** One page of employees and where the next one starts, if there is one. */
export interface PersonioPage {
	employees: unknown[];
	nextOffset?: number;
}

/**
 * Reads one page of Personio employees and works out the next offset. The next
 * offset advances by what the page held rather than by the limit asked for, so a
 * server that serves fewer per page than asked skips nobody. The last page is
 * known from the metadata, or, without metadata, from an empty page.
 *
 * @example
 * readPersonioPage({ success: true, data: [{}, {}], metadata: { total_elements: 5, current_page: 0, total_pages: 3 } }, { offset: 0 });
 * // { employees: [{}, {}], nextOffset: 2 }
 */
export function readPersonioPage(body: unknown, options: ReadPersonioPageOptions): PersonioPage {
	if (!isRecord(body) || !Array.isArray(body.data)) {
		const error = isRecord(body) && isRecord(body.error) ? body.error.message : undefined;
		throw new MalformedInputError(
			[
				{
					field: 'data',
					problem: typeof error === 'string' ? `Personio answered with an error: ${error}` : 'is not a list of employees',
					expected: 'a response of GET /v1/company/employees with a "data" list',
					received: shorten(body),
				},
			],
			'Check that the Personio API credential may read employees (Settings > Integrations > API credentials).',
		);
	}
	const employees = body.data;
	if (employees.length === 0) return { employees };
	const metadata = isRecord(body.metadata) ? body.metadata : {};
	const total = metadata.total_elements;
	const page = metadata.current_page;
	const pages = metadata.total_pages;
	const nextOffset = options.offset + employees.length;
	if (typeof total === 'number' && nextOffset >= total) return { employees };
	if (typeof page === 'number' && typeof pages === 'number' && page >= pages - 1) return { employees };
	return { employees, nextOffset };
}
