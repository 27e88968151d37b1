import { z } from 'zod';

import type { Participant } from '../types';
import { ROLES } from '../types';
import { LIMITS } from './limits';
import { isNormalEmail } from './email';
import { isValidTimeZone } from './timeZone';

const tagList = z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tagsPerList);
const shortText = z.string().min(1).max(LIMITS.shortText);

/**
 * The participant after normalisation. Normalisation coerces form answers into this
 * shape; the schema is the last word on what a valid participant is.
 */
export const participantSchema: z.ZodType<Participant> = z.object({
	id: z.string().min(1).max(LIMITS.id),
	// Internationalised addresses (RFC 6531) in their normal form; zod's email() knows ASCII only.
	email: z.string().max(LIMITS.email).refine(isNormalEmail, { message: 'not an email address in normal form (NFC, lower case)' }),
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
