import { goalSlotOfLabel } from '../goals/readGoals';
import type { ParticipantDraft } from '../participant/fields';
import { LIMITS } from '../participant/limits';
import { isBlank } from '../text/values';
import type { MappableField } from './labels';
import { FIELD_LABELS, LABEL_KEYWORDS } from './labels';
import { normaliseLabel } from './normaliseLabel';

export interface MapFieldsOptions {
	/** Field to source label, given by the user; wins over detection. */
	explicit?: Partial<Record<MappableField, string>>;
	/** Whether to recognise common English and Dutch labels. */
	autoDetect?: boolean;
	/** Keys that are bookkeeping, not answers (a roster row's `status`, ...): neither mapped nor kept. */
	ignore?: ReadonlySet<string>;
}

/** A draft plus the raw values that need the role before they find their field. */
export interface MappedSubmission {
	draft: ParticipantDraft;
	/** A generic "Skills" answer: offered by a mentor, wanted by a mentee. */
	skills?: unknown;
	submittedAt?: unknown;
	/** Which label each field came from, so a rejection can quote the form's own words. */
	labels: Partial<Record<MappableField, string>>;
	/**
	 * A mentee's own goals, kept apart from the matcher's `goals` tags: the answers of the
	 * form's Goal 1 to Goal 3 fields (label and value, in slot order), when the form has them.
	 */
	goalAnswers?: Array<[label: string, value: unknown]>;
	/** A stored `menteeGoals` list (a roster or application row), when there are no goal fields. */
	storedGoals?: unknown;
}

/** Exact label to field and the label's rank (earlier in FIELD_LABELS is stronger). */
const EXACT = new Map<string, { field: MappableField; rank: number }>();
for (const [field, labels] of Object.entries(FIELD_LABELS) as Array<[MappableField, string[]]>) {
	labels.forEach((label, rank) => {
		if (!EXACT.has(label)) EXACT.set(label, { field, rank });
	});
}
const KEYWORD_RANK = 1000;
const EXPLICIT_RANK = -1;

function detect(label: string): { field: MappableField; rank: number } | null {
	// A label longer than any question is not one: it stays an answer, where its length is rejected.
	// The keyword patterns (`manager .* id`) are quadratic on a long label, so they never see one.
	if (label.length > LIMITS.label) return null;
	const normalised = normaliseLabel(label);
	const exact = EXACT.get(normalised);
	if (exact) return exact;
	const keyword = LABEL_KEYWORDS.find(([, pattern]) => pattern.test(normalised));
	return keyword ? { field: keyword[0], rank: KEYWORD_RANK } : null;
}

/** For each field, the labels that may fill it, strongest first; and the personal goal labels. */
interface Plan {
	fields: Array<[MappableField, string[]]>;
	/** Goal 1..3 labels in slot order, then the stored list's label; never mapped to a field. */
	goalLabels: Array<[slot: number | 'list', label: string]>;
}

/**
 * Submissions from one form share their labels, so the label-to-field plan is
 * worked out once per distinct set of labels and options, not once per item.
 */
const plans = new WeakMap<MapFieldsOptions, Map<string, Plan>>();

function planFor(labels: string[], options: MapFieldsOptions): Plan {
	let byLabels = plans.get(options);
	if (!byLabels) {
		byLabels = new Map();
		plans.set(options, byLabels);
	}
	const key = labels.join('\u0001');
	let plan = byLabels.get(key);
	if (plan) return plan;
	const candidates = new Map<MappableField, Array<{ label: string; rank: number }>>();
	const add = (field: MappableField, label: string, rank: number) => {
		const list = candidates.get(field) ?? [];
		list.push({ label, rank });
		candidates.set(field, list);
	};
	// Goal 1..3 name a mentee's own goals, not the matcher's tags: set aside before detection.
	const goalLabels: Plan['goalLabels'] = [];
	for (const label of labels) {
		const slot = label.length <= LIMITS.label ? goalSlotOfLabel(normaliseLabel(label)) : undefined;
		if (slot !== undefined) goalLabels.push([slot, label]);
	}
	goalLabels.sort((a, b) => (a[0] === 'list' ? 4 : a[0]) - (b[0] === 'list' ? 4 : b[0]));
	const explicitLabels = new Set<string>(goalLabels.map(([, label]) => label));
	for (const [field, wanted] of Object.entries(options.explicit ?? {}) as Array<[MappableField, string]>) {
		if (!wanted) continue;
		const target = normaliseLabel(wanted);
		const label = labels.includes(wanted) ? wanted : labels.find((candidate) => normaliseLabel(candidate) === target);
		if (label === undefined || explicitLabels.has(label)) continue;
		add(field, label, EXPLICIT_RANK);
		explicitLabels.add(label);
	}
	if (options.autoDetect !== false) {
		for (const label of labels) {
			if (explicitLabels.has(label)) continue;
			const hit = detect(label);
			if (hit) add(hit.field, label, hit.rank);
		}
	}
	plan = { fields: [...candidates.entries()].map(([field, list]) => [field, list.sort((a, b) => a.rank - b.rank).map((entry) => entry.label)]), goalLabels };
	if (byLabels.size > 1000) byLabels.clear();
	byLabels.set(key, plan);
	return plan;
}

/**
 * Maps a flat submission's labels to participant fields: explicit mappings first,
 * then (when enabled) recognised labels, exact before keyword, stronger labels before
 * weaker ones, a filled answer before a blank one. Everything not mapped is kept in
 * `answers`; nothing is dropped.
 *
 * @example
 * mapFields({ 'E-mailadres': 'a@b.nl', Naam: 'An', Afdeling: 'Sales', Hobby: 'jazz' }, { autoDetect: true })
 * // draft: { email: 'a@b.nl', name: 'An', department: 'Sales', interests: 'jazz', answers: {} }
 */
export function mapFields(fields: Record<string, unknown>, options: MapFieldsOptions = {}): MappedSubmission {
	const draft: ParticipantDraft = {};
	const result: MappedSubmission = { draft, labels: {} };
	const mapped = new Set<string>();
	const chosen: Partial<Record<MappableField, string>> = result.labels;
	const ignore = options.ignore;
	const labels = ignore ? Object.keys(fields).filter((label) => !ignore.has(label)) : Object.keys(fields);
	const plan = planFor(labels, options);
	for (const [field, candidates] of plan.fields) {
		// The strongest label wins unless it is blank and a weaker one is filled.
		const label = candidates.find((candidate) => !isBlank(fields[candidate])) ?? candidates[0];
		chosen[field] = label;
		mapped.add(label);
		const value = fields[label];
		if (field === 'skills') result.skills = value;
		else if (field === 'submittedAt') result.submittedAt = value;
		else if (field !== 'firstName' && field !== 'lastName') draft[field] = value;
	}
	for (const [slot, label] of plan.goalLabels) {
		mapped.add(label);
		if (slot !== 'list') (result.goalAnswers ??= []).push([label, fields[label]]);
		else if (!result.goalAnswers) result.storedGoals = fields[label];
	}
	if (isBlank(draft.name)) {
		const parts = [chosen.firstName, chosen.lastName].map((label) => label && fields[label]).filter((part) => !isBlank(part));
		if (parts.length > 0) draft.name = parts.map(String).join(' ');
	}

	const answers: Record<string, unknown> = {};
	for (const label of labels) {
		if (mapped.has(label) && label !== 'submittedAt') continue;
		// A roster row carries the answers of an earlier submission as an object (or as JSON text from a table).
		if (label === 'answers') Object.assign(answers, parseAnswers(fields[label]));
		else answers[label] = fields[label];
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
