import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { MatchingSettings } from '../../core/matching/match';
import { toNodeError } from '../../shared/errors';
import { checkOrgChart } from './orgProblems';
import type { MatcherInput } from './readInput';
import { invalidItem, readMatcherInput, rowCounts } from './readInput';
import type { MatcherOptions } from './settings';
import { readSettings } from './settings';

/** What every operation's core call returns besides its own pairs or groups. */
interface Outcome {
	unmatched: Array<{ id: string; reason: string }>;
	summaries: Array<{ programId?: string }>;
}

/**
 * Reads the settings, then the input (invalid people and unreadable pair rows set
 * aside, never thrown), and checks the org chart: the steps before every operation's
 * core call.
 */
export function prepareRun(ctx: IExecuteFunctions): { input: MatcherInput; settings: MatchingSettings; options: MatcherOptions } {
	const { settings, options } = readSettings(ctx);
	const input = readMatcherInput(ctx.getInputData(), settings.requireConsent === true);
	checkOrgChart(ctx, input, options.orgChartProblems);
	return { input, settings: { ...settings, orgChartOnly: input.orgChartOnly }, options };
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
	const { input, settings } = prepareRun(ctx);
	let outcome: T;
	try {
		outcome = solve(input, settings);
	} catch (error) {
		throw toNodeError(ctx, error);
	}
	return { input, outcome, itemOf: (id) => input.itemOf.get(id) ?? 0 };
}

/**
 * The Unmatched output (each person with the reason, `reasonCode` equal to `reason`,
 * then every invalid person with `reason: 'invalid'` and the field-level reasons) and the
 * Summary output (one item per program, paired with the program's people, counting the
 * invalid people and skipped pair rows).
 */
export function unmatchedAndSummaries(
	input: MatcherInput,
	outcome: Outcome,
	itemOf: (id: string) => number,
): [INodeExecutionData[], INodeExecutionData[]] {
	const unmatched: INodeExecutionData[] = [
		...outcome.unmatched.map((person) => ({ json: { ...person, reasonCode: person.reason }, pairedItem: { item: itemOf(person.id) } })),
		...input.invalid.map(invalidItem),
	];
	const programs = outcome.summaries.map((summary) => summary.programId);
	// A program whose people were all invalid still gets a Summary that says so.
	for (const row of input.invalid) {
		if (!programs.includes(row.identity.programId)) programs.push(row.identity.programId);
	}
	const summaries: INodeExecutionData[] = programs.map((programId) => {
		const summary = outcome.summaries.find((entry) => entry.programId === programId) ?? (programId === undefined ? {} : { programId });
		const items = new Set([
			...input.participants.filter((person) => (person.programId ?? undefined) === programId).map((person) => itemOf(person.id)),
			...input.invalid.filter((row) => row.identity.programId === programId).map((row) => row.index),
		]);
		return { json: { ...summary, ...rowCounts(input, programId) }, pairedItem: [...items].sort((a, b) => a - b).map((item) => ({ item })) };
	});
	return [unmatched, summaries];
}
