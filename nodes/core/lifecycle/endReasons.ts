import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';

/** Why a pair ended early. None of them says whose fault it was: there is no such reason. */
export const END_REASONS = ['noFault', 'changedRole', 'leftCompany', 'other'] as const;

export type EndReason = (typeof END_REASONS)[number];

/** How each reason reads in messages and on the form (the form's options are these labels). */
export const END_REASON_LABELS: Readonly<Record<EndReason, string>> = {
	noFault: 'No fault: it did not work out',
	changedRole: 'Changed role',
	leftCompany: 'Left the company',
	other: 'Other',
};

export type EndReasonReading = { ok: true; reason: EndReason } | { ok: false; issue: FieldIssue };

/**
 * Reads an end reason given as its code (`noFault`) or its form label, case-insensitively.
 *
 * @example readEndReason('Changed role') // { ok: true, reason: 'changedRole' }
 * readEndReason('blame') // { ok: false, issue: { field: 'reason', ... } }
 */
export function readEndReason(value: unknown): EndReasonReading {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
	const reason = END_REASONS.find((code) => code.toLowerCase() === text || END_REASON_LABELS[code].toLowerCase() === text);
	if (reason !== undefined) return { ok: true, reason };
	return {
		ok: false,
		issue: {
			field: 'reason',
			problem: text === '' ? 'is missing' : 'is not an end reason',
			expected: `one of ${END_REASONS.join(', ')}`,
			...(text === '' ? {} : { received: shorten(value) }),
		},
	};
}
