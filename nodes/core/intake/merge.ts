import type { ParticipantDraft } from '../participant/fields';
import { PARTICIPANT_FIELDS } from '../participant/fields';
import { isBlank } from '../text/values';
import type { Participant } from '../types';

/**
 * Applies an update to a person already known: every field the new submission
 * answered replaces the old value; a field it left empty keeps the old value, so an
 * update never wipes data. The id stays the old one because pairs and logs refer
 * to it. Answers are merged, newer answers winning.
 *
 * @example mergeParticipant(rosterAnn, { ...freshAnn, department: undefined }, draftWithoutDepartment)
 */
export function mergeParticipant(previous: Partial<Participant>, fresh: Participant, draft: ParticipantDraft): Participant {
	const merged = { ...fresh } as Record<string, unknown>;
	const old = previous as Record<string, unknown>;
	for (const field of PARTICIPANT_FIELDS) {
		if (field === 'answers' || field === 'id') continue;
		if (isBlank(draft[field]) && !isBlank(old[field])) merged[field] = old[field];
	}
	if (!isBlank(previous.id)) merged.id = previous.id;
	merged.answers = { ...(previous.answers ?? {}), ...fresh.answers };
	return merged as unknown as Participant;
}
