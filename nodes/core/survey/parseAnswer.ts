import { parseIsoDate } from '../participant/dates';
import { isBlank, parseNumber } from '../text/values';
import { normaliseLabel } from './normaliseLabel';
import type { ScaleDefinition } from './scales';

export interface ParseAnswerOptions {
	/** The item's scale. */
	scale: ScaleDefinition;
	/** Range of a `numeric` item; ignored for the other scales. */
	range?: { min: number; max: number };
}

/** An answer read onto its scale, left unanswered, or refused with what would have been accepted. */
export type ParsedAnswer =
	| { kind: 'value'; value: number }
	| { kind: 'blank' }
	| { kind: 'invalid'; allowed: string };

const MS_PER_DAY = 86_400_000;

/** Choice labels such as "5 - Strongly agree" or "4 (Mee eens)" that some forms send. */
const NUMBERED_LABEL = /^([-+]?\d+(?:[.,]\d+)?)\s*[-–—:.)(]\s*\S/;

/**
 * Describes the values a scale accepts, for error messages.
 *
 * @example describeAllowed({ scale: SCALES.agreement5 }) // '1 to 5, or Strongly disagree / Helemaal mee oneens, …'
 */
export function describeAllowed(options: ParseAnswerOptions): string {
	const { scale } = options;
	if (scale.name === 'date') return 'a date such as 2026-03-01 or 01-03-2026';
	const min = options.range?.min ?? scale.min;
	const max = options.range?.max ?? scale.max;
	const numbers = `${scale.integer ? 'a whole number ' : 'a number '}from ${min} to ${max}`;
	return scale.displayLabels.length > 0 ? `${numbers}, or ${scale.displayLabels.join(', ')}` : numbers;
}

function inRange(value: number, options: ParseAnswerOptions): boolean {
	const min = options.range?.min ?? options.scale.min;
	const max = options.range?.max ?? options.scale.max;
	if (options.scale.integer && !Number.isInteger(value)) return false;
	return value >= min && value <= max;
}

/**
 * Reads one answer onto an item's scale. Numbers and labels in English or Dutch are
 * both accepted; dates become days since 1970-01-01 (UTC) so that weeks between two
 * dates are a subtraction.
 *
 * @example parseAnswer('Helemaal mee eens', { scale: SCALES.agreement5 }) // { kind: 'value', value: 5 }
 */
export function parseAnswer(raw: unknown, options: ParseAnswerOptions): ParsedAnswer {
	const invalid = (): ParsedAnswer => ({ kind: 'invalid', allowed: describeAllowed(options) });
	if (isBlank(raw)) return { kind: 'blank' };
	const { scale } = options;
	// A single-choice question read from some sources arrives as a one-element array.
	if (Array.isArray(raw)) return raw.length === 1 ? parseAnswer(raw[0], options) : invalid();

	if (scale.name === 'date') {
		const iso = parseIsoDate(raw);
		return iso === undefined ? invalid() : { kind: 'value', value: Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY };
	}
	if (typeof raw === 'boolean') {
		return scale.name === 'yesNo' ? { kind: 'value', value: raw ? 1 : 0 } : invalid();
	}
	const number = parseNumber(raw);
	if (number !== undefined) return inRange(number, options) ? { kind: 'value', value: number } : invalid();
	if (typeof raw !== 'string') return invalid();

	const byLabel = scale.labels.get(normaliseLabel(raw));
	if (byLabel !== undefined) return { kind: 'value', value: byLabel };
	const numbered = NUMBERED_LABEL.exec(raw.trim());
	if (numbered) {
		const value = parseNumber(numbered[1]);
		if (value !== undefined && inRange(value, options)) return { kind: 'value', value };
	}
	return invalid();
}
