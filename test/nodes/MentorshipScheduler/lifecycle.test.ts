import { jsonOf, runScheduler, SCHEDULER } from './schedulerWorkflow';

const NOW = '2026-05-04T09:00:00.000Z';
const pair = (pairId: string, status: string, overrides: Record<string, string> = {}) => ({
	programId: 'spring-2026',
	pairId,
	status,
	mentorName: 'Ann de Vries',
	mentorEmail: 'ann@example.com',
	menteeName: 'Bo Smith',
	menteeEmail: `bo.${pairId}@example.com`,
	...overrides,
});

describe('Mentorship Scheduler, End Pair', () => {
	const parameters = { operation: 'endPair', endedBy: 'ann@example.com', reason: 'noFault', rematch: false, endingNow: NOW, programManagerEmail: 'pm@example.com' };

	describe('when one of three pair rows is not active', () => {
		it('ends the active ones and rejects the other with the field, each paired with its input item', async () => {
			const result = await runScheduler(parameters, { items: [pair('p1', 'active'), pair('p2', 'ended'), pair('p3', 'active')] });

			expect(result.error).toBeUndefined();
			expect(jsonOf(result, 0).map((item) => [item.pairId, item.status, item.endedBy])).toEqual([
				['p1', 'ended', 'mentor'],
				['p3', 'ended', 'mentor'],
			]);
			expect(result.output(SCHEDULER, 0).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			const [rejected] = result.output(SCHEDULER, 1);
			expect(rejected.pairedItem).toEqual({ item: 1 });
			expect(rejected.json).toMatchObject({ pairId: 'p2', field: 'status', error: 'Item 1, field "status": is ended, so the pair cannot end now' });
		});
	});
});

describe('Mentorship Scheduler, End Leavers’ Pairs', () => {
	it('ends only the pair of the person who left, paired with its pair row', async () => {
		const result = await runScheduler(
			{ operation: 'endLeavers', endingNow: NOW, programManagerEmail: '' },
			{ items: [pair('p1', 'active'), pair('p2', 'active')], secondInput: [{ email: 'BO.P2@example.com', terminationDate: '2026-05-01' }, { email: 'ann@example.com' }] },
		);

		expect(result.error).toBeUndefined();
		expect(jsonOf(result, 0).map((item) => [item.pairId, item.endedBy, item.endReason])).toEqual([['p2', 'hris', 'leftCompany']]);
		expect(result.output(SCHEDULER, 0)[0].pairedItem).toEqual({ item: 1 });
	});

	describe("when the program manager is an expression of each pair row's program", () => {
		it("tells each ending's own program manager", async () => {
			const result = await runScheduler(
				{ operation: 'endLeavers', endingNow: NOW, programManagerEmail: "={{ $json.programId === 'autumn-2026' ? 'autumn-pm@example.com' : 'spring-pm@example.com' }}" },
				{
					items: [pair('p1', 'active'), pair('p2', 'active', { programId: 'autumn-2026', mentorEmail: 'cy@example.com' })],
					secondInput: [{ email: 'bo.p1@example.com', terminationDate: '2026-05-01' }, { email: 'bo.p2@example.com', terminationDate: '2026-05-01' }],
				},
			);

			expect(result.error).toBeUndefined();
			const managers = jsonOf(result, 0).map((item) => [item.pairId, (item.notices as Array<{ audience: string; to: string }>).find((notice) => notice.audience === 'programManager')?.to]);
			expect(managers).toEqual([
				['p1', 'spring-pm@example.com'],
				['p2', 'autumn-pm@example.com'],
			]);
		});
	});
});

describe('Mentorship Scheduler, Close Program', () => {
	describe('when the program end is not a date', () => {
		it('stops with the parameter named, or gives error items under continue on fail', async () => {
			const parameters = { operation: 'closeProgram', closeProgramEnd: 'soon', closeNow: NOW, closeProgramName: 'Spring' };
			const stopped = await runScheduler(parameters, { items: [pair('p1', 'active')] });
			expect(stopped.error?.message).toContain('field "programEnd": is not a date');

			const continued = await runScheduler(parameters, { items: [pair('p1', 'active')], nodeSettings: { onError: 'continueRegularOutput' } });
			expect(continued.error).toBeUndefined();
			expect(continued.output(SCHEDULER, 0).map((item) => [item.pairedItem, String(item.json.error)])).toEqual([[{ item: 0 }, expect.stringContaining('programEnd')]]);
		});
	});
});
