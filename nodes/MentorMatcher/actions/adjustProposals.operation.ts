import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { adjustProposals } from '../../core/matching/adjust';
import type { Objective } from '../../core/matching/types';
import { toItemParameterError } from '../../shared/errors';
import { readProposalRows } from '../helpers/proposalRows';
import { prepareRun, unmatchedAndSummaries } from '../helpers/run';

const show = { show: { operation: ['adjustProposals'] } };

/** Parameter labels by parameter and core field name, for errors that name them. */
const LABELS: Readonly<Record<string, string>> = {
	adjustments: 'Adjustments',
	programId: 'Program ID',
	runId: 'Run ID',
	adjustedBy: 'Adjusted By',
};

export const description: INodeProperties[] = [
	{
		displayName:
			'Input: the program’s participants, its pair history and the proposals of the run being adjusted (rows of the pairs table with status "proposed" and this run’s runId; proposals of other runs are ignored). Outputs: Proposals (the run’s new proposals, each with origin and adjusted), Unmatched, Summary (what changed), Refused (adjustments not applied, with the reason) and Audit (one row per adjustment).',
		name: 'adjustNotice',
		type: 'notice',
		displayOptions: show,
		default: '',
	},
	{
		displayName: 'Program ID',
		name: 'programId',
		type: 'string',
		required: true,
		displayOptions: show,
		default: '',
		description: 'The program whose run is adjusted; people of other programs only serve the org chart',
	},
	{
		displayName: 'Run ID',
		name: 'runId',
		type: 'string',
		required: true,
		displayOptions: show,
		default: '',
		description: 'The matching run whose proposals are adjusted (the runId column of the pairs table); the new proposals keep it',
	},
	{
		displayName: 'Adjustments',
		name: 'adjustments',
		type: 'json',
		displayOptions: show,
		default: '[]',
		description:
			'List of changes, each one of: { "action": "lock" | "drop", "mentorId", "menteeId" }, { "action": "move", "menteeId", "toMentorId" }, { "action": "leaveOut", "personId" }, { "action": "note", "note" } (a note may also name mentorId, menteeId or personId)',
		hint: 'Locks and moves that break a hard rule or need a place the mentor does not have go to the Refused output, with the rule named',
	},
	{
		displayName: 'Adjusted By',
		name: 'adjustedBy',
		type: 'string',
		displayOptions: show,
		default: '',
		description: 'Who made the adjustments (a name or email), for the audit trail',
	},
	{
		displayName: 'Adjusted At',
		name: 'adjustedAt',
		type: 'dateTime',
		displayOptions: show,
		default: '',
		description: 'When the adjustments were made, for the audit trail; now when empty',
	},
];

/**
 * Adjust Proposals: applies the program manager's locks, drops, moves and leave-outs to
 * a run's proposals, re-solves around them and reports what changed. Outputs Proposals,
 * Unmatched, Summary (with the diff), Refused and Audit.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const { input, settings } = prepareRun(this);
	const programId = String(this.getNodeParameter('programId', 0)).trim();
	const runId = String(this.getNodeParameter('runId', 0)).trim();
	const rows = readProposalRows(this.getInputData(), { programId, runId, ignoredRows: input.ignoredPairs });
	const itemOf = (id: string) => input.itemOf.get(id) ?? 0;
	let outcome;
	try {
		const raw = this.getNodeParameter('adjustments', 0) as unknown;
		const adjustedAt = new Date(String(this.getNodeParameter('adjustedAt', 0, '') || new Date().toISOString()));
		outcome = adjustProposals({
			...settings,
			programId,
			runId,
			participants: input.participants,
			existingPairs: input.existingPairs,
			proposals: rows.proposals,
			adjustments: typeof raw === 'string' ? parseJson(raw) : raw,
			adjustedBy: String(this.getNodeParameter('adjustedBy', 0, '')),
			adjustedAt: Number.isNaN(adjustedAt.getTime()) ? new Date() : adjustedAt,
			objective: this.getNodeParameter('objective', 0, 'totalScore') as Objective,
			exact: this.getNodeParameter('exact', 0, true) as boolean,
		});
	} catch (error) {
		const nodeError = toItemParameterError(this, error, 0, LABELS);
		if (!this.continueOnFail()) throw nodeError;
		const all = this.getInputData().map((_, item) => ({ item }));
		return [[], [], [{ json: { error: nodeError.message, description: nodeError.description ?? '' }, pairedItem: all }], [], []];
	}
	const proposalItems = rows.itemOfPair;
	const pairItems = (mentorId: string, menteeId: string) => [
		{ item: itemOf(mentorId) },
		{ item: itemOf(menteeId) },
		...(proposalItems.has(`${mentorId}\u0000${menteeId}`) ? [{ item: proposalItems.get(`${mentorId}\u0000${menteeId}`)! }] : []),
	];
	const proposals: INodeExecutionData[] = outcome.proposals.map((pair) => ({ json: { ...pair }, pairedItem: pairItems(pair.mentorId, pair.menteeId) }));
	// Unmatched as the other operations give it (invalid people included); the Summary is the diff.
	const [unmatched] = unmatchedAndSummaries(input, { unmatched: outcome.unmatched, summaries: [] }, itemOf);
	const summary: INodeExecutionData = {
		json: { ...(outcome.diff as unknown as IDataObject), proposalRows: rows.proposals.length, otherRunRows: rows.otherRuns },
		pairedItem: this.getInputData().map((_, item) => ({ item })),
	};
	const personItem = (id: string | undefined) => (id !== undefined && input.itemOf.has(id) ? [{ item: itemOf(id) }] : []);
	const adjustmentItems = (entry: { mentorId?: string; menteeId?: string; toMentorId?: string; personId?: string }) => {
		const items = [...personItem(entry.mentorId), ...personItem(entry.menteeId), ...personItem(entry.toMentorId), ...personItem(entry.personId)];
		return items.length > 0 ? items : [{ item: 0 }];
	};
	const refused: INodeExecutionData[] = outcome.refused.map((entry) => ({
		json: { programId, runId, ...entry.adjustment, index: entry.index, reason: entry.reason, reasonCode: entry.reason, ...(entry.rules ? { rules: entry.rules } : {}), message: entry.message },
		pairedItem: adjustmentItems(entry.adjustment),
	}));
	const audit: INodeExecutionData[] = outcome.audit.map((row) => ({ json: { ...row }, pairedItem: adjustmentItems(row) }));
	return [proposals, unmatched, [summary], refused, audit];
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
