import { runWorkflow } from './runWorkflow';

describe('runWorkflow', () => {
	describe('when a workflow of stock nodes runs', () => {
		it('returns each node output as n8n computed it', async () => {
			const result = await runWorkflow({
				nodes: [
					{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{
						id: '2',
						name: 'Set',
						type: 'n8n-nodes-base.set',
						typeVersion: 3.4,
						position: [200, 0],
						parameters: {
							assignments: {
								assignments: [{ id: 'a', name: 'doubled', type: 'number', value: '={{ $json.n * 2 }}' }],
							},
							options: {},
						},
					},
				],
				connections: { Start: { main: [[{ node: 'Set', type: 'main', index: 0 }]] } },
			}, { start: { node: 'Start', items: [{ n: 2 }, { n: 21 }] } });
			expect(result.status).toBe('success');
			expect(result.output('Set').map((item) => item.json.doubled)).toEqual([4, 42]);
			expect(result.executedNodes).toEqual(['Start', 'Set']);
		});
	});
});
