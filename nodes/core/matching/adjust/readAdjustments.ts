import { z } from 'zod';

import { MalformedInputError } from '../../errors';
import { LIMITS } from '../../participant/limits';
import type { Adjustment, RefusedAdjustment } from './types';
import { ADJUSTMENT_ACTIONS } from './types';

/** Bounds on what a (possibly forged) adjust form may send; a real review never comes near them. */
export const ADJUST_LIMITS = {
	/** Adjustments in one submission (one per proposed pair and person is far below). */
	adjustments: 5000,
	note: 1000,
} as const;

const id = z
	.union([z.string(), z.number().finite()])
	.transform((value) => String(value).trim())
	.pipe(z.string().min(1).max(LIMITS.id));

const adjustmentSchema = z
	.object({
		action: z.enum(ADJUSTMENT_ACTIONS as [Adjustment['action'], ...Adjustment['action'][]]),
		mentorId: id.optional(),
		menteeId: id.optional(),
		toMentorId: id.optional(),
		personId: id.optional(),
		note: z.string().max(ADJUST_LIMITS.note).optional(),
	})
	.strip();

const NEEDS: Record<Adjustment['action'], Array<keyof Adjustment>> = {
	lock: ['mentorId', 'menteeId'],
	drop: ['mentorId', 'menteeId'],
	move: ['menteeId', 'toMentorId'],
	leaveOut: ['personId'],
	note: ['note'],
};

/**
 * Reads the adjustments a review form sent. The list itself must be an array of at most
 * `ADJUST_LIMITS.adjustments` entries (else a MalformedInputError); each entry that is
 * not a valid adjustment comes back refused with reason `invalid`, never thrown, so the
 * manager's other choices still count.
 *
 * @example
 * readAdjustments([{ action: 'drop', mentorId: 'm1', menteeId: 'e1' }, { action: 'fly' }]).refused[0].reason // 'invalid'
 */
export function readAdjustments(value: unknown): { adjustments: Array<{ index: number; adjustment: Adjustment }>; refused: RefusedAdjustment[] } {
	if (!Array.isArray(value)) {
		throw new MalformedInputError([{ field: 'adjustments', problem: 'is not a list', expected: 'a list of adjustments such as { action: "drop", mentorId, menteeId }' }]);
	}
	if (value.length > ADJUST_LIMITS.adjustments) {
		throw new MalformedInputError([
			{ field: 'adjustments', problem: `holds ${value.length} entries`, expected: `at most ${ADJUST_LIMITS.adjustments} adjustments` },
		]);
	}
	const adjustments: Array<{ index: number; adjustment: Adjustment }> = [];
	const refused: RefusedAdjustment[] = [];
	value.forEach((entry, index) => {
		const parsed = adjustmentSchema.safeParse(entry);
		const missing = parsed.success ? NEEDS[parsed.data.action].filter((field) => parsed.data[field] === undefined) : [];
		if (parsed.success && missing.length === 0) {
			adjustments.push({ index, adjustment: parsed.data });
			return;
		}
		const problem = parsed.success
			? `needs ${missing.join(' and ')}`
			: parsed.error.issues
					.slice(0, 3)
					.map((issue) => `${issue.path.join('.') || 'entry'} ${issue.message.toLowerCase()}`)
					.join('; ');
		refused.push({ index, adjustment: readable(entry), reason: 'invalid', message: `Adjustment ${index + 1} cannot be read: ${problem}` });
	});
	return { adjustments, refused };
}

/** What can safely be shown of an entry that is not a valid adjustment: a known action and short ids, nothing else. */
function readable(entry: unknown): Adjustment {
	const json = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
	const action = ADJUSTMENT_ACTIONS.find((known) => known === json.action) ?? 'note';
	const adjustment: Adjustment = { action };
	for (const field of ['mentorId', 'menteeId', 'toMentorId', 'personId'] as const) {
		const value = json[field];
		if (typeof value === 'string' && value.trim() !== '') adjustment[field] = value.trim().slice(0, LIMITS.id);
	}
	return adjustment;
}
