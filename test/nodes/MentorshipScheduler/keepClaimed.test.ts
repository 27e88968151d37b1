import type { IDataObject } from 'n8n-workflow';

import { DUE_ON_START_DAY as due, jsonOf, matchItem, runScheduler, SCHEDULER } from './schedulerWorkflow';
const pairs = [matchItem(), matchItem({ pairId: 'pair-2', mentorTimezone: 'Asia/Tokyo', menteeTimezone: 'Europe/London' })];

/** The claims table shared by every run, numbering rows in insertion order as a Data Table does. */
class ClaimStore {
	rows: IDataObject[] = [];

	insert(executionId: string, reminders: IDataObject[]) {
		for (const reminder of reminders) {
			this.rows.push({ id: this.rows.length + 1, dedupeKey: reminder.dedupeKey, claimKey: reminder.claimKey, attempt: reminder.attempt, executionId, claimedAt: due.now });
		}
	}
}

async function dueRemindersRun(executionId: string, store: ClaimStore): Promise<IDataObject[]> {
	const result = await runScheduler(due, { items: pairs, secondInput: [], executionId });
	const reminders = jsonOf(result);
	store.insert(executionId, reminders);
	return reminders;
}

async function keepClaimedRun(executionId: string, reminders: IDataObject[], claims: IDataObject[]) {
	return await runScheduler({ operation: 'keepClaimed', executionId }, { items: reminders, secondInput: claims });
}

describe('Mentorship Scheduler, Keep Claimed', () => {
	describe('when two executions start at the same instant against one store', () => {
		it('returns each reminder on Won in exactly one of them', async () => {
			const store = new ClaimStore();
			const [a, b] = await Promise.all([dueRemindersRun('exec-a', store), dueRemindersRun('exec-b', store)]);
			expect(a.length).toBeGreaterThan(0);
			const [wonA, wonB] = await Promise.all([keepClaimedRun('exec-a', a, [...store.rows]), keepClaimedRun('exec-b', b, [...store.rows])]);
			const sent = [...jsonOf(wonA), ...jsonOf(wonB)].map((item) => item.dedupeKey);
			expect(sent.sort()).toEqual(a.map((item) => item.dedupeKey).sort());
			expect(jsonOf(wonA, 1).length + jsonOf(wonB, 1).length).toBe(a.length);
		});
	});

	describe('when one execution reads its claims back before the other has written any', () => {
		it('returns each reminder on Won in exactly one of them', async () => {
			const store = new ClaimStore();
			const first = await dueRemindersRun('exec-1', store);
			const firstWon = jsonOf(await keepClaimedRun('exec-1', first, [...store.rows]));
			const second = await dueRemindersRun('exec-2', store);
			const secondResult = await keepClaimedRun('exec-2', second, [...store.rows]);
			expect(firstWon.length).toBe(first.length);
			expect(jsonOf(secondResult)).toEqual([]);
			expect(jsonOf(secondResult, 1).every((item) => item.reason === 'claimedByAnother' && item.lostReason === 'Claimed first by execution exec-1, which sends it')).toBe(true);
		});
	});

	describe('when a reminder has no claim read back', () => {
		it('returns it on Lost with the reason, paired with its input item', async () => {
			const result = await keepClaimedRun('exec-1', [{ dedupeKey: 'k1', claimKey: 'k1#1' }, { dedupeKey: 'k2', claimKey: 'k2#1' }], [{ id: 1, dedupeKey: 'k1', claimKey: 'k1#1', executionId: 'exec-1' }]);
			expect(result.output(SCHEDULER, 0).map((item) => [item.json.dedupeKey, item.pairedItem])).toEqual([['k1', { item: 0 }]]);
			expect(result.output(SCHEDULER, 1).map((item) => [item.json.dedupeKey, item.json.reason, item.pairedItem])).toEqual([['k2', 'noClaimRead', { item: 1 }]]);
		});
	});

	describe('when a claim of the key has no row id', () => {
		it('returns the reminder on Lost as unorderable, even to the execution holding the lowest id', async () => {
			const claims = [{ id: 1, claimKey: 'k1#1', executionId: 'exec-1' }, { claimKey: 'k1#1', executionId: 'exec-2' }];
			const result = await keepClaimedRun('exec-1', [{ dedupeKey: 'k1', claimKey: 'k1#1' }], claims);
			expect(jsonOf(result)).toEqual([]);
			expect(jsonOf(result, 1).map((item) => [item.reason, item.claimedBy])).toEqual([['unorderableClaims', null]]);
		});
	});

	describe('when an earlier attempt of the reminder was claimed by another execution', () => {
		it('returns the new attempt on Won: claims of other attempts do not count', async () => {
			const claims = [{ id: 1, claimKey: 'k1#1', executionId: 'exec-0' }, { id: 2, claimKey: 'k1#2', executionId: 'exec-1' }];
			const result = await keepClaimedRun('exec-1', [{ dedupeKey: 'k1', claimKey: 'k1#2', attempt: 2 }], claims);
			expect(jsonOf(result).map((item) => item.claimKey)).toEqual(['k1#2']);
		});
	});
});
