import { munkres } from 'munkres';

import type { ProgramContext } from '../../../nodes/core/matching/context';
import { objectiveWeight } from '../../../nodes/core/matching/objective';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import type { Objective } from '../../../nodes/core/matching/types';

/**
 * The optimum over the FULL graph (every allowed pair, scored by the reference
 * scorer), found by the Hungarian method of the `munkres` package: every mentor place
 * is a column, every mentee also gets a private "unmatched" column, cost = BIG − weight.
 * Returns the best objective weight (see `objectiveWeight`).
 *
 * @example fullGraphOptimum(context, 0, 'totalScore')
 */
export function fullGraphOptimum(context: ProgramContext, minPoints: number, objective: Objective): number {
	const weightOf = objectiveWeight({ objective, maxPoints: context.maxPoints, menteeCount: context.mentees.length });
	const columns: number[] = [];
	context.mentors.forEach((_, j) => {
		for (let place = 0; place < context.freePlaces[j]; place++) columns.push(j);
	});
	const weights = context.mentees.map((mentee) =>
		context.mentors.map((mentor) => {
			const facts = evaluatePair(context, mentor, mentee);
			return facts.broken.length === 0 && facts.points >= minPoints ? weightOf(facts.points) : 0;
		}),
	);
	let big = 1;
	for (const row of weights) for (const weight of row) big = Math.max(big, weight + 1);
	const n = context.mentees.length;
	const matrix = weights.map((row) => [...columns.map((j) => big - row[j]), ...Array.from({ length: n }, () => big)]);
	let total = 0;
	for (const [row, column] of munkres(matrix)) if (column < columns.length) total += weights[row][columns[column]];
	return total;
}

