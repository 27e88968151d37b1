import type { INodeProperties } from 'n8n-workflow';

import * as render from './render.operation';

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [{ name: 'Render', value: 'render', action: 'Render texts', description: 'Texts of one area in English or Dutch, placeholders filled from the item' }],
	default: 'render',
};

/** The node's parameters: operation first, then the operation's. */
export const textProperties: INodeProperties[] = [operation, ...render.description];
