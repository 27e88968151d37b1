import { readPairHistoryRow } from '../pairs/history';
import type { ExistingPair } from '../matching/types';
import type { FieldIssue, Participant } from '../types';
import { parseBoolean } from '../text/values';
import type { ParticipantDraft } from './fields';
import { PARTICIPANT_FIELDS } from './fields';
import { normaliseParticipant } from './normalise';
import { parseRole } from './role';

type Json = Record<string, unknown>;

/** A person the run cannot use, with every reason, in the shape Intake rejects with. */
export interface InvalidRow {
	/** Position of the row in the input. */
	index: number;
	/** What could still be read of who it is (only values that passed validation). */
	identity: { id?: string; email?: string; name?: string; role?: Participant['role']; programId?: string };
	issues: FieldIssue[];
}

/** A pair row that cannot be read (unknown status, missing ids); the run skips it. */
export interface SkippedPairRow {
	index: number;
	programId?: string;
	issues: FieldIssue[];
}

export interface MatcherRows {
	/** Valid people, including org-chart-only rows, in input order. */
	participants: Participant[];
	/**
	 * Invalid people whose id and manager could still be read: they are never matched,
	 * but keep their place in the org chart, so that a manager with a broken record still
	 * stands between their reports and the managers above.
	 */
	chartOnly: Participant[];
	/** Input row of each participant (and each of `chartOnly`), by id. */
	indexOf: Map<string, number>;
	/** Ids of the rows that only build the org chart. */
	orgChartOnly: Set<string>;
	/** Pairs that count as history: active and locked ones kept, completed and ended not repeated. */
	existingPairs: ExistingPair[];
	invalid: InvalidRow[];
	skippedPairs: SkippedPairRow[];
	/** Pair rows that are no history (proposed, rejected), by row. */
	ignoredPairs: number[];
}

export interface ReadMatcherRowsOptions {
	/**
	 * Whether people without consent only build the org chart (the Matcher's Require
	 * Consent option). Such rows need only an id (or email) and may name a manager:
	 * a missing work email or an odd name there never makes the row invalid.
	 */
	requireConsent: boolean;
}

const CANONICAL = new Set<string>(PARTICIPANT_FIELDS);

/** Canonical fields from an item; everything else goes to `answers`, as Intake keeps it. */
function toDraft(json: Json): ParticipantDraft {
	const draft: ParticipantDraft = { answers: {} };
	for (const [key, value] of Object.entries(json)) {
		if (key === 'answers' && typeof value === 'object' && value !== null && !Array.isArray(value)) Object.assign(draft.answers!, value);
		else if (CANONICAL.has(key)) (draft as Record<string, unknown>)[key] = value;
		else draft.answers![key] = value;
	}
	return draft;
}

/** Problems that make a valid participant unusable for matching. */
function matchingIssues(participant: Participant): FieldIssue[] {
	const issues: FieldIssue[] = [];
	if (participant.role === 'mentor' && participant.capacity < 1) {
		issues.push({
			field: 'capacity',
			problem: `is ${participant.capacity}, so this mentor can take no mentee`,
			expected: 'a whole number of mentees of at least 1',
			received: String(participant.capacity),
		});
	}
	if (participant.nominations.includes(participant.id) || participant.nominations.includes(participant.email)) {
		issues.push({ field: 'nominations', problem: 'names the person themselves', expected: 'ids or emails of other people' });
	}
	return issues;
}

/**
 * An org-chart-only row read for what the chart needs: id (or email), manager, and
 * program. Name and email are kept only when they are valid; nothing else is checked.
 */
function readOrgChartRow(draft: ParticipantDraft): { ok: true; participant: Participant } | { ok: false; issues: FieldIssue[] } {
	const chartDraft: ParticipantDraft = { id: draft.id, email: draft.email, managerId: draft.managerId, programId: draft.programId, name: draft.name };
	const read = normaliseParticipant(chartDraft, { defaultRole: 'mentee', schemaCheck: false });
	const partial = read.ok ? read.participant : read.partial;
	const needed = read.ok ? [] : read.issues.filter((issue) => issue.field === 'id' || issue.field === 'managerId' || issue.field === 'programId');
	if (partial.id === undefined) needed.push({ field: 'id', problem: 'is missing, and there is no valid email to use instead', expected: 'an employee id or email address' });
	if (needed.length > 0) return { ok: false, issues: needed };
	const role = parseRole(draft.role);
	return {
		ok: true,
		participant: {
			...(partial as Participant),
			email: partial.email ?? '',
			name: partial.name ?? partial.id!,
			role: role ?? 'mentee',
			languages: [],
			skillsOffered: [],
			skillsWanted: [],
			goals: [],
			interests: [],
			capacity: 0,
			nominations: [],
			exclusions: [],
			consent: false,
			answers: {},
		},
	};
}

