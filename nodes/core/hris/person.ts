import type { FieldIssue } from '../types';

/** The HR systems the HRIS Directory reads. */
export type HrisSystem = 'personio' | 'hibob';

/**
 * Whether a person still works here. `current` covers people on leave and hires
 * still onboarding (a buddy program needs exactly those); `former` is everyone
 * whose employment ended; `unknown` when the HRIS gave no usable status.
 */
export type EmploymentStatus = 'current' | 'former' | 'unknown';

/** Participant fields (and HR outcomes) a custom HRIS field can fill. */
export const CUSTOM_FIELD_TARGETS = [
	'level',
	'skillsOffered',
	'skillsWanted',
	'languages',
	'interests',
	'goals',
	'team',
	'title',
	'department',
	'location',
	'timezone',
	'hireDate',
	'terminationDate',
	'lastPromotionDate',
] as const;

export type CustomFieldTarget = (typeof CUSTOM_FIELD_TARGETS)[number];

/**
 * Where one participant field comes from in the HRIS. `source` is, for Personio,
 * an attribute key (`dynamic_24407`), its `universal_id` or its label ("Career
 * level"); for HiBob, a field path (`work.custom.field_1699`, `custom.skills.level`).
 */
export interface CustomFieldMapping {
	target: CustomFieldTarget;
	source: string;
}

/**
 * One person as read from a vendor record, before normalisation: values are still
 * raw (a Personio date carries its time and offset, a level may read "L4"). Reading
 * never throws; what could not be read is in `issues`, so a bad record still
 * becomes an output item with warnings instead of vanishing.
 */
export interface HrisPerson {
	system: HrisSystem;
	/** The HRIS employee id, as text. */
	sourceId?: string;
	/** The HRIS employee id of the direct manager. */
	managerSourceId?: string;
	status: EmploymentStatus;
	/** The vendor's own status word, kept for the program manager. */
	rawStatus?: string;
	email?: unknown;
	name?: unknown;
	department?: unknown;
	team?: unknown;
	title?: unknown;
	location?: unknown;
	timezone?: unknown;
	level?: unknown;
	hireDate?: unknown;
	terminationDate?: unknown;
	lastPromotionDate?: unknown;
	skillsOffered?: unknown;
	skillsWanted?: unknown;
	languages?: unknown;
	interests?: unknown;
	goals?: unknown;
	issues: FieldIssue[];
}

/** Options every vendor reader takes. */
export interface ReadPersonOptions {
	/** Extra fields to read, in the order given; a later mapping of the same target wins. */
	customFields?: readonly CustomFieldMapping[];
}
