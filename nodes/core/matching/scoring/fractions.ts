import type { ProgramKind } from '../types';

/**
 * The building blocks of a criterion's value, shared by the reference scorer and
 * the fast scorer so the two cannot drift apart. Every criterion is a whole number
 * from 0 to 1000 (a fraction in thousandths), which keeps the solver's arithmetic
 * exact.
 */
export const FULL = 1000;

/**
 * Share of `count` out of `of`, in thousandths, rounded down; 0 when `of` is 0.
 *
 * @example shareFraction(3, 4) // 750
 */
export function shareFraction(count: number, of: number): number {
	if (of <= 0) return 0;
	return Math.floor((FULL * Math.min(count, of)) / of);
}

/**
 * Value of a nominated mentor by rank (0 is the first choice): 1000, 750, 500, then 250.
 *
 * @example nominationFraction(1) // 750
 */
export function nominationFraction(rank: number): number {
	return rank < 0 ? 0 : Math.max(250, FULL - 250 * rank);
}

/**
 * Value of the level gap. In mentoring the mentor should be one or two levels above
 * the mentee (further above counts less, each extra level a quarter); reverse
 * mentoring turns the direction round; buddies want a similar level (each level
 * apart costs a quarter of the half) plus, for the other half, a buddy who joined
 * earlier than the new hire.
 *
 * @example levelFraction({ kind: 'mentoring', mentorLevel: 5, menteeLevel: 3 }) // 1000
 */
export function levelFraction(options: {
	kind: ProgramKind;
	mentorLevel?: number;
	menteeLevel?: number;
	mentorLongerTenure?: boolean;
}): number {
	const { kind, mentorLevel, menteeLevel } = options;
	const tenure = kind === 'buddy' && options.mentorLongerTenure === true ? FULL / 2 : 0;
	if (mentorLevel === undefined || menteeLevel === undefined) return tenure;
	if (kind === 'buddy') {
		const similar = Math.max(0, FULL - 250 * Math.abs(mentorLevel - menteeLevel));
		return Math.floor(similar / 2) + tenure;
	}
	const gap = kind === 'reverse' ? menteeLevel - mentorLevel : mentorLevel - menteeLevel;
	if (gap <= 0) return 0;
	if (gap <= 2) return FULL;
	return Math.max(0, Math.floor(FULL - 250 * (gap - 2)));
}

/**
 * Value of the distance through the org chart (steps up from each person to their
 * lowest common manager). Teammates (2 steps) score 0, 6 or more steps 1000, and
 * people in separate trees 1000: they rarely meet at work.
 *
 * @example orgDistanceFraction(4) // 500
 */
export function orgDistanceFraction(steps: number | undefined): number {
	if (steps === undefined) return FULL;
	return Math.min(FULL, Math.floor((FULL * Math.max(0, steps - 2)) / 4));
}

/**
 * Level gap in the program's direction: mentor minus mentee, reversed in reverse
 * mentoring; undefined when a level is unknown.
 *
 * @example levelGap('reverse', 2, 5) // 3
 */
export function levelGap(kind: ProgramKind, mentorLevel?: number, menteeLevel?: number): number | undefined {
	if (mentorLevel === undefined || menteeLevel === undefined) return undefined;
	return kind === 'reverse' ? menteeLevel - mentorLevel : mentorLevel - menteeLevel;
}
