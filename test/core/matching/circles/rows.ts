import fc from 'fast-check';

import type { CircleRow } from '../../../../nodes/core/matching/circles/solveCircles';
import type { ProgramContext } from '../../../../nodes/core/matching/context';
import { evaluatePair } from '../../../../nodes/core/matching/scoring/referenceScore';

/**
 * Each mentee's allowed mentors with the pair's points, by the reference scorer (hard rules only, no minimum score).
 *
 * @example allowedRows(context)[0].mentors // indexes of the mentors allowed for the first mentee
 */
export function allowedRows(context: ProgramContext): CircleRow[] {
	return context.mentees.map((mentee) =>
		context.mentors.reduce<CircleRow>(
			(row, mentor, j) => {
				const facts = evaluatePair(context, mentor, mentee);
				if (facts.broken.length === 0) {
					row.mentors.push(j);
					row.points.push(facts.points);
				}
				return row;
			},
			{ mentors: [], points: [] },
		),
	);
}

/**
 * One random row per mentee over `m` mentors: each pair allowed or not, with points from a few values, so
 * that ties and hard opening choices are common.
 *
 * @example fc.sample(randomRows(3, 2), 1)[0].length // 3
 */
export function randomRows(n: number, m: number): fc.Arbitrary<CircleRow[]> {
	return fc.array(
		fc.array(fc.option(fc.constantFrom(0, 100, 250, 700, 1000), { nil: undefined, freq: 3 }), { minLength: m, maxLength: m }).map((cells) => {
			const row: CircleRow = { mentors: [], points: [] };
			cells.forEach((points, j) => {
				if (points === undefined) return;
				row.mentors.push(j);
				row.points.push(points);
			});
			return row;
		}),
		{ minLength: n, maxLength: n },
	);
}
