import nock from 'nock';

import { fixture, PERSONIO_API } from '../../nodes/HrisDirectory/hrisWorkflow';
import type { SamplePerson } from './templates';

const attribute = (value: unknown, universalId: string) => ({ label: universalId, value, type: 'standard', universal_id: universalId });

/** A sample person as Personio's GET /company/employees lists them (the documented attribute shape). */
export function personioEmployee(person: SamplePerson, index: number) {
	return {
		type: 'Employee',
		attributes: {
			id: attribute(index + 1, 'id'),
			first_name: attribute(person.name.split(' ')[0], 'first_name'),
			last_name: attribute(person.name.split(' ').slice(1).join(' '), 'last_name'),
			email: attribute(person.email, 'email'),
			status: attribute(person.terminationDate ? 'inactive' : 'active', 'status'),
			department: attribute({ type: 'Department', attributes: { id: 1, name: person.department } }, 'department'),
			hire_date: attribute(`${person.hireDate}T00:00:00+01:00`, 'hire_date'),
			termination_date: attribute(person.terminationDate ? `${person.terminationDate}T00:00:00+01:00` : null, 'termination_date'),
		},
	};
}

/**
 * Personio's API for the given people: the token request and the paged employee
 * list (limit/offset as documented). Returns the offsets served, in order.
 */
export function mockPersonioDirectory(people: SamplePerson[]): number[] {
	const directory = people.map(personioEmployee);
	const offsets: number[] = [];
	nock(PERSONIO_API).post('/v1/auth').reply(200, fixture('personio-auth.json'));
	nock(PERSONIO_API)
		.persist()
		.get('/v1/company/employees')
		.query(true)
		.reply(200, (uri) => {
			const query = new URL(uri, PERSONIO_API).searchParams;
			const limit = Number(query.get('limit'));
			const offset = Number(query.get('offset') ?? 0);
			offsets.push(offset);
			const metadata = { total_elements: directory.length, current_page: Math.floor(offset / limit), total_pages: Math.ceil(directory.length / limit) };
			return { success: true, metadata, offset, limit, data: directory.slice(offset, offset + limit) };
		});
	return offsets;
}

/** A copy of a template whose *HR System* node says `system` (BambooHR, Personio or HiBob, None). */
export function withHrSystem<T extends { nodes: Array<{ name: string; parameters: object }> }>(template: T, system: string): T {
	const copy = structuredClone(template);
	const choice = copy.nodes.find((node) => node.name === 'HR System');
	if (!choice) throw new Error('The template has no HR System node');
	(choice.parameters as { assignments: { assignments: Array<{ value: string }> } }).assignments.assignments[0].value = system;
	return copy;
}

/** A copy of a template whose *HR System* node says `Personio or HiBob`. */
export function withPersonio<T extends { nodes: Array<{ name: string; parameters: object }> }>(template: T): T {
	return withHrSystem(template, 'Personio or HiBob');
}
