import type { IDataObject } from 'n8n-workflow';

import type { WorkflowJson } from '../../harness/runWorkflow';

export const MATCHER = 'Mentor Matcher';

/**
 * A Manual Trigger feeding the Mentor Matcher node: mentoring, minimum score 0 and a
 * fixed reference date unless `parameters` say otherwise (an `options` given replaces
 * the default one whole).
 *
 * @example runWorkflow(matcherWorkflow({ operation: 'match' }), { start: { node: 'Start', items } })
 */
export function matcherWorkflow(parameters: IDataObject, settings: IDataObject = {}): WorkflowJson {
	return {
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: '2',
				name: MATCHER,
				type: 'n8n-nodes-mentorship.mentorMatcher',
				typeVersion: 1,
				position: [200, 0],
				parameters: { programKind: 'mentoring', minScore: 0, options: { referenceDate: '2026-03-02T12:00:00Z' }, ...parameters },
				...settings,
			},
		],
		connections: { Start: { main: [[{ node: MATCHER, type: 'main', index: 0 }]] } },
	};
}
