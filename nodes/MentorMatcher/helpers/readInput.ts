import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ExistingPair } from '../../core/matching/types';
import type { InvalidRow, SkippedPairRow } from '../../core/participant/matcherRows';
import { readMatcherRows } from '../../core/participant/matcherRows';
import type { Participant } from '../../core/types';

/** Participants and existing pairs read from the input, with where each came from. */
export interface MatcherInput {
	/** Everyone the core sees: valid people, and the invalid ones kept for the org chart only. */
	participants: Participant[];
	/** Ids of people who only build the org chart and are never matched. */
	orgChartOnly: ReadonlySet<string>;
	/** Input item index of each participant, by id. */
	itemOf: Map<string, number>;
	existingPairs: ExistingPair[];
	/** People the run cannot use; each leaves on the Unmatched output with its reasons. */
	invalid: InvalidRow[];
	/** Pair rows skipped because they cannot be read (unknown status, missing ids). */
	skippedPairs: SkippedPairRow[];
	/** Input positions of pair rows that are no history (proposed, rejected): Adjust Proposals reads the run's proposals there. */
	ignoredPairs: number[];
}

/**
 * Reads every input item (see `readMatcherRows`): people, and pair rows of the pair
 * history. One bad row never stops the run: an invalid person goes to Unmatched with
 * `reason: 'invalid'` and the field-level reasons, an unreadable pair row is skipped and
 * reported in the Summary.
 */
export function readMatcherInput(items: INodeExecutionData[], requireConsent: boolean): MatcherInput {
	const rows = readMatcherRows(
		items.map((item) => item.json),
		{ requireConsent },
	);
	return {
		participants: [...rows.participants, ...rows.chartOnly],
		orgChartOnly: rows.orgChartOnly,
		itemOf: rows.indexOf,
		existingPairs: rows.existingPairs,
		invalid: rows.invalid,
		skippedPairs: rows.skippedPairs,
		ignoredPairs: rows.ignoredPairs,
	};
}

/**
 * The Unmatched item of a person the run cannot use, paired with their input item. Like
 * every Unmatched item it has a `name` and a `role` to show: the validated name, else the
 * email, id or item number (never a value that failed validation), and `unknown` for a
 * role that could not be read.
 */
export function invalidItem(row: InvalidRow): INodeExecutionData {
	const first = row.issues[0];
	const { identity } = row;
	return {
		json: {
			...identity,
			name: identity.name ?? identity.email ?? identity.id ?? `item ${row.index}`,
			role: identity.role ?? 'unknown',
			reason: 'invalid',
			reasonCode: 'invalid',
			message: `Item ${row.index} is not a valid participant: ${row.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ')}`,
			field: first?.field ?? '',
			reasons: row.issues as unknown as IDataObject[],
		},
		pairedItem: { item: row.index },
	};
}

/**
 * What the Summary says about rows the run could not use: how many people were invalid
 * and which pair rows were skipped, for one program (`undefined`: people without a
 * program; pair rows without a program count for every program).
 */
export function rowCounts(input: MatcherInput, programId: string | undefined, everyProgram = false): IDataObject {
	const invalid = input.invalid.filter((row) => everyProgram || row.identity.programId === programId);
	const skipped = input.skippedPairs.filter((row) => everyProgram || row.programId === undefined || row.programId === programId);
	return {
		invalidPeople: invalid.length,
		skippedPairRows: skipped.length,
		...(skipped.length === 0
			? {}
			: { skippedPairRowProblems: skipped.slice(0, 20).map((row) => `item ${row.index}: ${row.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ')}`) }),
	};
}

/**
 * Stops the node at the first problem in the reporting lines, naming the item, when
 * the user asked for that.
 */
export function failOnOrgProblems(ctx: IExecuteFunctions, input: MatcherInput, issues: string[], ids: string[]): void {
	if (issues.length === 0) return;
	const index = input.itemOf.get(ids[0]);
	throw new NodeOperationError(ctx.getNode(), `Item ${index}, field "managerId": ${issues[0]}`, {
		...(index === undefined ? {} : { itemIndex: index }),
		description: 'Include every manager in the input, fix the managerId values, or set Options > Org Chart Problems to Report in Summary',
	});
}
