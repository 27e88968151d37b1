import { InvalidOptionError } from '../errors';
import type { Criterion, ProgramKind, Weights } from './types';
import { CRITERIA } from './types';

const MENTORING: Weights = {
	nomination: 40,
	skills: 30,
	goals: 10,
	interests: 5,
	level: 15,
	department: 10,
	timezone: 10,
	language: 5,
	location: 0,
	orgDistance: 10,
};

// Buddies help a new hire settle in: the same site, a similar level and common
// interests matter more than skills or distance in the org.
const BUDDY: Weights = {
	nomination: 20,
	skills: 5,
	goals: 5,
	interests: 15,
	level: 20,
	department: 0,
	timezone: 10,
	language: 10,
	location: 25,
	orgDistance: 0,
};

/**
 * The weights a program kind starts from.
 *
 * @example defaultWeights('buddy').location // 25
 */
export function defaultWeights(kind: ProgramKind): Weights {
	return { ...(kind === 'buddy' ? BUDDY : MENTORING) };
}

export interface ResolveWeightsOptions {
	kind: ProgramKind;
	/** Weights set by the user; missing ones take the kind's default. */
	overrides?: Partial<Record<Criterion, number>>;
}

/**
 * Merges user weights over the kind's defaults and checks them: whole numbers from
 * 0 to 100, not all zero.
 *
 * @example resolveWeights({ kind: 'mentoring', overrides: { skills: 50 } }).skills // 50
 */
export function resolveWeights(options: ResolveWeightsOptions): Weights {
	const weights = defaultWeights(options.kind);
	for (const criterion of CRITERIA) {
		const value = options.overrides?.[criterion];
		if (value === undefined) continue;
		if (!Number.isInteger(value) || value < 0 || value > 100) {
			throw new InvalidOptionError(
				`weights.${criterion}`,
				`The weight of "${criterion}" is ${value}, expected a whole number from 0 to 100`,
				'Set every weight to a whole number from 0 (ignore) to 100',
			);
		}
		weights[criterion] = value;
	}
	if (CRITERIA.every((criterion) => weights[criterion] === 0)) {
		throw new InvalidOptionError('weights', 'Every criterion weight is 0, so every pair would score 0', 'Give at least one criterion a weight above 0');
	}
	return weights;
}
