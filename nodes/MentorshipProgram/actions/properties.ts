import type { INodeProperties } from 'n8n-workflow';

import { description as check } from './check.operation';

/** The node's parameters: the operation, then each operation's own. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'check',
		options: [
			{
				name: 'Check Record',
				value: 'check',
				action: 'Check a program record',
				description: 'Check each item as a program record, fill in the defaults, and send it to Valid or Invalid',
			},
		],
	},
	...check,
];
