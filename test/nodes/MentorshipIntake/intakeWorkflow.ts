import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { RunResult } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';

export const INTAKE = 'Mentorship Intake';

/**
 * Runs Mentorship Intake in a workflow: a Manual Trigger emits the submissions into
 * input 1; pinned No-Op nodes named Roster and HRIS feed inputs 2 and 3.
 */
export async function runIntakeNode(
	submissions: IDataObject[],
	parameters: INodeParameters = {},
	extra: { roster?: IDataObject[]; hris?: IDataObject[]; continueOnFail?: boolean } = {},
): Promise<RunResult> {
	const nodes = [
		{ id: '1', name: 'Form', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} },
		{
			id: '2',
			name: INTAKE,
			type: 'n8n-nodes-mentorship.mentorshipIntake',
			typeVersion: 1,
			position: [400, 0] as [number, number],
			parameters: { currentTime: '2026-03-02T09:00:00Z', ...parameters },
			...(extra.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		},
	];
	const connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }> = {
		Form: { main: [[{ node: INTAKE, type: 'main', index: 0 }]] },
	};
	const pinData: Record<string, IDataObject[]> = {};
	([['Roster', 1, extra.roster], ['HRIS', 2, extra.hris]] as const).forEach(([name, index, rows], offset) => {
		if (!rows) return;
		nodes.push({ id: `${3 + offset}`, name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [200, 200 * (offset + 1)], parameters: {} });
		connections.Form.main[0].push({ node: name, type: 'main', index: 0 });
		connections[name] = { main: [[{ node: INTAKE, type: 'main', index }]] };
		pinData[name] = rows;
	});
	return await runWorkflow(
		{ nodes, connections, settings: { executionOrder: 'v1' } },
		{ start: { node: 'Form', items: submissions }, pinData },
	);
}

/** The three outputs of the intake node by name. */
export function outputsOf(result: RunResult) {
	return {
		enrolled: result.output(INTAKE, 0),
		waitlisted: result.output(INTAKE, 1),
		rejected: result.output(INTAKE, 2),
	};
}
