import type { INodeParameters } from 'n8n-workflow';

import { InMemoryDataTables } from '../../harness/dataTables';
import type { WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';
import { matchItem } from './schedulerWorkflow';

const NOW = '2026-03-02T14:00:00Z';
const byName = (value: string) => ({ __rl: true, mode: 'name', value });

const pairs = [
	matchItem(),
	matchItem({ pairId: 'pair-2', mentorTimezone: 'Asia/Tokyo', menteeTimezone: 'Europe/London' }),
	matchItem({ pairId: 'pair-3', mentorTimezone: 'America/Los_Angeles', menteeTimezone: 'Asia/Kolkata' }),
];

function node(id: string, name: string, type: string, parameters: INodeParameters, x: number): WorkflowJson['nodes'][number] {
	return { id, name, type, typeVersion: type.endsWith('dataTable') ? 1.1 : 1, position: [x, 0], parameters };
}

/**
 * The claim-first part of the reminders template with stock Data Table nodes:
 * Due Reminders -> insert a claim per reminder -> read the claims of each key back ->
 * Keep Claimed (reminders on input 1, claims on input 2).
 */
const workflow: WorkflowJson = {
	nodes: [
		node('1', 'Start', 'n8n-nodes-base.manualTrigger', {}, 0),
		node('2', 'Due Reminders', 'n8n-nodes-mentorship.mentorshipScheduler', {
			operation: 'dueReminders', programStart: '2026-03-02', programLengthUnit: 'weeks', programLength: 6, cadence: 'weekly', now: NOW,
		}, 200),
		node('3', 'Claim', 'n8n-nodes-base.dataTable', {
			resource: 'row',
			operation: 'insert',
			dataTableId: byName('claims'),
			columns: {
				mappingMode: 'defineBelow',
				value: { dedupeKey: '={{ $json.dedupeKey }}', claimKey: '={{ $json.claimKey }}', attempt: '={{ $json.attempt }}', executionId: '={{ $execution.id }}', claimedAt: NOW },
				matchingColumns: [],
				schema: [],
			},
		}, 400),
		node('4', 'Read Claims', 'n8n-nodes-base.dataTable', {
			resource: 'row',
			operation: 'get',
			dataTableId: byName('claims'),
			matchType: 'allConditions',
			filters: { conditions: [{ keyName: 'claimKey', condition: 'eq', keyValue: '={{ $json.claimKey }}' }] },
			returnAll: true,
		}, 600),
		node('5', 'Keep Claimed', 'n8n-nodes-mentorship.mentorshipScheduler', { operation: 'keepClaimed', executionId: '={{ $execution.id }}' }, 800),
	],
	connections: {
		Start: { main: [[{ node: 'Due Reminders', type: 'main', index: 0 }]] },
		'Due Reminders': { main: [[{ node: 'Keep Claimed', type: 'main', index: 0 }, { node: 'Claim', type: 'main', index: 0 }]] },
		Claim: { main: [[{ node: 'Read Claims', type: 'main', index: 0 }]] },
		'Read Claims': { main: [[{ node: 'Keep Claimed', type: 'main', index: 1 }]] },
	},
};

describe('Mentorship Scheduler, claim-first sending with stock Data Table nodes', () => {
	describe('when two executions fire at the same instant against one claims table', () => {
		it('returns each due reminder on Won in exactly one execution', async () => {
			const tables = new InMemoryDataTables({ now: () => new Date(NOW) });
			tables.create('claims', [
				{ name: 'dedupeKey', type: 'string' },
				{ name: 'claimKey', type: 'string' },
				{ name: 'attempt', type: 'number' },
				{ name: 'executionId', type: 'string' },
				{ name: 'claimedAt', type: 'string' },
			]);
			const run = (executionId: string) => runWorkflow(workflow, { start: { node: 'Start', items: pairs }, executionId, dataTables: tables });
			const [a, b] = await Promise.all([run('exec-a'), run('exec-b')]);
			expect([a.status, b.status]).toEqual(['success', 'success']);
			const due = a.output('Due Reminders').map((item) => item.json.dedupeKey);
			// Both runs saw the same reminders; together they claimed every one twice.
			expect(b.output('Due Reminders').map((item) => item.json.dedupeKey)).toEqual(due);
			expect(due.length).toBeGreaterThan(0);
			expect(tables.rows('claims')).toHaveLength(2 * due.length);
			const won = [...a.output('Keep Claimed', 0), ...b.output('Keep Claimed', 0)].map((item) => item.json.dedupeKey);
			expect([...won].sort()).toEqual([...due].sort());
		});
	});
});
