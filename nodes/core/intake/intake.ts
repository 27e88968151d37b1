import { readGoalTexts, readStoredGoals } from '../goals/readGoals';
import { GOAL_TEXTS } from '../goals/texts';
import type { NormaliseOptions } from '../participant/normalise';
import { isBlank } from '../text/values';
import type { FieldIssue, Participant, Role } from '../types';
import type { EligibilityOptions } from './eligibility';
import { eligibilityIssues } from './eligibility';
import { enrichFromHris, indexHris } from './hris';
import type { MapFieldsOptions } from './mapFields';
import { mergeParticipant } from './merge';
import type { ReadPerson } from './readPerson';
import { readPerson } from './readPerson';
import type { UnresolvedNomination } from './nominations';
import { indexMentors, isResolvable, resolveNominations } from './nominations';
import { indexRoster, rosterKey } from './roster';
import type { RosterEntry } from './roster';
import { decideFromLedger } from './seatLedger';
import { placeGenericSkills } from './skillsByRole';
import { parseIsoInstant } from './time';

export type IntakeStatus = 'enrolled' | 'waitlisted' | 'rejected';

export type RejectionKind = 'malformed' | 'invalid' | 'ineligible' | 'duplicate';

export interface IntakeOptions extends EligibilityOptions {
	/** The execution's current time (ISO 8601); the core never reads the clock. */
	now: string;
	programId?: string;
	defaultRole?: Role;
	mapping?: MapFieldsOptions;
	/** Places per role in the program; absent or 0 means unlimited. */
	seats?: Partial<Record<Role, number>>;
	/** Applications after this instant (ISO 8601) are refused; updates of enrolled people are not. */
	deadline?: string;
	/** Whether HRIS values replace what the person typed for org fields (department, manager, level, ...). */
	hrisOverrides?: boolean;
	/**
	 * Field of each submission holding the store's row id of the person's `confirming`
	 * roster row. Set, places go to confirmations in row order (see decideFromLedger),
	 * which holds when several executions confirm at once.
	 */
	confirmationRowField?: string;
}

export interface IntakeInput {
	submissions: unknown[];
	roster?: unknown[];
	hris?: unknown[];
}

export type IntakeOutcome =
	| {
			status: 'enrolled' | 'waitlisted';
			participant: Participant;
			/** Whether the person was already on the roster (then this is an update). */
			isUpdate: boolean;
			previousStatus?: string;
			/** 1-based place on the waitlist of their role. */
			waitlistPosition?: number;
			hrisMatched: boolean;
			source: string;
			/** With confirmations decided in row order: the person's roster row, to write the decision to. */
			rosterRowId?: number;
			/** With confirmations decided in row order: this confirmation's own row when it is a second row of the person, to delete. */
			duplicateRowId?: number;
			/** Preferred mentors named on the form that are not (exactly one) mentor of the program, to tell the applicant. */
			unresolvedNominations?: UnresolvedNomination[];
			/** The mentee's own one to three goals (Goal 1..3 on the form, or a stored `menteeGoals` list); absent when the source has none. */
			menteeGoals?: string[];
	  }
	| {
			status: 'rejected';
			reasons: FieldIssue[];
			/**
			 * Why: `malformed` (not readable as a submission at all), `invalid` (a field
			 * failed validation), `ineligible` (a program rule), `duplicate` (sent again later).
			 */
			kind: RejectionKind;
			/** What could be read, to tell the person (may lack fields). */
			partial: Partial<Participant>;
	  };

interface Candidate {
	index: number;
	read: ReadPerson & { participant: Participant };
	hrisMatched: boolean;
	/** Submission time, for the deadline; the execution time when the form sent none. */
	at: number;
	unresolvedNominations: UnresolvedNomination[];
	menteeGoals?: string[];
}

