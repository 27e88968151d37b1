import { MalformedInputError } from '../errors';
import type { Channel } from '../messages/escape';
import { escapeFor } from '../messages/escape';

import type { TextArea, TextKey } from './catalog';
import { TEXT_CATALOG } from './catalog';
import type { TextLanguage } from './language';

/** Values for a text's placeholders, as an item or expression gives them. */
export type TextValues = Readonly<Record<string, unknown>>;

/** Options of {@link renderText}. */
export interface RenderTextOptions {
	/** Where the text goes: values are escaped for it (`html` for HTML bodies, `slack` for mrkdwn). Default `text`. */
	channel?: Channel;
}

/**
 * `{{name}}` a value escaped for the channel, `{{{name}}}` a value kept as it is (a Slack mention,
 * a link the template built), a trailing `?` makes it optional: a line whose optional
 * placeholder has no value is left out, so "End the pairing: {{endPairUrl?}}" appears only
 * when a template passes the link. Our own catalogue is the only input, so the pattern is
 * linear and never sees untrusted text.
 */
const PLACEHOLDER = /\{\{\{([A-Za-z][A-Za-z0-9]*)(\??)\}\}\}|\{\{([A-Za-z][A-Za-z0-9]*)(\??)\}\}/g;

/** One placeholder of a catalogue text. */
export interface Placeholder {
	name: string;
	optional: boolean;
	raw: boolean;
}

/**
 * The placeholders of a catalogue text, in order.
 *
 * @example placeholdersOf('Hi {{name}}, {{{link?}}}') // [{ name: 'name', optional: false, raw: false }, { name: 'link', optional: true, raw: true }]
 */
export function placeholdersOf(text: string): Placeholder[] {
	return [...text.matchAll(PLACEHOLDER)].map((match) => ({
		name: match[1] ?? match[3],
		optional: (match[2] ?? match[4]) === '?',
		raw: match[1] !== undefined,
	}));
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function asText(value: unknown): string {
	// Lists (reasons, names) read as one sentence part.
	if (Array.isArray(value)) return value.map(asText).join(', ');
	if (typeof value === 'object' && value !== null) return JSON.stringify(value);
	return String(value);
}

/**
 * Fills one catalogue text. Lines whose optional placeholder has no value are dropped
 * (with the blank line before them, or after them at the start, so no gap is left).
 */
export function fillText(template: string, values: TextValues, channel: Channel, where: string): string {
	const lines = template.split('\n');
	const kept: string[] = [];
	// A dropped first line (an optional greeting) takes the blank line after it along.
	let skipBlank = false;
	for (const line of lines) {
		const placeholders = placeholdersOf(line);
		if (placeholders.some((p) => p.optional && isEmpty(values[p.name]))) {
			if (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
			else if (kept.length === 0) skipBlank = true;
			continue;
		}
		if (skipBlank && line === '') {
			skipBlank = false;
			continue;
		}
		skipBlank = false;
		const missing = placeholders.find((p) => !p.optional && (values[p.name] === undefined || values[p.name] === null));
		if (missing) {
			throw new MalformedInputError(
				[{ field: missing.name, problem: `is missing for the text ${where}`, expected: `a value for the placeholder {{${missing.name}}}` }],
				`Give "${missing.name}" in the Values of the Mentorship Text node (or on the item).`,
			);
		}
		kept.push(line.replace(PLACEHOLDER, (_all, rawName?: string, _rawOptional?: string, name?: string) => {
			const value = values[(rawName ?? name) as string];
			if (isEmpty(value)) return '';
			return rawName !== undefined ? asText(value) : escapeFor(channel, asText(value));
		}));
	}
	return kept.join('\n');
}

/**
 * Renders one text of the catalogue in one language, filling its placeholders.
 * Throws (naming `area.key` and the placeholder) when a value is missing.
 *
 * @example renderText('enrolment', 'rejectionSubject', 'nl', {}) // 'Over je aanmelding voor het mentorprogramma'
 */
export function renderText<A extends TextArea>(area: A, key: TextKey<A>, language: TextLanguage, values: TextValues, options: RenderTextOptions = {}): string {
	const texts = TEXT_CATALOG[language][area] as Record<string, string>;
	const template = texts[key as string];
	if (template === undefined) {
		throw new MalformedInputError([{ field: 'key', problem: `"${String(key)}" is not a text of the area ${area} (one of ${Object.keys(texts).join(", ")})`, expected: `one of ${Object.keys(texts).join(', ')}` }]);
	}
	return fillText(template, values, options.channel ?? 'text', `${area}.${String(key)}`);
}
