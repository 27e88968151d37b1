import type { INodeProperties } from 'n8n-workflow';

import * as listPeople from './listPeople.operation';

/** The node's parameters: the HR system, the operation, then the operation's own. */
export const properties: INodeProperties[] = [
	{
		displayName: 'HR System',
		name: 'hris',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'HiBob', value: 'hibob', description: 'Bob by HiBob, with a service user' },
			{ name: 'Personio', value: 'personio', description: 'Personio, with API client credentials' },
		],
		default: 'personio',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'List People',
				value: 'listPeople',
				description: 'Every current employee (and former ones if asked) as a participant',
				action: 'List people',
			},
		],
		default: 'listPeople',
	},
	...listPeople.description,
];