/**
 * Turns a batch of raw submissions into enrolment decisions, one per submission in
 * the same order: enrolled, waitlisted (seats full, in submission order) or rejected
 * with every reason. People already on the roster are updated, never duplicated; a
 * person who applies twice in one batch is one applicant, the later answers winning.
 *
 * @example
 * runIntake({ submissions: [{ Email: 'an@x.nl', Name: 'An', Role: 'mentee', Consent: 'yes' }] }, { now: '2026-01-05T09:00:00Z' })
 * // [{ status: 'enrolled', participant: { id: 'an@x.nl', ... }, isUpdate: false, ... }]
 */
export function runIntake(input: IntakeInput, options: IntakeOptions): IntakeOutcome[] {
	const now = parseIsoInstant(options.now, 'currentTime');
	const deadline = isBlank(options.deadline) ? undefined : parseIsoInstant(options.deadline as string, 'deadline');
	const rowField = options.confirmationRowField?.trim() || undefined;
	const mapping: MapFieldsOptions = {
		autoDetect: true,
		...options.mapping,
		...(rowField ? { ignore: new Set([...(options.mapping?.ignore ?? []), rowField]) } : {}),
	};
	const normalise: NormaliseOptions = { defaultRole: options.defaultRole, programId: options.programId || undefined };
	const hris = indexHris(input.hris ?? []);
	const roster = indexRoster(input.roster ?? [], mapping);
	const programId = options.programId || undefined;
	// Preferred mentors are looked up among this program's mentors only.
	const mentors = indexMentors(programId ? roster.entries.filter((entry) => (entry.participant.programId ?? programId) === programId) : roster.entries);

	const outcomes: IntakeOutcome[] = new Array(input.submissions.length);
	const candidates: Candidate[] = [];

	input.submissions.forEach((json, index) => {
		let hrisMatched = false;
		let unresolvedNominations: UnresolvedNomination[] = [];
		const read = readPerson(json, mapping, normalise, (mapped) => {
			placeGenericSkills(mapped, options.defaultRole);
			hrisMatched = enrichFromHris(mapped.draft, hris, options.hrisOverrides !== false);
			// Names typed as preferred mentors become mentor emails before the ids are validated.
			if (mapped.draft.nominations !== undefined && isResolvable(mapped.draft.nominations)) {
				const resolved = resolveNominations(mapped.draft.nominations, mentors);
				mapped.draft.nominations = resolved.nominations;
				unresolvedNominations = resolved.unresolved;
			}
		});
		const goals = menteeGoalsOf(read);
		if (!read.participant || goals.issues.length > 0) {
			outcomes[index] = { status: 'rejected', reasons: [...read.issues, ...goals.issues], kind: read.malformed ? 'malformed' : 'invalid', partial: read.partial };
			return;
		}
		const submittedAt = read.mapped?.submittedAt;
		const at = typeof submittedAt === 'string' ? Date.parse(submittedAt) : NaN;
		candidates.push({ index, read: read as Candidate['read'], hrisMatched, at: Number.isNaN(at) ? now : at, unresolvedNominations, menteeGoals: goals.goals });
	});

	// A person who applied twice in this batch: the later submission wins, merged over the earlier.
	const latest = new Map<string, Candidate>();
	const firstPosition = new Map<Candidate, number>();
	for (const [position, candidate] of candidates.entries()) {
		const key = rosterKey(candidate.read.participant);
		const earlier = latest.get(key);
		if (earlier) {
			const { participant } = earlier.read;
			candidate.read.participant = mergeParticipant(participant, candidate.read.participant, candidate.read.mapped!.draft);
			candidate.hrisMatched ||= earlier.hrisMatched;
			candidate.menteeGoals ??= earlier.menteeGoals;
			outcomes[earlier.index] = {
				status: 'rejected',
				kind: 'duplicate',
				partial: participant,
				reasons: [{ field: 'email', problem: `was submitted again later in this batch (item ${candidate.index})`, expected: 'one submission per person; the later one is used', received: participant.email }],
			};
			firstPosition.set(candidate, firstPosition.get(earlier) ?? position);
			firstPosition.delete(earlier);
		} else firstPosition.set(candidate, position);
		latest.set(key, candidate);
	}

	const taken = roster.enrolledCount;
	const waiting = roster.waitlistCount;
	const ordered = [...firstPosition.entries()].sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate);
	for (const candidate of ordered) {
		const fresh = candidate.read.participant;
		const existing: RosterEntry | undefined = roster.find(fresh);
		const person = existing ? mergeParticipant(existing.participant, fresh, candidate.read.mapped!.draft) : fresh;
		const keepsPlace = existing?.status === 'enrolled' || existing?.status === 'waitlisted';

		const reasons = eligibilityIssues(person, options);
		if (!keepsPlace && deadline !== undefined && candidate.at > deadline) {
			reasons.push({ field: 'submittedAt', problem: 'arrived after the application deadline', expected: `an application before ${new Date(deadline).toISOString()}`, received: new Date(candidate.at).toISOString() });
		}
		if (reasons.length > 0) {
			outcomes[candidate.index] = { status: 'rejected', reasons, kind: 'ineligible', partial: person };
			continue;
		}

		const base = {
			participant: person,
			isUpdate: existing !== undefined,
			...(existing?.status ? { previousStatus: existing.status } : {}),
			hrisMatched: candidate.hrisMatched,
			source: candidate.read.source ?? 'row',
			...(candidate.unresolvedNominations.length > 0 ? { unresolvedNominations: candidate.unresolvedNominations } : {}),
			...(candidate.menteeGoals ? { menteeGoals: candidate.menteeGoals } : {}),
		};
		const seatKey = `${person.programId ?? ''}|${person.role}`;
		if (rowField) {
			const rowId = Number((input.submissions[candidate.index] as Record<string, unknown> | null)?.[rowField]);
			const decision = Number.isInteger(rowId) ? decideFromLedger({ rows: roster.ledger, rowId, seats: options.seats }) : undefined;
			outcomes[candidate.index] = decision
				? { ...decision, ...base }
				: {
						status: 'rejected',
						kind: 'invalid',
						partial: person,
						reasons: [{ field: rowField, problem: 'does not name a confirming row of this program on the roster', expected: 'the row id of the confirmation just inserted, with status "confirming"', received: String(rowId) }],
					};
			continue;
		}
		if (existing?.status === 'enrolled') {
			outcomes[candidate.index] = { status: 'enrolled', ...base };
		} else if (existing?.status === 'waitlisted') {
			outcomes[candidate.index] = { status: 'waitlisted', ...base, ...(existing.waitlistPosition ? { waitlistPosition: existing.waitlistPosition } : {}) };
		} else if (hasSeat(options.seats, person.role, taken.get(seatKey) ?? 0)) {
			taken.set(seatKey, (taken.get(seatKey) ?? 0) + 1);
			outcomes[candidate.index] = { status: 'enrolled', ...base };
		} else {
			const position = (waiting.get(seatKey) ?? 0) + 1;
			waiting.set(seatKey, position);
			outcomes[candidate.index] = { status: 'waitlisted', ...base, waitlistPosition: position };
		}
	}
	return outcomes;
}

/**
 * A mentee's own goals from one record: the form's Goal 1..3 answers (then a mentee must
 * name at least one), else a stored `menteeGoals` list, else none (a source without goals).
 */
function menteeGoalsOf(read: ReadPerson): { goals?: string[]; issues: FieldIssue[] } {
	const mapped = read.mapped;
	if (mapped?.goalAnswers) {
		const { goals, issues } = readGoalTexts(mapped.goalAnswers);
		const role = read.participant?.role ?? read.partial.role;
		if (issues.length === 0 && goals.length === 0 && role === 'mentee') {
			issues.push({ field: mapped.goalAnswers[0][0], problem: GOAL_TEXTS.noGoal, expected: GOAL_TEXTS.noGoalExpected });
		}
		return { goals, issues };
	}
	if (mapped?.storedGoals !== undefined) return { goals: readStoredGoals(mapped.storedGoals), issues: [] };
	return { issues: [] };
}

function hasSeat(seats: IntakeOptions['seats'], role: Role, taken: number): boolean {
	const limit = seats?.[role];
	return limit === undefined || limit <= 0 || taken < limit;
}

