import { parseIsoDate } from '../participant/dates';
import type { ParticipantDraft } from '../participant/fields';
import { normaliseEmail } from '../participant/email';
import { normaliseParticipant } from '../participant/normalise';
import { shorten } from '../text/shorten';
import { isBlank } from '../text/values';
import type { FieldIssue, JsonObject, Participant, Role } from '../types';
import type { HrisPerson } from './person';

/** Which HRIS value becomes the participant `id`. */
export type HrisIdSource = 'hrisId' | 'email';

/** Options of {@link toParticipants}. */
export interface ToParticipantsOptions {
	/**
	 * `hrisId` (default) keys people by their HRIS employee id, as DESIGN.md asks;
	 * `email` keys them by lower-cased email, for rosters built from forms.
	 * `managerId` follows the same choice.
	 */
	idFrom?: HrisIdSource;
	/**
	 * Role given to everyone. HRIS rows are not applications, so by default the
	 * role is left out and the person's own application decides it.
	 */
	role?: Role;
	programId?: string;
}

/** A participant read from an HRIS, with the HR outcomes the KPI report needs. */
export type HrisParticipant = Omit<Participant, 'role'> & {
	role?: Role;
	/** Last working day, ISO date, for people who left or are leaving. */
	terminationDate?: string;
	/** Last promotion or role change, ISO date, where the HRIS exposes one. */
	lastPromotionDate?: string;
};

/** One directory entry: what could be read, whether it is complete, and what is wrong. */
export interface HrisEntry {
	/** Index of the person in the input, so the node can keep the order. */
	index: number;
	/** The participant; only partly filled when `valid` is false. */
	participant: Partial<HrisParticipant>;
	/** Whether the participant is complete and passes the participant schema. */
	valid: boolean;
	/** Everything to look at, including problems that do not make it invalid. */
	warnings: FieldIssue[];
}

/** Reading problems that leave no usable person; others are only warnings. */
const BLOCKING_FIELDS = new Set(['record', 'id']);

/**
 * Turns HRIS people into participants in DESIGN.md's shape, one entry per person
 * and in the same order: nobody is dropped, a bad record is an entry with
 * `valid: false` and its warnings. `managerId` is resolved to the manager's
 * participant id; a manager who is not among these people (left, filtered out,
 * hidden from the API user) is kept as the HRIS id with a warning, so the org
 * chart still sees the reporting line.
 *
 * @example
 * toParticipants([
 *   { system: 'hibob', sourceId: '1', email: 'ceo@example.com', name: 'Cas', status: 'current', issues: [] },
 *   { system: 'hibob', sourceId: '2', managerSourceId: '1', email: 'dev@example.com', name: 'Dee', status: 'current', issues: [] },
 * ], { idFrom: 'email' })[1].participant.managerId; // 'ceo@example.com'
 */
export function toParticipants(people: readonly HrisPerson[], options: ToParticipantsOptions = {}): HrisEntry[] {
	const idFrom = options.idFrom ?? 'hrisId';
	const ourId = (person: HrisPerson): string | undefined =>
		idFrom === 'email' ? emailKey(person.email) ?? person.sourceId : person.sourceId;

	const idOfSource = new Map<string, string>();
	for (const person of people) {
		const id = ourId(person);
		if (person.sourceId !== undefined && id !== undefined && !idOfSource.has(person.sourceId)) {
			idOfSource.set(person.sourceId, id);
		}
	}

	const seen = new Set<string>();
	return people.map((person, index) => {
		const warnings: FieldIssue[] = [...person.issues];
		let valid = !warnings.some((issue) => BLOCKING_FIELDS.has(issue.field));

		let managerId: string | undefined;
		if (person.managerSourceId !== undefined) {
			managerId = idOfSource.get(person.managerSourceId);
			if (managerId === undefined) {
				managerId = person.managerSourceId;
				warnings.push({
					field: 'managerId',
					problem: 'names a manager who is not among the people returned',
					expected:
						'the id of a person in this result; the manager may have left, be outside the filter, or be hidden from the API user',
					received: person.managerSourceId,
				});
			}
		}

		const draft: ParticipantDraft = {
			id: ourId(person),
			email: person.email,
			name: person.name,
			department: person.department,
			team: person.team,
			title: person.title,
			location: person.location,
			level: person.level,
			managerId,
			timezone: person.timezone,
			languages: person.languages,
			skillsOffered: person.skillsOffered,
			skillsWanted: person.skillsWanted,
			goals: person.goals,
			interests: person.interests,
			hireDate: person.hireDate,
			programId: options.programId,
			answers: hrisAnswers(person),
		};
		const result = normaliseParticipant(draft, { defaultRole: options.role ?? 'both' });
		const participant = withoutRoleUnlessGiven(result.ok ? result.participant : result.partial, options.role);
		if (!result.ok) {
			valid = false;
			warnings.push(...result.issues);
		}

		for (const field of ['terminationDate', 'lastPromotionDate'] as const) {
			const raw = person[field];
			if (isBlank(raw)) continue;
			const date = parseIsoDate(raw);
			if (date === undefined) {
				warnings.push({ field, problem: 'is not a date', expected: 'an ISO date such as 2024-03-01', received: shorten(raw) });
			} else participant[field] = date;
		}

		if (participant.id !== undefined) {
			if (seen.has(participant.id)) {
				valid = false;
				warnings.push({
					field: 'id',
					problem: 'is the same as another person in this result',
					expected: 'one record per person; check for a duplicate profile in the HRIS',
					received: participant.id,
				});
			}
			seen.add(participant.id);
		}
		return { index, participant, valid, warnings };
	});
}

/** The email in its normal form when it is one, so manager links match participant ids. */
function emailKey(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const read = normaliseEmail(value);
	return read.ok ? read.email : undefined;
}

/** A copy of the participant, without `role` unless one was given (built, not deleted, to keep objects fast). */
function withoutRoleUnlessGiven(participant: Partial<Participant>, role: Role | undefined): Partial<HrisParticipant> {
	if (role !== undefined) return { ...participant };
	const copy: Partial<HrisParticipant> = {};
	for (const [key, value] of Object.entries(participant) as Array<[keyof Participant, unknown]>) {
		if (key !== 'role') (copy as Record<string, unknown>)[key] = value;
	}
	return copy;
}

function hrisAnswers(person: HrisPerson): JsonObject {
	const answers: JsonObject = { hrisSystem: person.system, hrisEmploymentStatus: person.status };
	if (person.sourceId !== undefined) answers.hrisId = person.sourceId;
	if (person.rawStatus !== undefined) answers.hrisStatus = person.rawStatus;
	return answers;
}
