import { isBlank } from '../text/values';
import { normaliseLabel } from './normaliseLabel';
import type { Instrument } from './types';

export interface MatchAnswersOptions {
	instrument: Instrument;
	/** Explicit field name to item id pairs; they win over ids and labels. */
	mapping?: Record<string, string>;
}

/**
 * Finds each item's answer in a response. A field matches an item by the explicit
 * mapping, else by the item's id, else by any of its labels (English or Dutch),
 * compared after normalisation so "Did you meet?*" matches "Did you meet". When two
 * fields match one item, the first answered one counts; given a list of sources, earlier
 * sources come first.
 *
 * @example
 * matchAnswers({ 'Did you meet?': 'Ja' }, { instrument: BUILT_IN_INSTRUMENTS.checkIn }) // { met: 'Ja' }
 */
export function matchAnswers(
	answers: Record<string, unknown> | Array<Record<string, unknown>>,
	options: MatchAnswersOptions,
): Record<string, unknown> {
	const byKey = answerIndex(options);
	const matched: Record<string, unknown> = {};
	// Several sources (top-level fields, then an `answers` object) are read in order without copying them.
	for (const source of Array.isArray(answers) ? answers : [answers]) {
		for (const field in source) {
			if (!Object.prototype.hasOwnProperty.call(source, field)) continue;
			const value = source[field];
			const itemId = options.mapping?.[field] ?? byKey.exact.get(field) ?? byKey.normalised.get(normaliseLabel(field));
			if (itemId === undefined) continue;
			if (!(itemId in matched) || (isBlank(matched[itemId]) && !isBlank(value))) matched[itemId] = value;
		}
	}
	return matched;
}

const indexCache = new WeakMap<Instrument, { exact: Map<string, string>; normalised: Map<string, string> }>();

/** Index of ids and labels per instrument, built once: Score runs it for every response. */
function answerIndex(options: MatchAnswersOptions) {
	let index = indexCache.get(options.instrument);
	if (!index) {
		index = { exact: new Map(), normalised: new Map() };
		for (const item of options.instrument.items) {
			index.exact.set(item.id, item.id);
			for (const key of [item.id, ...item.labels]) {
				const normalised = normaliseLabel(key);
				if (!index.normalised.has(normalised)) index.normalised.set(normalised, item.id);
			}
		}
		indexCache.set(options.instrument, index);
	}
	return index;
}
