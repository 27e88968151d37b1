import { z } from 'zod';

import type { Participant } from '../types';
import { ROLES } from '../types';
import { LIMITS } from './limits';
import { isValidTimeZone } from './timeZone';

const tagList = z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tagsPerList);
const shortText = z.string().min(1).max(LIMITS.shortText);
/** Text, one @, then dot-separated labels; linear (the dot is in no label class). */
const EMAIL_SHAPE = /^[^\s@<>]+@[^\s@<>.]+(?:\.[^\s@<>.]+)+$/u;

/**
 * The participant after normalisation. Normalisation coerces form answers into this
 * shape; the schema is the last word on what a valid participant is.
 */
export const participantSchema: z.ZodType<Participant> = z.object({
	id: z.string().min(1).max(LIMITS.id),
	// Internationalised addresses (RFC 6531); zod's email() knows ASCII only. The shape
	// only: `normaliseEmail` makes the normal form (a refine here would cost a third more).
	email: z.string().max(LIMITS.email).regex(EMAIL_SHAPE, { message: 'not an email address' }),
	name: shortText,
	role: z.enum(ROLES as [Participant['role'], ...Participant['role'][]]),
	department: shortText.optional(),
	team: shortText.optional(),
	title: shortText.optional(),
	location: shortText.optional(),
	level: z.number().finite().optional(),
	managerId: z.string().min(1).max(LIMITS.id).optional(),
	timezone: z
		.string()
		.refine(isValidTimeZone, { message: 'unknown IANA time zone' })
		.optional(),
	languages: tagList,
	skillsOffered: tagList,
	skillsWanted: tagList,
	goals: tagList,
	interests: tagList,
	capacity: z.number().int().min(0).max(LIMITS.capacity),
	nominations: tagList,
	exclusions: tagList,
	hireDate: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.optional(),
	programId: shortText.optional(),
	consent: z.boolean(),
	answers: z.record(z.unknown()) as z.ZodType<Participant['answers']>,
});
