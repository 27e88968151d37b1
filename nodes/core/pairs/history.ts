import type { ExistingPair } from '../matching/types';
import { emailKey } from '../participant/email';
import type { FieldIssue } from '../types';
import type { PairStatus } from './status';
import { forbidsRepeat, holdsPlace, readPairStatus } from './status';

type Json = Record<string, unknown>;

/** What one pair row means for a matching run. */
export type PairHistoryReading =
	/** A pair the run must respect: kept (active, locked) or only not repeated (completed, ended). */
	| { kind: 'history'; pair: ExistingPair }
	/** A row that is no history: a proposal still under review, or a rejected one. */
	| { kind: 'ignored'; status: PairStatus }
	/** A row that cannot be read; the run skips it and reports it. */
	| { kind: 'problem'; issues: FieldIssue[] };

function personId(json: Json, field: string, issues: FieldIssue[]): string {
	const value = json[field];
	const id = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value).trim() : '';
	if (id === '') {
		issues.push({ field, problem: 'is missing or not an id', expected: 'the id of a participant' });
		return '';
	}
	// Ids that are emails are compared in the emails' normal form everywhere.
	return id.includes('@') ? emailKey(id) : id;
}

/**
 * Reads one row of the pairs table as history for a matching run, following the pair
 * lifecycle (see `status.ts`): `active` pairs keep their mentor's place, locked ones are
 * also output again, `completed` and `ended` pairs are never repeated, `proposed` and
 * `rejected` rows are no history at all. A row with an unknown status or without ids is
 * a problem to report, never an exception. A row without status is read as `ended`
 * (history only), as earlier versions did.
 *
 * @example
 * readPairHistoryRow({ mentorId: 'E1', menteeId: 'E2', status: 'completed' })
 * // { kind: 'history', pair: { mentorId: 'E1', menteeId: 'E2', status: 'ended' } }
 */
export function readPairHistoryRow(json: Json): PairHistoryReading {
	const reading = readPairStatus(json.status, { whenMissing: 'ended' });
	const issues: FieldIssue[] = [];
	const mentorId = personId(json, 'mentorId', issues);
	const menteeId = personId(json, 'menteeId', issues);
	if (!reading.ok) issues.push(reading.issue);
	if (!reading.ok || issues.length > 0) return { kind: 'problem', issues };
	const { status, locked } = reading.state;
	if (!forbidsRepeat(status)) return { kind: 'ignored', status };
	const programId = typeof json.programId === 'string' && json.programId.trim() !== '' ? json.programId.trim() : undefined;
	return {
		kind: 'history',
		pair: {
			mentorId,
			menteeId,
			status: holdsPlace(status) ? (locked ? 'locked' : 'active') : 'ended',
			...(programId === undefined ? {} : { programId }),
		},
	};
}