function identityOf(partial: Partial<Participant>): InvalidRow['identity'] {
	return {
		...(partial.id === undefined ? {} : { id: partial.id }),
		...(partial.email === undefined ? {} : { email: partial.email }),
		...(partial.name === undefined ? {} : { name: partial.name }),
		...(partial.role === undefined ? {} : { role: partial.role }),
		...(partial.programId === undefined ? {} : { programId: partial.programId }),
	};
}

/**
 * Reads the Mentor Matcher's input rows: a row with `mentorId` and `menteeId` is a pair
 * of the pair history (read by the pair lifecycle), anything else a person, validated
 * by the participant model. Nothing here throws on a bad row: an invalid person comes
 * back in `invalid` with every reason (and in `chartOnly` when their id and manager can
 * still be read), an unreadable pair row in `skippedPairs`, so the run goes on with
 * everyone else.
 *
 * @example
 * const rows = readMatcherRows([{ id: 'E1', email: 'not-an-email', name: 'Ann', role: 'mentee' }], { requireConsent: false });
 * rows.invalid[0].issues[0].field // 'email'
 */
export function readMatcherRows(rows: readonly Json[], options: ReadMatcherRowsOptions): MatcherRows {
	const result: MatcherRows = { participants: [], chartOnly: [], indexOf: new Map(), orgChartOnly: new Set(), existingPairs: [], invalid: [], skippedPairs: [], ignoredPairs: [] };
	const placeable: Array<{ index: number; participant: Participant }> = [];
	rows.forEach((json, index) => {
		if (json.mentorId !== undefined && json.menteeId !== undefined) {
			const pair = readPairHistoryRow(json);
			if (pair.kind === 'history') result.existingPairs.push(pair.pair);
			else if (pair.kind === 'ignored') result.ignoredPairs.push(index);
			else {
				const programId = typeof json.programId === 'string' && json.programId.trim() !== '' ? json.programId.trim() : undefined;
				result.skippedPairs.push({ index, issues: pair.issues, ...(programId === undefined ? {} : { programId }) });
			}
			return;
		}
		const draft = toDraft(json);
		const chartOnly = options.requireConsent && parseBoolean(draft.consent) !== true;
		let participant: Participant;
		if (chartOnly) {
			const read = readOrgChartRow(draft);
			if (!read.ok) {
				const full = normaliseParticipant(draft, { schemaCheck: false });
				result.invalid.push({ index, identity: identityOf(full.ok ? full.participant : full.partial), issues: read.issues });
				return;
			}
			participant = read.participant;
		} else {
			const read = normaliseParticipant(draft);
			const issues = read.ok ? matchingIssues(read.participant) : read.issues;
			if (!read.ok || issues.length > 0) {
				result.invalid.push({ index, identity: identityOf(read.ok ? read.participant : read.partial), issues });
				const chart = readOrgChartRow(draft);
				if (chart.ok) placeable.push({ index, participant: chart.participant });
				return;
			}
			participant = read.participant;
		}
		const earlier = result.indexOf.get(participant.id);
		if (earlier !== undefined) {
			result.invalid.push({
				index,
				identity: identityOf(participant),
				issues: [{ field: 'id', problem: `"${participant.id}" is also the id of item ${earlier}`, expected: 'a different id for every person; remove the duplicate or de-duplicate the roster with Mentorship Intake first' }],
			});
			return;
		}
		result.indexOf.set(participant.id, index);
		if (chartOnly) result.orgChartOnly.add(participant.id);
		result.participants.push(participant);
	});
	// Last, so that a broken record never takes the id of a valid one.
	for (const { index, participant } of placeable) {
		if (result.indexOf.has(participant.id)) continue;
		result.indexOf.set(participant.id, index);
		result.orgChartOnly.add(participant.id);
		result.chartOnly.push(participant);
	}
	return result;
}
