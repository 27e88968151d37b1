import { shorten } from '../text/shorten';
import { normaliseTags, splitList } from '../text/tags';
import { isBlank, parseBoolean, parseNumber } from '../text/values';
import type { FieldIssue, JsonObject, Participant, Role } from '../types';
import type { ParticipantDraft } from './fields';
import { REFERENCE_FIELDS, TAG_FIELDS, TEXT_FIELDS } from './fields';
import { normaliseLanguage } from './languages';
import { LIMITS } from './limits';
import { parseRole } from './role';
import { participantSchema } from './schema';
import { canonicalTimeZone } from './timeZone';
import { parseIsoDate } from './dates';
import { emailKey, normaliseEmail } from './email';
import { removeInvisible } from './invisible';

export interface NormaliseOptions {
	/** Role given to a person whose submission names none; without it the role is required. */
	defaultRole?: Role;
	/** Program id given to a person whose submission names none. */
	programId?: string;
	/**
	 * Whether to run the zod schema over the result as a final check. Rows that were
	 * validated when they were stored (a roster, HRIS rows read leniently) skip it,
	 * which halves the cost of a 50,000-person intake.
	 */
	schemaCheck?: boolean;
}

export type NormaliseResult =
	| { ok: true; participant: Participant }
	| { ok: false; issues: FieldIssue[]; partial: Partial<Participant> };

const MARKUP = /<\s*[a-zA-Z!/?]/;

/**
 * Turns a draft (canonical field names, raw form values) into a valid participant,
 * or reports every problem at once so a rejected applicant can be told all of them.
 *
 * Emails are lower-cased; tags trimmed, lower-cased and de-duplicated; languages
 * mapped to ISO codes; the time zone checked against IANA names and given its
 * canonical spelling; `id` falls back to the lower-cased email. Nothing is dropped:
 * unknown fields stay in `answers`.
 *
 * @example
 * normaliseParticipant({ email: 'Ann@Example.com', name: 'Ann', role: 'Mentor', skillsOffered: 'Go, SQL' })
 * // { ok: true, participant: { id: 'ann@example.com', email: 'ann@example.com', skillsOffered: ['go', 'sql'], ... } }
 */
export function normaliseParticipant(draft: ParticipantDraft, options: NormaliseOptions = {}): NormaliseResult {
	const issues: FieldIssue[] = [];
	const report = (field: string, problem: string, expected: string, received?: unknown) =>
		issues.push({ field, problem, expected, ...(received === undefined ? {} : { received: shorten(received) }) });

	const text = (field: string, value: unknown, required: boolean): string | undefined => {
		if (isBlank(value)) {
			if (required) report(field, 'is missing', 'a non-empty text');
			return undefined;
		}
		if (typeof value !== 'string' && typeof value !== 'number') {
			report(field, 'is not text', 'a plain text value', value);
			return undefined;
		}
		const raw = String(value);
		// Measured before any cleaning too: a megabyte of blanks around a short name is still a megabyte posted.
		if (raw.length > LIMITS.answer) {
			report(field, `is ${raw.length} characters long`, `at most ${LIMITS.shortText} characters`, value);
			return undefined;
		}
		const result = removeInvisible(raw).replace(/\p{Cc}+/gu, ' ').trim().replace(/\s+/g, ' ');
		if (result.length > LIMITS.shortText) {
			report(field, `is ${result.length} characters long`, `at most ${LIMITS.shortText} characters`, value);
			return undefined;
		}
		if (MARKUP.test(result)) {
			report(field, 'contains HTML or script markup', 'plain text without < tags', value);
			return undefined;
		}
		return result;
	};

	const email = parseEmail(draft.email, report);

	const participant: Partial<Participant> = {};
	participant.email = email;
	for (const field of TEXT_FIELDS) {
		const value = text(field, field === 'programId' && isBlank(draft.programId) ? options.programId : draft[field], field === 'name');
		if (value !== undefined) participant[field] = value;
	}

	participant.id = parseId(draft.id, 'id', report) ?? email;

	const role = isBlank(draft.role) ? options.defaultRole : parseRole(draft.role);
	if (role === undefined) {
		if (isBlank(draft.role)) report('role', 'is missing', 'mentor, mentee or both');
		else report('role', 'is not a known role', 'mentor, mentee or both (Dutch: beide)', draft.role);
	} else participant.role = role;

	if (!isBlank(draft.level)) {
		const level = parseLevel(draft.level);
		const tooLong = typeof draft.level === 'string' && draft.level.length > LIMITS.level;
		if (level === undefined) report('level', tooLong ? `is longer than ${LIMITS.level} characters` : 'is not a number', 'a number such as 3 (or L3)', draft.level);
		else participant.level = level;
	}

	const managerId = parseId(draft.managerId, 'managerId', report);
	if (managerId !== undefined) participant.managerId = managerId;

	if (!isBlank(draft.timezone)) {
		const zone = typeof draft.timezone === 'string' ? canonicalTimeZone(draft.timezone) : undefined;
		if (zone === undefined) {
			report('timezone', 'is not a known IANA time zone', 'a name such as Europe/Amsterdam or America/New_York', draft.timezone);
		} else participant.timezone = zone;
	}

	for (const field of TAG_FIELDS) {
		const tags = tagList(field, draft[field], report);
		participant[field] = field === 'languages' ? [...new Set(tags.map(normaliseLanguage))] : tags;
	}
	for (const field of REFERENCE_FIELDS) participant[field] = referenceList(field, draft[field], report);

	if (isBlank(draft.capacity)) participant.capacity = 1;
	else {
		const capacity = parseNumber(draft.capacity);
		if (capacity === undefined || !Number.isInteger(capacity) || capacity < 0 || capacity > LIMITS.capacity) {
			report('capacity', 'is not a whole number of mentees', `a whole number from 0 to ${LIMITS.capacity}`, draft.capacity);
		} else participant.capacity = capacity;
	}

	if (!isBlank(draft.hireDate)) {
		const date = parseIsoDate(draft.hireDate);
		if (date === undefined) report('hireDate', 'is not a date', 'a date such as 2024-03-01 (or 01-03-2024)', draft.hireDate);
		else participant.hireDate = date;
	}

	if (isBlank(draft.consent)) participant.consent = false;
	else {
		const consent = parseBoolean(draft.consent);
		if (consent === undefined) report('consent', 'is not a yes or no answer', 'yes or no (Dutch: ja or nee)', draft.consent);
		else participant.consent = consent;
	}

	participant.answers = keepAnswers(draft.answers ?? {}, report);

	if (issues.length > 0) return { ok: false, issues, partial: participant };

	if (options.schemaCheck === false) return { ok: true, participant: participant as Participant };
	// The schema is the last word; normalisation above should already satisfy it.
	const checked = participantSchema.safeParse(participant);
	if (!checked.success) {
		for (const problem of checked.error.issues) {
			report(problem.path.join('.') || 'participant', problem.message, 'a value allowed by the participant schema');
		}
		return { ok: false, issues, partial: participant };
	}
	// Keep our own object: zod's parsed copy would double what a large batch holds in memory.
	return { ok: true, participant: participant as Participant };
}

