import type { Participant } from '../types';

/** Every canonical field of a participant, in DESIGN.md order. */
export const PARTICIPANT_FIELDS = [
	'id',
	'email',
	'name',
	'role',
	'department',
	'team',
	'title',
	'location',
	'level',
	'managerId',
	'timezone',
	'languages',
	'skillsOffered',
	'skillsWanted',
	'goals',
	'interests',
	'capacity',
	'nominations',
	'exclusions',
	'hireDate',
	'programId',
	'consent',
	'answers',
] as const satisfies ReadonlyArray<keyof Participant>;

export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

/** Fields that hold lists of normalised tags. */
export const TAG_FIELDS = ['languages', 'skillsOffered', 'skillsWanted', 'goals', 'interests'] as const;

/** Fields that hold lists of people (ids or emails). */
export const REFERENCE_FIELDS = ['nominations', 'exclusions'] as const;

/** One-line text fields. */
export const TEXT_FIELDS = ['name', 'department', 'team', 'title', 'location', 'programId'] as const;

/**
 * A participant as read from a form or sheet before normalisation: canonical
 * fields with raw values, plus `answers` for every field that has no canonical home.
 */
export type ParticipantDraft = Partial<Record<Exclude<ParticipantField, 'answers'>, unknown>> & {
	answers?: Record<string, unknown>;
};
