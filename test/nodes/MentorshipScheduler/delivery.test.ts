import type { INodeParameters } from 'n8n-workflow';

import { InMemoryDataTables } from '../../harness/dataTables';
import type { RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';
import { matchItem } from './schedulerWorkflow';

const byName = (value: string) => ({ __rl: true, mode: 'name', value });

function node(id: string, name: string, type: string, parameters: INodeParameters, x: number, y = 0, extra: object = {}): WorkflowJson['nodes'][number] {
	return { id, name, type, typeVersion: type.endsWith('dataTable') ? 1.1 : 1, position: [x, y], parameters, ...extra };
}

function insert(table: string, value: Record<string, string>): INodeParameters {
	return { resource: 'row', operation: 'insert', dataTableId: byName(table), columns: { mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] } };
}

const readAll = (table: string): INodeParameters => ({ resource: 'row', operation: 'get', dataTableId: byName(table), returnAll: true });

/** Three pairs, everyone in UTC, introductions only: six reminders, all due at 09:00 UTC on 2 March. */
const pairs = ['p1', 'p2', 'p3'].map((pairId) => matchItem({ pairId, mentorTimezone: 'UTC', menteeTimezone: 'UTC' }));

/**
 * The delivery loop of the reminders template with stock Data Table nodes: read the sent log
 * and the claims, Due Reminders, claim each reminder's attempt, read the claims back by claimKey,
 * Keep Claimed, then log what the (simulated) channel did: `sent`, `failed`, or nothing (the
 * process died after claiming).
 */
function deliveryRun(now: string, outcome: 'sent' | 'failed' | 'died'): WorkflowJson {
	const nodes: WorkflowJson['nodes'] = [
		node('1', 'Start', 'n8n-nodes-base.manualTrigger', {}, 0),
		node('2', 'Read Sent Log', 'n8n-nodes-base.dataTable', readAll('sent_log'), 200, 200, { executeOnce: true, alwaysOutputData: true }),
		node('3', 'Read Claims Before', 'n8n-nodes-base.dataTable', readAll('claims'), 200, 400, { executeOnce: true, alwaysOutputData: true }),
		node('4', 'Due Reminders', 'n8n-nodes-mentorship.mentorshipScheduler', {
			operation: 'dueReminders', programStart: '2026-03-02', programLengthUnit: 'weeks', programLength: 6, cadence: 'weekly', now,
			reminderOptions: { kinds: ['introduction'] },
		}, 400),
		node('5', 'Claim', 'n8n-nodes-base.dataTable', insert('claims', {
			dedupeKey: '={{ $json.dedupeKey }}', claimKey: '={{ $json.claimKey }}', attempt: '={{ $json.attempt }}', executionId: '={{ $execution.id }}', claimedAt: now,
		}), 600),
		node('6', 'Read Claims', 'n8n-nodes-base.dataTable', {
			resource: 'row', operation: 'get', dataTableId: byName('claims'), matchType: 'allConditions',
			filters: { conditions: [{ keyName: 'claimKey', condition: 'eq', keyValue: '={{ $json.claimKey }}' }] }, returnAll: true,
		}, 800),
		node('7', 'Keep Claimed', 'n8n-nodes-mentorship.mentorshipScheduler', { operation: 'keepClaimed', executionId: '={{ $execution.id }}' }, 1000),
	];
	const connections: WorkflowJson['connections'] = {
		Start: { main: [[{ node: 'Due Reminders', type: 'main', index: 0 }, { node: 'Read Sent Log', type: 'main', index: 0 }, { node: 'Read Claims Before', type: 'main', index: 0 }]] },
		'Read Sent Log': { main: [[{ node: 'Due Reminders', type: 'main', index: 1 }]] },
		'Read Claims Before': { main: [[{ node: 'Due Reminders', type: 'main', index: 2 }]] },
		'Due Reminders': { main: [[{ node: 'Keep Claimed', type: 'main', index: 0 }, { node: 'Claim', type: 'main', index: 0 }]] },
		Claim: { main: [[{ node: 'Read Claims', type: 'main', index: 0 }]] },
		'Read Claims': { main: [[{ node: 'Keep Claimed', type: 'main', index: 1 }]] },
	};
	if (outcome !== 'died') {
		nodes.push(node('8', 'Log Outcome', 'n8n-nodes-base.dataTable', insert('sent_log', {
			dedupeKey: '={{ $json.dedupeKey }}', claimKey: '={{ $json.claimKey }}', attempt: '={{ $json.attempt }}', status: outcome,
			reason: outcome === 'failed' ? 'Slack answered 500' : '', sentAt: now,
		}), 1200));
		connections['Keep Claimed'] = { main: [[{ node: 'Log Outcome', type: 'main', index: 0 }]] };
	}
	return { nodes, connections };
}

