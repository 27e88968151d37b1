import type { FieldIssue } from '../types';
import { LINK_LIMITS } from './limits';
import type { LinkClaims } from './types';

/** The claims that are text, in the order they are checked and reported. */
export const TEXT_CLAIMS = ['purpose', 'programId', 'subject', 'person', 'role'] as const;

/** The signed payload: short keys keep links short; `v` lets a later format coexist. */
export interface LinkPayload {
	v: 1;
	p: string;
	s: string;
	u: string;
	r: string;
	k: string;
	e: number;
}

const PAYLOAD_KEYS = ['v', 'p', 's', 'u', 'r', 'k', 'e'];

function isExpiry(value: unknown): value is number {
	return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= LINK_LIMITS.latestExpiry;
}

function isPurpose(text: string): boolean {
	if (text.length > LINK_LIMITS.purposeLength) return false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
	}
	return true;
}

function textIssue(field: string, value: unknown): FieldIssue | undefined {
	const expected = `text of 1 to ${LINK_LIMITS.claimLength} characters`;
	if (typeof value !== 'string') return { field, problem: value === undefined || value === null ? 'is missing' : 'is not text', expected };
	if (value.length === 0) return { field, problem: 'is empty', expected };
	if (value.length > LINK_LIMITS.claimLength) return { field, problem: `has ${value.length} characters`, expected };
	return undefined;
}

/**
 * Everything that stops these claims from being signed, in field order. Values are
 * never echoed: a person's email stays out of error logs.
 *
 * @example claimIssues({ ...claims, purpose: 'check-in' }) // [{ field: 'purpose', problem: 'has characters other than letters and digits', ... }]
 */
export function claimIssues(claims: LinkClaims): FieldIssue[] {
	const issues: FieldIssue[] = [];
	for (const field of TEXT_CLAIMS) {
		const issue = textIssue(field, claims[field]);
		if (issue) issues.push(issue);
		else if (field === 'purpose' && !isPurpose(claims.purpose)) {
			issues.push({
				field,
				problem: 'is not a purpose name',
				expected: `letters and digits only, at most ${LINK_LIMITS.purposeLength}, e.g. checkIn`,
			});
		}
	}
	if (!isExpiry(claims.expiresAt)) {
		issues.push({ field: 'expiresAt', problem: 'is not a whole number of seconds before the year 10000', expected: 'epoch seconds, e.g. 1772528400' });
	}
	return issues;
}

/** The payload for claims, keys always in the same order so that signing is deterministic. */
export function toPayload(claims: LinkClaims): LinkPayload {
	return { v: 1, p: claims.programId, s: claims.subject, u: claims.person, r: claims.role, k: claims.purpose, e: claims.expiresAt };
}

function isBoundedText(value: unknown): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= LINK_LIMITS.claimLength;
}

/**
 * Claims from a decoded payload, or undefined when it is not exactly a version 1
 * payload (every key present, no other key, text bounded, expiry a whole number).
 */
export function fromPayload(value: unknown): LinkClaims | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const payload = value as Record<string, unknown>;
	const keys = Object.keys(payload);
	if (keys.length !== PAYLOAD_KEYS.length || !PAYLOAD_KEYS.every((key) => Object.prototype.hasOwnProperty.call(payload, key))) return undefined;
	const { v, p, s, u, r, k, e } = payload;
	if (v !== 1 || !isExpiry(e)) return undefined;
	if (!isBoundedText(p) || !isBoundedText(s) || !isBoundedText(u) || !isBoundedText(r) || !isBoundedText(k)) return undefined;
	return { programId: p, subject: s, person: u, role: r, purpose: k, expiresAt: e };
}
