import type { NormaliseOptions } from '../participant/normalise';
import { normaliseParticipant } from '../participant/normalise';
import type { FieldIssue, Participant } from '../types';
import type { MapFieldsOptions, MappedSubmission } from './mapFields';
import { mapFields } from './mapFields';
import { flattenSubmission } from './sources';
import type { FlatSubmission } from './sources';

/** What could be read from one record, valid or not. */
export interface ReadPerson {
	mapped?: MappedSubmission;
	source?: FlatSubmission['source'];
	participant?: Participant;
	/** The fields that could be read even when others were wrong. */
	partial: Partial<Participant>;
	issues: FieldIssue[];
	/** Whether the record could not be read as a submission at all. */
	malformed: boolean;
}

/**
 * Reads one record (a form submission, a roster row or an HRIS row) into a
 * participant: flatten the source shape, map labels to fields, then normalise. The
 * `adjust` hook lets the caller change the draft between mapping and normalising
 * (role-dependent skills, HRIS enrichment).
 *
 * @example readPerson({ Email: 'a@b.nl', Name: 'An', Role: 'mentee' }, { autoDetect: true }, {})
 */
export function readPerson(
	json: unknown,
	mapping: MapFieldsOptions,
	normalise: NormaliseOptions,
	adjust?: (mapped: MappedSubmission) => void,
): ReadPerson {
	const flat = flattenSubmission(json);
	if ('issues' in flat) return { partial: {}, issues: flat.issues, malformed: true };
	const mapped = mapFields(flat.fields, mapping);
	adjust?.(mapped);
	const result = normaliseParticipant(mapped.draft, normalise);
	if (!result.ok) return { mapped, source: flat.source, partial: result.partial, issues: result.issues, malformed: false };
	return { mapped, source: flat.source, participant: result.participant, partial: result.participant, issues: [], malformed: false };
}
