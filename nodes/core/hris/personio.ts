import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';
import { applyCustomFields, isRecord, plainValue } from './customFields';
import type { EmploymentStatus, HrisPerson, ReadPersonOptions } from './person';

/*
 * Personio Personnel Data API v1, GET /company/employees. Each employee is
 * `{ type: 'Employee', attributes: { <key>: { label, value, type, universal_id } } }`;
 * relations (department, office, team, supervisor) carry an object value such as
 * `{ type: 'Department', attributes: { id, name } }`, the supervisor an Employee
 * whose own attributes are again `{ label, value }` pairs. Custom attributes are
 * keyed `dynamic_<n>` and may have a `universal_id`.
 * https://developer.personio.de/reference/get_company-employees
 * https://github.com/personio/api-docs/blob/master/personio-personnel-data-api-oa3.yaml
 * https://developer.personio.de/changelog/employee-api-custom-attribute-types
 */

/** Personio's status values; `inactive` is the only one that means the person left. */
const CURRENT_STATUSES = new Set(['active', 'onboarding', 'leave']);
const FORMER_STATUSES = new Set(['inactive']);

type Attributes = Record<string, unknown>;

/**
 * Reads one Personio employee into an HRIS person. Never throws: a record it
 * cannot read gives a person with `issues`, so the node can report it on the item.
 *
 * @example
 * readPersonioEmployee({ type: 'Employee', attributes: {
 *   id: { label: 'ID', value: 7, type: 'integer', universal_id: 'id' },
 *   email: { label: 'Email', value: 'ann@example.com', type: 'standard', universal_id: 'email' },
 * } });
 * // { system: 'personio', sourceId: '7', email: 'ann@example.com', status: 'unknown', issues: [] , ... }
 */
export function readPersonioEmployee(record: unknown, options: ReadPersonOptions = {}): HrisPerson {
	const issues: FieldIssue[] = [];
	const person: HrisPerson = { system: 'personio', status: 'unknown', issues };
	const attributes = isRecord(record) && isRecord(record.attributes) ? record.attributes : undefined;
	if (!attributes) {
		issues.push({
			field: 'record',
			problem: 'is not a Personio employee',
			expected: 'an object with an "attributes" object, as GET /company/employees returns',
			received: shorten(record),
		});
		return person;
	}

	const id = plainValue(attributeValue(attributes, 'id'));
	if (typeof id === 'number' || (typeof id === 'string' && id.trim() !== '')) person.sourceId = String(id).trim();
	else {
		issues.push({
			field: 'id',
			problem: 'is missing',
			expected: 'the Personio employee id (allow the "ID" attribute for the API credential)',
			...(id === undefined ? {} : { received: shorten(id) }),
		});
	}

	person.email = plainValue(attributeValue(attributes, 'email'));
	const preferred = plainValue(attributeValue(attributes, 'preferred_name'));
	const first = plainValue(attributeValue(attributes, 'first_name'));
	const last = plainValue(attributeValue(attributes, 'last_name'));
	person.name =
		typeof preferred === 'string' && preferred.trim() !== ''
			? preferred
			: [first, last].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ') || undefined;
	person.department = relationName(attributeValue(attributes, 'department'));
	person.team = relationName(attributeValue(attributes, 'team'));
	person.location = relationName(attributeValue(attributes, 'office'));
	person.title = plainValue(attributeValue(attributes, 'position'));
	person.hireDate = plainValue(attributeValue(attributes, 'hire_date'));
	person.terminationDate = plainValue(attributeValue(attributes, 'termination_date'));

	const rawStatus = plainValue(attributeValue(attributes, 'status'));
	if (typeof rawStatus === 'string') {
		person.rawStatus = rawStatus;
		person.status = statusOf(rawStatus);
	}

	const supervisor = attributeValue(attributes, 'supervisor');
	if (supervisor !== undefined && supervisor !== null && supervisor !== '') {
		const managerId = supervisorId(supervisor);
		if (managerId !== undefined) person.managerSourceId = managerId;
		else {
			issues.push({
				field: 'managerId',
				problem: 'the supervisor has no readable id',
				expected: 'a supervisor Employee with an "id" attribute',
				received: shorten(supervisor),
			});
		}
	}

	applyCustomFields(person, {
		mappings: options.customFields,
		lookup: (source) => findAttribute(attributes, source),
		describe: (source) => `Personio attribute "${source}" (its key such as dynamic_24407, its universal_id or its label)`,
	});
	return person;
}

function statusOf(status: string): EmploymentStatus {
	const word = status.trim().toLowerCase();
	if (CURRENT_STATUSES.has(word)) return 'current';
	if (FORMER_STATUSES.has(word)) return 'former';
	return 'unknown';
}

/** The `value` of a standard attribute by its key; undefined when absent. */
function attributeValue(attributes: Attributes, key: string): unknown {
	const attribute = attributes[key];
	return isRecord(attribute) && 'value' in attribute ? attribute.value : undefined;
}

/**
 * Finds a custom attribute the way a program manager names it: by key, by
 * `universal_id`, or by label (case and spacing ignored), in that order, because
 * keys are unique while two attributes can share a label.
 */
function findAttribute(attributes: Attributes, source: string): { found: boolean; value?: unknown } {
	const wanted = source.trim();
	if (isRecord(attributes[wanted])) return { found: true, value: relationOrPlain(attributeValue(attributes, wanted)) };
	const label = wanted.toLowerCase().replace(/\s+/g, ' ');
	for (const match of [
		(attribute: Record<string, unknown>) => attribute.universal_id === wanted,
		(attribute: Record<string, unknown>) =>
			typeof attribute.label === 'string' && attribute.label.trim().toLowerCase().replace(/\s+/g, ' ') === label,
	]) {
		for (const attribute of Object.values(attributes)) {
			if (isRecord(attribute) && match(attribute)) return { found: true, value: relationOrPlain(attribute.value) };
		}
	}
	return { found: false };
}

/** Department, office, team: `{ type, attributes: { id, name } }`, sometimes a list of them. */
function relationName(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(relationName).filter((name) => name !== undefined);
	if (isRecord(value) && isRecord(value.attributes)) {
		const name = value.attributes.name;
		return typeof name === 'string' ? name : undefined;
	}
	return value === null ? undefined : value;
}

function relationOrPlain(value: unknown): unknown {
	return isRecord(value) || Array.isArray(value) ? relationName(value) : plainValue(value);
}

function supervisorId(value: unknown): string | undefined {
	if (typeof value === 'number' || typeof value === 'string') return String(value).trim() || undefined;
	if (!isRecord(value) || !isRecord(value.attributes)) return undefined;
	const id = plainValue(value.attributes.id);
	return typeof id === 'number' || (typeof id === 'string' && id.trim() !== '') ? String(id).trim() : undefined;
}