type Report = (field: string, problem: string, expected: string, received?: unknown) => void;

function parseEmail(value: unknown, report: Report): string | undefined {
	if (isBlank(value)) {
		report('email', 'is missing', 'an email address such as name@example.com');
		return undefined;
	}
	if (typeof value !== 'string') {
		report('email', 'is not text', 'an email address such as name@example.com', value);
		return undefined;
	}
	const read = normaliseEmail(value);
	if (!read.ok) {
		report('email', 'is not a valid email address', `an email address such as name@example.com (this one ${read.problem})`, value);
		return undefined;
	}
	return read.email;
}

function parseId(value: unknown, field: string, report: Report): string | undefined {
	if (isBlank(value)) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') {
		report(field, 'is not an id', 'an employee id or email address', value);
		return undefined;
	}
	const id = removeInvisible(String(value)).trim();
	if (id.length > LIMITS.id || /[\s<>]/.test(id)) {
		report(field, 'is not an id', `an employee id or email without spaces, at most ${LIMITS.id} characters`, value);
		return undefined;
	}
	// Ids that are emails are compared in the emails' normal form everywhere.
	return id.includes('@') ? emailKey(id) : id;
}

function parseLevel(value: unknown): number | undefined {
	const direct = parseNumber(value);
	if (direct !== undefined) return direct;
	// Career ladders are often written "L4", "P3" or "level 5".
	// Bounded first, and no two white-space runs side by side: `\s*-?\s*` was quadratic on long blanks.
	if (typeof value !== 'string' || value.length > LIMITS.level) return undefined;
	const match = /^(?:[a-z]{1,2}|level|niveau|grade|schaal)\s*(?:-\s*)?(\d+)$/i.exec(value.trim());
	return match ? Number(match[1]) : undefined;
}

function tagList(field: string, value: unknown, report: Report): string[] {
	const entries = splitList(value).map((entry) => (typeof entry === 'string' ? removeInvisible(entry) : entry));
	const bad = entries.find((entry) => typeof entry !== 'string' && typeof entry !== 'number');
	if (bad !== undefined) {
		report(field, 'holds something that is not text', 'a list of words, or one text separated by commas', bad);
		return [];
	}
	const tags = normaliseTags(entries);
	const tooLong = tags.find((tag) => tag.length > LIMITS.tag || MARKUP.test(tag));
	if (tooLong !== undefined) {
		report(field, MARKUP.test(tooLong) ? 'contains HTML or script markup' : 'has an entry that is too long', `entries of plain text, at most ${LIMITS.tag} characters each`, tooLong);
		return [];
	}
	if (tags.length > LIMITS.tagsPerList) {
		report(field, `has ${tags.length} entries`, `at most ${LIMITS.tagsPerList} entries`);
		return [];
	}
	return tags;
}

function referenceList(field: string, value: unknown, report: Report): string[] {
	const refs: string[] = [];
	for (const entry of splitList(value)) {
		const id = parseId(entry, field, report);
		if (id !== undefined && !refs.includes(id)) refs.push(id);
	}
	return refs;
}

function keepAnswers(answers: Record<string, unknown>, report: Report): JsonObject {
	const kept: JsonObject = {};
	for (const [label, value] of Object.entries(answers)) {
		if (value === undefined) continue;
		if (label.length > LIMITS.label) {
			report(label.slice(0, 40), `is a field name ${label.length} characters long`, `a question label of at most ${LIMITS.label} characters`);
			continue;
		}
		if (typeof value === 'string' && value.length > LIMITS.answer) {
			report(label, `is ${value.length} characters long`, `at most ${LIMITS.answer} characters`, value);
			continue;
		}
		kept[label] = toJson(value);
	}
	return kept;
}

function toJson(value: unknown): JsonObject[string] {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map(toJson);
	if (typeof value === 'object') {
		const out: JsonObject = {};
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
			if (inner !== undefined) out[key] = toJson(inner);
		}
		return out;
	}
	return String(value);
}