function freshTables(): InMemoryDataTables {
	const tables = new InMemoryDataTables();
	tables.create('sent_log', ['dedupeKey', 'claimKey', 'attempt', 'status', 'reason', 'sentAt'].map((name) => ({ name, type: name === 'attempt' ? ('number' as const) : ('string' as const) })));
	tables.create('claims', ['dedupeKey', 'claimKey', 'attempt', 'executionId', 'claimedAt'].map((name) => ({ name, type: name === 'attempt' ? ('number' as const) : ('string' as const) })));
	return tables;
}

async function run(tables: InMemoryDataTables, now: string, outcome: 'sent' | 'failed' | 'died', executionId: string): Promise<RunResult> {
	const result = await runWorkflow(deliveryRun(now, outcome), { start: { node: 'Start', items: pairs }, executionId, dataTables: tables });
	expect(result.status).toBe('success');
	return result;
}

const keys = (result: RunResult, node: string, output = 0) => result.output(node, output).map((item) => String(item.json.claimKey)).sort();

describe('Reminder delivery across hourly runs', () => {
	describe('when every send fails in the 14:00 run and succeeds in the 15:00 run', () => {
		it('sends each of the six reminders once, as attempt 2, and nothing at 16:00', async () => {
			const tables = freshTables();
			const first = await run(tables, '2026-03-02T14:00:00Z', 'failed', 'exec-1');
			expect(first.output('Keep Claimed', 0)).toHaveLength(6);
			const second = await run(tables, '2026-03-02T15:00:00Z', 'sent', 'exec-2');
			const won = second.output('Keep Claimed', 0).map((item) => item.json);
			expect(won.map((item) => [item.attempt, item.lastFailureReason])).toEqual(Array(6).fill([2, 'Slack answered 500']));
			const third = await run(tables, '2026-03-02T16:00:00Z', 'sent', 'exec-3');
			expect(third.output('Due Reminders', 0)).toEqual([]);
			const sent = tables.rows('sent_log').filter((row) => row.status === 'sent');
			expect(sent).toHaveLength(6);
			expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(6);
		});
	});

	describe('when the 14:00 run dies after claiming', () => {
		it('holds the reminders while the lease runs, then sends each once in the next run', async () => {
			const tables = freshTables();
			await run(tables, '2026-03-02T14:00:00Z', 'died', 'exec-1');
			const during = await run(tables, '2026-03-02T14:10:00Z', 'sent', 'exec-2');
			expect(during.output('Keep Claimed', 0)).toEqual([]);
			expect(during.output('Keep Claimed', 1).map((item) => [item.json.reason, item.json.claimedBy])).toEqual(Array(6).fill(['claimedByAnother', 'exec-1']));
			const after = await run(tables, '2026-03-02T15:00:00Z', 'sent', 'exec-3');
			expect(keys(after, 'Keep Claimed').every((key) => key.endsWith('#2'))).toBe(true);
			expect(after.output('Keep Claimed', 0)).toHaveLength(6);
			expect(tables.rows('sent_log').filter((row) => row.status === 'sent')).toHaveLength(6);
		});
	});

	describe('when every send fails until the max lateness of 12 hours has passed', () => {
		it('returns the reminders on Skipped as tooLateAfterFailures with the attempts made', async () => {
			const tables = freshTables();
			await run(tables, '2026-03-02T14:00:00Z', 'failed', 'exec-1');
			await run(tables, '2026-03-02T15:00:00Z', 'failed', 'exec-2');
			// Due 09:00, so at 21:01 they are over 12 hours late.
			const late = await run(tables, '2026-03-02T21:01:00Z', 'sent', 'exec-3');
			expect(late.output('Due Reminders', 0)).toEqual([]);
			expect(late.output('Due Reminders', 1).map((item) => [item.json.reason, item.json.attempts, item.json.lastFailureReason])).toEqual(
				Array(6).fill(['tooLateAfterFailures', 2, 'Slack answered 500']),
			);
		});
	});
});
