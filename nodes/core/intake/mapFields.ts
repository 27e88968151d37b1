import type { ParticipantDraft } from '../participant/fields';
import { isBlank } from '../text/values';
import type { MappableField } from './labels';
import { FIELD_LABELS, LABEL_KEYWORDS } from './labels';
import { normaliseLabel } from './normaliseLabel';

export interface MapFieldsOptions {
	/** Field to source label, given by the user; wins over detection. */
	explicit?: Partial<Record<MappableField, string>>;
	/** Whether to recognise common English and Dutch labels. */
	autoDetect?: boolean;
}

/** A draft plus the raw values that need the role before they find their field. */
export interface MappedSubmission {
	draft: ParticipantDraft;
	/** A generic "Skills" answer: offered by a mentor, wanted by a mentee. */
	skills?: unknown;
	submittedAt?: unknown;
	/** Which label each field came from, so a rejection can quote the form's own words. */
	labels: Partial<Record<MappableField, string>>;
}

/** Exact label to field and the label's rank (earlier in FIELD_LABELS is stronger). */
const EXACT = new Map<string, { field: MappableField; rank: number }>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as Array<[MappableField, string[]]>) {
	labels.forEach((label, rank) => {
		if (!EXACT.has(label)) EXACT.set(label, { field, rank });
	});
}
const KEYWORD_RANK = 1000;

const detected = new Map<string, { field: MappableField; rank: number } | null>();

function detect(label: string): { field: MappableField; rank: number } | null {
	let hit = detected.get(label);
	if (hit === undefined) {
		const normalised = normaliseLabel(label);
		hit = EXACT.get(normalised) ?? null;
		if (!hit) {
			const keyword = LABEL_KEYWORDS.find(([, pattern]) => pattern.test(normalised));
			hit = keyword ? { field: keyword[0], rank: KEYWORD_RANK } : null;
		}
		if (detected.size < 10_000) detected.set(label, hit);
	}
	return hit;
}

function findLabel(fields: Record<string, unknown>, wanted: string): string | undefined {
	if (wanted in fields) return wanted;
	const target = normaliseLabel(wanted);
	return Object.keys(fields).find((key) => normaliseLabel(key) === target);
}

/**
 * Maps a flat submission's labels to participant fields: explicit mappings first,
 * then (when enabled) recognised labels, exact before keyword, stronger labels before
 * weaker ones. Everything not mapped is kept in `answers`; nothing is dropped.
 *
 * @example
 * mapFields({ 'E-mailadres': 'a@b.nl', Naam: 'An', Afdeling: 'Sales', Hobby: 'jazz' }, { autoDetect: true })
 * // draft: { email: 'a@b.nl', name: 'An', department: 'Sales', interests: 'jazz', answers: {} }
 */
export function mapFields(fields: Record<string, unknown>, options: MapFieldsOptions = {}): MappedSubmission {
	const chosen = new Map<MappableField, { label: string; rank: number }>();
	const consumed = new Set<string>();

	for (const [field, wanted] of Object.entries(options.explicit ?? {}) as Array<[MappableField, string]>) {
		if (!wanted) continue;
		const label = findLabel(fields, wanted);
		if (label !== undefined) {
			chosen.set(field, { label, rank: -1 });
			consumed.add(label);
		}
	}
	if (options.autoDetect !== false) {
		for (const label of Object.keys(fields)) {
			if (consumed.has(label)) continue;
			const hit = detect(label);
			if (!hit) continue;
			const current = chosen.get(hit.field);
			// A blank column never displaces a filled one (an empty "Email" next to "Work email").
			if (current && (current.rank <= hit.rank || isBlank(fields[label])) && !isBlank(fields[current.label])) continue;
			chosen.set(hit.field, { label, rank: hit.rank });
		}
	}

	const draft: ParticipantDraft = {};
	const result: MappedSubmission = { draft, labels: {} };
	const mapped = new Set<string>();
	for (const [field, { label }] of chosen) {
		mapped.add(label);
		result.labels[field] = label;
		const value = fields[label];
		if (field === 'skills') result.skills = value;
		else if (field === 'submittedAt') result.submittedAt = value;
		else if (field !== 'firstName' && field !== 'lastName') draft[field] = value;
	}
	if (isBlank(draft.name)) {
		const first = chosen.get('firstName');
		const last = chosen.get('lastName');
		const parts = [first && fields[first.label], last && fields[last.label]].filter((part) => !isBlank(part));
		if (parts.length > 0) draft.name = parts.map(String).join(' ');
	}

	const answers: Record<string, unknown> = {};
	for (const [label, value] of Object.entries(fields)) {
		if (mapped.has(label) && label !== 'submittedAt') continue;
		// A roster row carries the answers of an earlier submission as an object (or as JSON text from a table).
		if (label === 'answers') Object.assign(answers, parseAnswers(value));
		else answers[label] = value;
	}
	draft.answers = answers;
	return result;
}

function parseAnswers(value: unknown): Record<string, unknown> {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
	if (typeof value === 'string' && value.trim().startsWith('{')) {
		try {
			const parsed: unknown = JSON.parse(value);
			if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
		} catch {
			// Not JSON after all: keep the text as it is.
		}
	}
	return isBlank(value) ? {} : { answers: value };
}
