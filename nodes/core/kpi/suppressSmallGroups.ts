export interface SuppressSmallGroupsOptions<T> {
	groups: T[];
	/** Groups with fewer people than this are left out. */
	minGroupSize: number;
	/** The number of people whose answers a group shows. */
	size: (group: T) => number;
}

export interface SuppressedGroups<T> {
	shown: T[];
	suppressed: number;
	secondarySuppressed: number;
}

/**
 * Leaves out every group smaller than the minimum so that no small group's answers
 * can be singled out. When exactly one group is left out, the next smallest is left
 * out too (secondary suppression): otherwise the hidden group could be worked out by
 * subtracting the shown groups from the program totals.
 *
 * @example
 * suppressSmallGroups({ groups: [{ n: 9 }, { n: 7 }, { n: 2 }], minGroupSize: 5, size: (g) => g.n })
 * // { shown: [{ n: 9 }], suppressed: 2, secondarySuppressed: 1 }
 */
export function suppressSmallGroups<T>(options: SuppressSmallGroupsOptions<T>): SuppressedGroups<T> {
	const { groups, minGroupSize, size } = options;
	const shown = groups.filter((group) => size(group) >= minGroupSize);
	const primary = groups.length - shown.length;
	if (primary !== 1 || shown.length === 0) return { shown, suppressed: primary, secondarySuppressed: 0 };
	let smallest = 0;
	shown.forEach((group, index) => {
		if (size(group) < size(shown[smallest])) smallest = index;
	});
	return { shown: shown.filter((_, index) => index !== smallest), suppressed: 2, secondarySuppressed: 1 };
}
