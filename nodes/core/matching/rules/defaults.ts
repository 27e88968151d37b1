import type { HardRules } from '../types';

/**
 * Rules that hold unless switched off: no pair in a reporting line, a shared
 * language, personal exclusions and no repeated pairing. Department, level and
 * time-zone limits and the manager rule are opt-in.
 *
 * @example resolveRules({ sameDepartment: true }).reportingLine // true
 */
export function resolveRules(overrides: Partial<HardRules> = {}): HardRules {
	const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
	return {
		reportingLine: true,
		sameDepartment: false,
		sharedLanguage: true,
		exclusions: true,
		history: true,
		managerMentors: 'allow',
		managerMinDistance: 4,
		...defined,
	};
}
