import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { MatchingSettings } from '../../core/matching/match';
import { toNodeError } from '../../shared/errors';
import { checkOrgChart } from './orgProblems';
import type { MatcherInput } from './readInput';
import { readMatcherInput } from './readInput';
import { readSettings } from './settings';

/** What every operation's core call returns besides its own pairs or groups. */
interface Outcome {
	unmatched: Array<{ id: string }>;
	summaries: Array<{ programId?: string }>;
}

/**
 * The steps every Matcher operation shares: read and validate the input items,
 * read the settings, check the org chart, call the core (its domain errors become
 * NodeOperationErrors), and map person ids back to the items they came from.
 */
export function runMatcher<T extends Outcome>(
	ctx: IExecuteFunctions,
	solve: (input: MatcherInput, settings: MatchingSettings) => T,
): { input: MatcherInput; outcome: T; itemOf: (id: string) => number } {
	const input = readMatcherInput(ctx, ctx.getInputData());
	const { settings, options } = readSettings(ctx);
	checkOrgChart(ctx, input, options.orgChartProblems);
	let outcome: T;
	try {
		outcome = solve(input, settings);
	} catch (error) {
		throw toNodeError(ctx, error);
	}
	return { input, outcome, itemOf: (id) => input.itemOf.get(id) ?? 0 };
}

/**
 * The Unmatched output (each person with the reason, plus error items kept under
 * continueOnFail) and the Summary output (one item per program, paired with the
 * program's people).
 */
export function unmatchedAndSummaries(
	input: MatcherInput,
	outcome: Outcome,
	itemOf: (id: string) => number,
): [INodeExecutionData[], INodeExecutionData[]] {
	const unmatched: INodeExecutionData[] = [
		...outcome.unmatched.map((person) => ({ json: { ...person }, pairedItem: { item: itemOf(person.id) } })),
		...input.errorItems,
	];
	const summaries: INodeExecutionData[] = outcome.summaries.map((summary) => ({
		json: { ...summary },
		pairedItem: input.participants
			.filter((person) => (person.programId ?? undefined) === summary.programId)
			.map((person) => ({ item: itemOf(person.id) })),
	}));
	return [unmatched, summaries];
}
