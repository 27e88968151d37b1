import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';
import type { CustomFieldLookup } from './customFields';
import { applyCustomFields, isRecord, plainValue } from './customFields';
import type { CustomFieldMapping, EmploymentStatus, HrisPerson, ReadPersonOptions } from './person';

/*
 * HiBob (Bob) Public API, POST /v1/people/search. The request names fields by
 * their dot-notation field id (`root.id`, `work.reportsTo`); the response holds
 * `{ employees: [...] }` with each field nested by category (`work.department`
 * arrives as `employee.work.department`, root fields at the top). With
 * `humanReadable: 'APPEND'` the machine values stay and a `humanReadable` object
 * beside them carries the labels of list fields (department, site, title), which
 * are list-item ids otherwise. Fields the service user may not read are left out
 * silently; the search has no pagination and returns the full result set.
 * https://apidocs.hibob.com/reference/post_people-search
 * https://apidocs.hibob.com/docs/people-read-api-contract
 * https://apidocs.hibob.com/docs/how-to-read-employee-data
 */

/**
 * Fields the directory always asks for. Bob has no standard "last promotion"
 * field (role changes live in the Work history table), so `lastPromotionDate`
 * comes from a mapped custom field.
 * https://apidocs.hibob.com/docs/additional-employee-data
 */
export const HIBOB_FIELDS = [
	'root.id',
	'root.email',
	'root.displayName',
	'root.firstName',
	'root.surname',
	'work.department',
	'work.title',
	'work.site',
	'work.startDate',
	'work.reportsTo',
	'work.isManager',
	'internal.status',
	'internal.lifecycleStatus',
	'internal.terminationDate',
] as const;

/** Options of {@link hibobRequestFields}. */
export interface HibobRequestFieldsOptions {
	customFields?: readonly CustomFieldMapping[];
}

/**
 * The `fields` list of the people search: the standard fields plus every mapped
 * custom field, each once. Bob returns only the fields it is asked for.
 *
 * @example hibobRequestFields({ customFields: [{ target: 'level', source: 'work.custom.field_1' }] }).at(-1) // 'work.custom.field_1'
 */
export function hibobRequestFields(options: HibobRequestFieldsOptions = {}): string[] {
	const fields: string[] = [...HIBOB_FIELDS];
	for (const { source } of options.customFields ?? []) {
		const field = source.trim();
		if (field !== '' && !fields.includes(field)) fields.push(field);
	}
	return fields;
}

/**
 * Reads one employee of a HiBob people search into an HRIS person. Never throws:
 * an unreadable record gives a person with `issues`.
 *
 * @example
 * readHibobEmployee({ id: '3332883', email: 'ann@example.com', displayName: 'Ann de Vries',
 *   work: { department: 'Sales', reportsTo: { id: '3332880' } }, internal: { status: 'Active' } });
 * // { system: 'hibob', sourceId: '3332883', managerSourceId: '3332880', status: 'current', department: 'Sales', ... }
 */
export function readHibobEmployee(record: unknown, options: ReadPersonOptions = {}): HrisPerson {
	const issues: FieldIssue[] = [];
	const person: HrisPerson = { system: 'hibob', status: 'unknown', issues };
	if (!isRecord(record)) {
		issues.push({
			field: 'record',
			problem: 'is not a HiBob employee',
			expected: 'an object from the "employees" list of POST /v1/people/search',
			received: shorten(record),
		});
		return person;
	}
	const value = (path: string) => hibobField(record, path).value;
	const labelled = (path: string) => hibobLabel(record, path) ?? value(path);

	const id = value('root.id');
	if (typeof id === 'number' || (typeof id === 'string' && id.trim() !== '')) person.sourceId = String(id).trim();
	else {
		issues.push({
			field: 'id',
			problem: 'is missing',
			expected: 'the Bob employee id (field root.id)',
			...(id === undefined ? {} : { received: shorten(id) }),
		});
	}

	person.email = value('root.email');
	const displayName = value('root.displayName');
	person.name =
		typeof displayName === 'string' && displayName.trim() !== ''
			? displayName
			: [value('root.firstName'), value('root.surname')]
					.filter((part) => typeof part === 'string' && part.trim() !== '')
					.join(' ') || undefined;
	person.department = labelled('work.department');
	person.title = labelled('work.title');
	person.location = labelled('work.site');
	person.hireDate = value('work.startDate');
	person.terminationDate = value('internal.terminationDate');

	const status = value('internal.status');
	const lifecycle = value('internal.lifecycleStatus');
	if (typeof status === 'string') {
		person.rawStatus = typeof lifecycle === 'string' && lifecycle !== '' ? `${status} (${lifecycle})` : status;
		person.status = statusOf(status, lifecycle);
	}

	const reportsTo = value('work.reportsTo');
	if (reportsTo !== undefined && reportsTo !== null && reportsTo !== '') {
		const managerId = isRecord(reportsTo) ? plainValue(reportsTo.id) : reportsTo;
		if (typeof managerId === 'number' || (typeof managerId === 'string' && managerId.trim() !== '')) {
			person.managerSourceId = String(managerId).trim();
		} else {
			issues.push({
				field: 'managerId',
				problem: 'the manager (work.reportsTo) has no readable id',
				expected: 'an object with the manager\'s "id", or the id itself',
				received: shorten(reportsTo),
			});
		}
	}

	applyCustomFields(person, {
		mappings: options.customFields,
		lookup: (source) => {
			const label = hibobLabel(record, source);
			return label === undefined ? hibobField(record, source) : { found: true, value: label };
		},
		describe: (source) => `Bob field "${source}" (its field id from GET /v1/company/people/fields)`,
	});
	return person;
}

/**
 * Active people are current. An inactive person is former, except a hire who has
 * not started yet (lifecycle status "hired"), whom a buddy program wants most.
 */
function statusOf(status: string, lifecycle: unknown): EmploymentStatus {
	const word = status.trim().toLowerCase();
	if (word === 'active') return 'current';
	if (word === 'inactive') {
		return typeof lifecycle === 'string' && lifecycle.trim().toLowerCase() === 'hired' ? 'current' : 'former';
	}
	return 'unknown';
}

/**
 * A field by its dot-notation id: nested by category in the response (`root.`
 * fields at the top). Also reads the flat slash-notation keys (`/work/title`)
 * and `{ value }` wrappers that some Bob payloads use.
 */
function hibobField(record: Record<string, unknown>, path: string): CustomFieldLookup {
	const segments = path.trim().split('.').filter((segment) => segment !== '');
	if (segments.length === 0) return { found: false };
	const nested = segments[0] === 'root' ? segments.slice(1) : segments;
	const direct = walk(record, nested);
	if (direct.found) return { found: true, value: plainValue(direct.value) };
	const flatKey = `/${segments.join('/')}`;
	if (flatKey in record) return { found: true, value: plainValue(record[flatKey]) };
	return { found: false };
}

function hibobLabel(record: Record<string, unknown>, path: string): string | undefined {
	if (!isRecord(record.humanReadable)) return undefined;
	const label = hibobField(record.humanReadable, path).value;
	return typeof label === 'string' && label.trim() !== '' ? label : undefined;
}

function walk(value: unknown, segments: string[]): CustomFieldLookup {
	let current: unknown = value;
	for (const segment of segments) {
		if (!isRecord(current) || !(segment in current)) return { found: false };
		current = current[segment];
	}
	return { found: true, value: current };
}
