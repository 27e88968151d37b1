import type { INodeProperties } from 'n8n-workflow';

import * as confirmGoals from './confirmGoals.operation';
import * as kpis from './kpis.operation';
import * as score from './score.operation';

/** Inputs of the KPIs operation as an n8n expression result, built from the named list. */
export const KPI_INPUTS_JSON = JSON.stringify(kpis.KPI_INPUTS.map((displayName) => ({ type: 'main', displayName })));

/** Every parameter: the operation first, then each operation's own. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Confirm Goals',
				value: 'confirmGoals',
				description: "Turn a click on a pair's goals link into the goals to store on the pair, once",
				action: 'Confirm the goals of a pair',
			},
			{
				name: 'KPIs',
				value: 'kpis',
				description: 'Summarise participants, pairs, scored responses and HR records into program KPIs, an HTML report and a CSV',
				action: 'Compute program figures',
			},
			{
				name: 'Score',
				value: 'score',
				description: 'Score each survey response with an instrument and flag pairs at risk',
				action: 'Score survey responses',
			},
		],
		default: 'score',
	},
	...score.description,
	...kpis.description,
	...confirmGoals.description,
];
