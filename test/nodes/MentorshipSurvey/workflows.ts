import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from '../../harness/runWorkflow';

export const SURVEY_TYPE = 'n8n-nodes-mentorship.mentorshipSurvey';

function node(name: string, type: string, parameters: IDataObject, x: number, y = 0, typeVersion = 1): INode {
	return { id: name, name, type, typeVersion, position: [x, y], parameters: parameters as INodeParameters };
}

/** Start (manual trigger) → Survey: the Score operation over the start items. */
export function scoreWorkflow(parameters: IDataObject, settings?: IDataObject): WorkflowJson {
	const survey = { ...node('Survey', SURVEY_TYPE, { operation: 'score', ...parameters }, 200), ...(settings ?? {}) };
	return {
		nodes: [node('Start', 'n8n-nodes-base.manualTrigger', {}, 0), survey as INode],
		connections: { Start: { main: [[{ node: 'Survey', type: 'main', index: 0 }]] } },
	};
}

/**
 * Start emits one item holding the four lists; a Split Out node per list feeds the
 * matching named input of the KPIs node. Raw responses are scored on the way by a
 * Score node, as in the KPI template.
 */
export function kpiWorkflow(parameters: IDataObject, options: { scoreResponses?: boolean; settings?: IDataObject } = {}): WorkflowJson {
	const { scoreResponses = true, settings } = options;
	const split = (list: string, x: number, y: number) => node(`Split ${list}`, 'n8n-nodes-base.splitOut', { fieldToSplitOut: list, options: {} }, x, y);
	const kpis = { ...node('KPIs', SURVEY_TYPE, { operation: 'kpis', ...parameters }, 600), ...(settings ?? {}) };
	return {
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', {}, 0),
			split('participants', 200, -300),
			split('pairs', 200, -100),
			split('responses', 200, 100),
			split('hris', 200, 300),
			// Each raw response names its survey in the field "survey", so one Score node scores them all.
			node('Score', SURVEY_TYPE, { operation: 'score', instrument: 'fromField', instrumentField: 'survey' }, 400, 100),
			kpis as INode,
		],
		connections: {
			Start: {
				main: [
					[
						{ node: 'Split participants', type: 'main', index: 0 },
						{ node: 'Split pairs', type: 'main', index: 0 },
						{ node: 'Split responses', type: 'main', index: 0 },
						{ node: 'Split hris', type: 'main', index: 0 },
					],
				],
			},
			'Split participants': { main: [[{ node: 'KPIs', type: 'main', index: 0 }]] },
			'Split pairs': { main: [[{ node: 'KPIs', type: 'main', index: 1 }]] },
			'Split responses': { main: [[{ node: scoreResponses ? 'Score' : 'KPIs', type: 'main', index: scoreResponses ? 0 : 2 }]] },
			Score: { main: [[{ node: 'KPIs', type: 'main', index: 2 }]] },
			'Split hris': { main: [[{ node: 'KPIs', type: 'main', index: 3 }]] },
		},
	};
}
