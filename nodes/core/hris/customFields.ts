import type { CustomFieldMapping, HrisPerson } from './person';

/** What a vendor lookup found for a custom field source. */
export interface CustomFieldLookup {
	/** Whether the record has the field at all (it may still be empty). */
	found: boolean;
	value?: unknown;
}

/**
 * Whether a value is a plain object (not null, not an array).
 *
 * @example isRecord({ value: 1 }) // true; isRecord([1]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Unwraps the `{ label, value }` and `{ value }` wrappers HR systems put around a
 * field, so readers see the value itself.
 *
 * @example plainValue({ label: 'Email', value: 'ann@example.com' }) // 'ann@example.com'
 */
export function plainValue(value: unknown): unknown {
	if (isRecord(value) && 'value' in value) return value.value;
	return value;
}

/** Options of {@link applyCustomFields}. */
export interface ApplyCustomFieldsOptions {
	mappings?: readonly CustomFieldMapping[];
	/** Finds a source field in the vendor record. */
	lookup: (source: string) => CustomFieldLookup;
	/** Names a source the way the vendor's documentation does, for the warning. */
	describe: (source: string) => string;
}

/**
 * Fills the mapped participant fields of a person from custom HRIS fields. A
 * source the record does not have is reported on the person, with where to look,
 * because a wrong name or a field the API user may not read looks the same from
 * here and both are fixed in the HRIS or the mapping, not in the data.
 *
 * @example
 * const person = { system: 'hibob', status: 'current', issues: [] };
 * applyCustomFields(person, {
 *   mappings: [{ target: 'level', source: 'work.custom.level' }],
 *   lookup: () => ({ found: true, value: 'L4' }),
 *   describe: (source) => source,
 * });
 * person.level; // 'L4'
 */
export function applyCustomFields(person: HrisPerson, options: ApplyCustomFieldsOptions): void {
	const { lookup, describe } = options;
	for (const { target, source } of options.mappings ?? []) {
		if (source.trim() === '') continue;
		const result = lookup(source);
		if (!result.found) {
			person.issues.push({
				field: target,
				problem: `its custom field "${source}" is not in the HRIS record`,
				expected: `${describe(source)}, readable by the API user`,
			});
			continue;
		}
		if (result.value === undefined || result.value === null || result.value === '') continue;
		person[target] = result.value;
	}
}
