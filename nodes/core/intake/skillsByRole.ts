import { isBlank } from '../text/values';
import type { Role } from '../types';
import type { MappedSubmission } from './mapFields';
import { parseRole } from '../participant/role';

/**
 * Places a generic "Skills" / "Vaardigheden" answer by role: what a mentor lists
 * are skills offered, what a mentee lists are skills wanted, a peer's count as both.
 * A specific "skills offered/wanted" answer always wins over the generic one.
 */
export function placeGenericSkills(mapped: MappedSubmission, defaultRole?: Role): void {
	if (isBlank(mapped.skills)) return;
	const role = parseRole(mapped.draft.role) ?? defaultRole;
	const { draft } = mapped;
	if ((role === 'mentor' || role === 'both') && isBlank(draft.skillsOffered)) draft.skillsOffered = mapped.skills;
	if ((role === 'mentee' || role === 'both') && isBlank(draft.skillsWanted)) draft.skillsWanted = mapped.skills;
	// Without a role the answer still must not vanish.
	if (role === undefined) draft.answers = { ...draft.answers, [mapped.labels.skills ?? 'skills']: mapped.skills };
}
