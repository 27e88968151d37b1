import { shorten } from '../text/shorten';
import type { FieldIssue } from '../types';

/**
 * The life of a pair, the same in every node and template:
 *
 * - `proposed`: made by a matching run and waiting for review; carries the run's `runId`.
 * - `active`: approved and introduced; the pair meets and takes one of the mentor's places.
 * - `completed`: ran until the program's end.
 * - `ended`: stopped early without fault (a leaver, a pair that did not work out).
 * - `rejected`: turned down at review, or superseded by a later matching run.
 *
 * `proposed` → `active` → `completed` | `ended`, or `proposed` → `rejected`.
 * Older tables also hold `locked`: an `active` pair the program manager fixed by hand,
 * read as `active` with `locked` set.
 */
export const PAIR_STATUSES = ['proposed', 'active', 'completed', 'ended', 'rejected'] as const;

export type PairStatus = (typeof PAIR_STATUSES)[number];

/** Statuses of a pair that really met: KPIs count these, and only these. */
export const REAL_PAIR_STATUSES: readonly PairStatus[] = ['active', 'completed', 'ended'];

/** A pair status as read from a row: the lifecycle status and whether the pair is locked. */
export interface PairState {
	status: PairStatus;
	/** Whether a matching run must keep the pair as it is (legacy status `locked`). */
	locked: boolean;
}

export type PairStatusReading = { ok: true; state: PairState } | { ok: false; issue: FieldIssue };

export interface ReadPairStatusOptions {
	/** Status of a row whose status is empty; without it an empty status is a problem. */
	whenMissing?: PairStatus;
}

const EXPECTED = `one of ${PAIR_STATUSES.join(', ')} (or locked)`;

/**
 * Reads a pair row's status into the lifecycle. An unknown or unreadable status is
 * returned as a problem naming the field, never thrown, so one odd row cannot stop a
 * run: the caller skips it and reports it.
 *
 * @example
 * readPairStatus('Locked') // { ok: true, state: { status: 'active', locked: true } }
 * readPairStatus('paused') // { ok: false, issue: { field: 'status', problem: '"paused" is not a pair status', ... } }
 */
export function readPairStatus(value: unknown, options: ReadPairStatusOptions = {}): PairStatusReading {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
	if ((text === undefined || text === null || text === '') && options.whenMissing !== undefined) {
		return { ok: true, state: { status: options.whenMissing, locked: false } };
	}
	if (text === 'locked') return { ok: true, state: { status: 'active', locked: true } };
	if (typeof text === 'string' && (PAIR_STATUSES as readonly string[]).includes(text)) {
		return { ok: true, state: { status: text as PairStatus, locked: false } };
	}
	const received = text === undefined || text === null || text === '' ? undefined : shorten(value);
	return {
		ok: false,
		issue: {
			field: 'status',
			problem: received === undefined ? 'is missing' : `"${received}" is not a pair status`,
			expected: EXPECTED,
			...(received === undefined ? {} : { received }),
		},
	};
}

/**
 * Whether the pair really existed (it was introduced): `active`, `completed`, `ended`.
 *
 * @example isRealPair('completed') // true
 * isRealPair('proposed') // false
 */
export function isRealPair(status: PairStatus): boolean {
	return REAL_PAIR_STATUSES.includes(status);
}

/**
 * Whether the pair holds one of its mentor's places now: only `active`.
 *
 * @example holdsPlace('active') // true
 * holdsPlace('completed') // false
 */
export function holdsPlace(status: PairStatus): boolean {
	return status === 'active';
}

/**
 * Whether a new run must not pair the two people again: every real pair.
 * A rejected proposal may be proposed again by a later run with other settings.
 *
 * @example forbidsRepeat('ended') // true
 * forbidsRepeat('rejected') // false
 */
export function forbidsRepeat(status: PairStatus): boolean {
	return isRealPair(status);
}
