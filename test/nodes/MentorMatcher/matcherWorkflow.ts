import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from '../../harness/runWorkflow';

export const MATCHER = 'Mentor Matcher';

/** Manual Trigger → Mentor Matcher with the given parameters (and node settings such as onError). */
export function matcherWorkflow(parameters: IDataObject, settings: IDataObject = {}): WorkflowJson {
	return {
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: '2', name: MATCHER, type: 'n8n-nodes-mentorship.mentorMatcher', typeVersion: 1, position: [200, 0], parameters: parameters as INodeParameters, ...settings },
		],
		connections: { Start: { main: [[{ node: MATCHER, type: 'main', index: 0 }]] } },
	};
}

/** The same with the defaults most node tests start from (a mentoring program, no minimum score, a fixed reference date). */
export function workflow(parameters: IDataObject, settings: IDataObject = {}): WorkflowJson {
	return matcherWorkflow({ programKind: 'mentoring', minScore: 0, options: { referenceDate: '2026-03-02T12:00:00Z' }, ...parameters }, settings);
}
