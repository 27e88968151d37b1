import type { ParticipantDraft } from '../participant/fields';
import { isBlank } from '../text/values';
import type { Participant } from '../types';
import { readPerson } from './readPerson';

const HRIS_MAPPING = { autoDetect: true };

/** Org facts the HR system is the authority on. */
const ORG_FIELDS = ['id', 'department', 'team', 'title', 'location', 'level', 'managerId', 'hireDate'] as const;
/** Facts the person knows best; HRIS only fills them in when the form left them empty. */
const FILL_FIELDS = ['timezone', 'name'] as const;

/**
 * Indexes HRIS rows (BambooHR, Personio, HiBob, a sheet: any shape the field
 * mapping recognises) by lower-cased work email.
 *
 * @example indexHris([{ workEmail: 'An@X.nl', department: 'Sales', supervisorEId: '12' }]).get('an@x.nl')
 */
export function indexHris(rows: unknown[]): Map<string, Partial<Participant>> {
	const index = new Map<string, Partial<Participant>>();
	for (const row of rows) {
		const { partial } = readPerson(row, HRIS_MAPPING, { defaultRole: 'mentee', schemaCheck: false });
		if (partial.email && !index.has(partial.email)) index.set(partial.email, partial);
	}
	return index;
}

/**
 * Copies HR facts into a submission's draft, matched by email. Returns whether
 * the person was found in the HRIS rows.
 *
 * @example enrichFromHris(draft, hrisIndex, true) // true, draft.department now from HRIS
 */
export function enrichFromHris(draft: ParticipantDraft, index: Map<string, Partial<Participant>>, overrides: boolean): boolean {
	if (index.size === 0 || typeof draft.email !== 'string') return false;
	const record = index.get(draft.email.trim().toLowerCase());
	if (!record) return false;
	for (const field of ORG_FIELDS) {
		if (record[field] !== undefined && (overrides || isBlank(draft[field]))) draft[field] = record[field];
	}
	for (const field of FILL_FIELDS) {
		if (record[field] !== undefined && isBlank(draft[field])) draft[field] = record[field];
	}
	return true;
}
