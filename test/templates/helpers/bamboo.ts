import nock from 'nock';

import type { Edge, EdgeCall } from './edges';
import type { SamplePerson } from './templates';

/** BambooHR's API of the made-up company `acme`, as the stock BambooHR node reaches it. */
export const BAMBOO_CREDENTIALS = { bambooHrApi: { subdomain: 'acme', apiKey: 'bamboo-test-key' } };

/** An employee as a BambooHR custom report lists them (field names as BambooHR's API gives them). */
export function bambooEmployee(person: SamplePerson): Record<string, string | null> {
	return {
		id: person.id,
		employeeNumber: person.id,
		displayName: person.name,
		workEmail: person.email,
		department: person.department,
		jobTitle: person.title,
		supervisorEId: person.managerId,
		level: String(person.level),
		location: person.location,
		hireDate: person.hireDate,
		terminationDate: person.terminationDate,
		lastPromotionDate: person.lastPromotionDate,
	};
}

/**
 * BambooHR's custom report endpoint (`GET /reports/{id}`) answering with the given
 * employees, as BambooHR does: `{ title, fields, employees }`. Calls are recorded.
 *
 * @example const bamboo = mockBambooReport('100', org.map(bambooEmployee));
 */
export function mockBambooReport(reportId: string, employees: Array<Record<string, unknown>>): Edge {
	const calls: EdgeCall[] = [];
	nock('https://api.bamboohr.com')
		.persist()
		.get(new RegExp(`^/api/gateway\\.php/acme/v1/reports/${reportId}/`))
		.reply(function reply(uri) {
			calls.push({ method: 'GET', path: uri, body: {}, headers: this.req.headers });
			const fields = Object.keys(employees[0] ?? {}).map((id) => ({ id, type: 'text', name: id }));
			return [200, { title: 'Mentoring report', fields, employees }];
		});
	return {
		calls,
		to: (path) => calls.filter((call) => (typeof path === 'string' ? call.path === path : path.test(call.path))),
	};
}
