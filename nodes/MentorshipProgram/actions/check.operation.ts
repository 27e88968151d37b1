import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeProgram } from '../../core/program/describeProgram';
import { readProgramRecord } from '../../core/program/readProgram';

export const description: INodeProperties[] = [
	{
		displayName: 'Current Time',
		name: 'currentTime',
		type: 'string',
		default: '={{ $now.toISO() }}',
		displayOptions: { show: { operation: ['check'] } },
		description: "The moment of the change, written to the record's changedAt. Keep the default: the execution time.",
	},
];

/**
 * Each input item (setup form answers by question, or a mentorship_programs row by column)
 * leaves once: on Valid as `{ program, row, summary }` (row: ready for the Data Table,
 * summary: every setting as "Question: answer" lines), or on Invalid with `issues` and
 * `issuesText` naming every field, and the item as received.
 */
export function execute(this: IExecuteFunctions): INodeExecutionData[][] {
	const items = this.getInputData();
	const valid: INodeExecutionData[] = [];
	const invalid: INodeExecutionData[] = [];
	items.forEach((item, index) => {
		const now = String(this.getNodeParameter('currentTime', index));
		const result = readProgramRecord(item.json, { now });
		const pairedItem = { item: index };
		if (result.ok) {
			valid.push({ json: { program: result.program, row: result.row, summary: describeProgram(result.program) } as IDataObject, pairedItem });
			return;
		}
		const issuesText = result.issues.map((issue) => `${issue.field} ${issue.problem} (expected ${issue.expected})`).join('; ');
		invalid.push({ json: { issues: result.issues, issuesText, record: item.json } as unknown as IDataObject, pairedItem });
	});
	return [valid, invalid];
}
