import { normaliseLabel } from './normaliseLabel';

/**
 * The answer scales an instrument item can use. `date` and `goalStatus` items are
 * read and reported but never averaged into a subscale: a mean of dates or of
 * "in progress" has no meaning.
 */
export type ScaleName = 'agreement5' | 'rating5' | 'nps11' | 'yesNo' | 'count' | 'goalStatus' | 'date' | 'numeric';

export const SCALE_NAMES: readonly ScaleName[] = [
	'agreement5',
	'rating5',
	'nps11',
	'yesNo',
	'count',
	'goalStatus',
	'date',
	'numeric',
];

/**
 * Goal progress as stored: 0 not started, 1 some, 2 most, 3 achieved (the levels of
 * nodes/core/goals/goalLevel.ts). "In progress" of earlier three-level forms reads as some.
 */
export const GOAL_STATUS = { notStarted: 0, some: 1, most: 2, achieved: 3 } as const;

export interface ScaleDefinition {
	name: ScaleName;
	/** Lowest and highest value; reverse coding maps v to min + max - v. */
	min: number;
	max: number;
	/** Whether only whole numbers are valid answers. */
	integer: boolean;
	/** Whether the item takes part in subscale means and reliability. */
	averaged: boolean;
	/** Accepted labels (English and Dutch) with their value, keyed by normalised label. */
	labels: ReadonlyMap<string, number>;
	/** The labels shown in an error message, one per value, English first. */
	displayLabels: readonly string[];
}

function labelMap(entries: Array<[number, string[]]>): ReadonlyMap<string, number> {
	const map = new Map<string, number>();
	for (const [value, labels] of entries) for (const label of labels) map.set(normaliseLabel(label), value);
	return map;
}

// "Oneens" and "Mee oneens" are both common Dutch renderings of "Disagree".
const AGREEMENT: Array<[number, string[]]> = [
	[1, ['Strongly disagree', 'Helemaal mee oneens', 'Zeer mee oneens', 'Helemaal oneens']],
	[2, ['Disagree', 'Oneens', 'Mee oneens']],
	[3, ['Neutral', 'Neutraal', 'Neither agree nor disagree', 'Niet mee eens, niet mee oneens']],
	[4, ['Agree', 'Mee eens', 'Eens']],
	[5, ['Strongly agree', 'Helemaal mee eens', 'Zeer mee eens', 'Helemaal eens']],
];

const RATING: Array<[number, string[]]> = [
	[1, ['Very poor', 'Zeer slecht', 'Heel slecht']],
	[2, ['Poor', 'Slecht']],
	[3, ['Fair', 'Redelijk', 'Okay', 'Matig']],
	[4, ['Good', 'Goed']],
	[5, ['Excellent', 'Uitstekend', 'Very good', 'Zeer goed']],
];

const GOALS: Array<[number, string[]]> = [
	[GOAL_STATUS.notStarted, ['Not started', 'Niet begonnen', 'Nog niet begonnen', 'Niet gestart']],
	[GOAL_STATUS.some, ['Some', 'Een beetje', 'Some progress', 'In progress', 'Bezig', 'In uitvoering', 'Mee bezig', 'Gestart']],
	[GOAL_STATUS.most, ['Most', 'Grotendeels', 'Mostly', 'Most of it']],
	[GOAL_STATUS.achieved, ['Achieved', 'Behaald', 'Bereikt', 'Done', 'Gehaald', 'Completed', 'Afgerond']],
];

const YES_NO: Array<[number, string[]]> = [
	[0, ['No', 'Nee', 'N', 'False', 'Onwaar']],
	[1, ['Yes', 'Ja', 'Y', 'J', 'True', 'Waar']],
];

function define(
	name: ScaleName,
	min: number,
	max: number,
	entries: Array<[number, string[]]>,
	averaged: boolean,
): ScaleDefinition {
	return {
		name,
		min,
		max,
		integer: true,
		averaged,
		labels: labelMap(entries),
		displayLabels: entries.map(([, labels]) => labels.slice(0, 2).join(' / ')),
	};
}

/** Every built-in scale by name. `numeric` takes its range from the item. */
export const SCALES: Readonly<Record<ScaleName, ScaleDefinition>> = {
	agreement5: define('agreement5', 1, 5, AGREEMENT, true),
	rating5: define('rating5', 1, 5, RATING, true),
	nps11: define('nps11', 0, 10, [], true),
	yesNo: define('yesNo', 0, 1, YES_NO, true),
	// Counts have no natural top; 1000 meetings between check-ins is a typo, not data.
	count: define('count', 0, 1000, [], true),
	goalStatus: define('goalStatus', 0, 3, GOALS, false),
	date: { ...define('date', 0, 0, [], false), integer: false },
	numeric: { ...define('numeric', 0, 0, [], true), integer: false },
};
