import type { IExecuteFunctions } from 'n8n-workflow';

import { MalformedInputError } from '../../core/errors';
import { hibobRequestFields } from '../../core/hris/hibob';
import type { CustomFieldMapping } from '../../core/hris/person';
import { shorten } from '../../core/text/shorten';
import { hrisRequest } from './request';

/** Options of {@link fetchHibobEmployees}. */
export interface FetchHibobOptions {
	includeInactive: boolean;
	customFields: readonly CustomFieldMapping[];
	maxRetries: number;
	itemIndex: number;
}

/**
 * Every HiBob employee the service user may see, in one search: Bob's people
 * search has no pagination and returns the full result set.
 * POST https://api.hibob.com/v1/people/search
 * https://apidocs.hibob.com/reference/post_people-search
 * https://apidocs.hibob.com/docs/people-read-api-contract
 */
export async function fetchHibobEmployees(this: IExecuteFunctions, options: FetchHibobOptions): Promise<unknown[]> {
	const credentials = await this.getCredentials<{ baseUrl?: string }>('hiBobApi', options.itemIndex);
	const baseUrl = (credentials.baseUrl || 'https://api.hibob.com').replace(/\/+$/, '');
	const body = await hrisRequest.call(this, {
		system: 'hibob',
		maxRetries: options.maxRetries,
		itemIndex: options.itemIndex,
		request: {
			method: 'POST',
			url: `${baseUrl}/v1/people/search`,
			headers: { Accept: 'application/json' },
			body: {
				fields: hibobRequestFields({ customFields: options.customFields }),
				showInactive: options.includeInactive,
				humanReadable: 'APPEND',
			},
			json: true,
		},
	});
	const employees = (body as { employees?: unknown } | undefined)?.employees;
	if (!Array.isArray(employees)) {
		throw new MalformedInputError(
			[
				{
					field: 'employees',
					problem: 'is not a list of employees',
					expected: 'a response of POST /v1/people/search with an "employees" list',
					received: shorten(body),
				},
			],
			'Check the environment (production or sandbox) of the HiBob API credential.',
		);
	}
	return employees;
}
