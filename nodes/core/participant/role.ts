import type { Role } from '../types';

const BOTH = /\b(both|beide|beiden|allebei|peer|either)\b/;

/**
 * Reads the role a person chose, from the value itself or from a longer choice
 * label such as "I would like to be a mentee" or "Ik wil mentor worden".
 *
 * @example parseRole('Beide') // 'both'
 */
export function parseRole(value: unknown): Role | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	if (BOTH.test(text)) return 'both';
	const mentor = /\bmentor\b/.test(text);
	const mentee = /\bmentee\b/.test(text);
	if (mentor && mentee) return 'both';
	if (mentor) return 'mentor';
	if (mentee) return 'mentee';
	return undefined;
}
