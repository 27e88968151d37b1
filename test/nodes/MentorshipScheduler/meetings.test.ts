import { jsonOf, runScheduler, SCHEDULER } from './schedulerWorkflow';

/** A verified link as Mentorship Link (Verify Link) hands it on: the input item plus its claims under `link`. */
const verified = (subject: string, purpose: string, person = 'ann@example.com', role = 'mentee') => ({
	token: 'not read by Log Meeting',
	submittedAt: '2026-03-10T16:30:00.000+01:00',
	link: { programId: 'mentoring-2026', subject, person, role, purpose, expiresAt: '2026-04-09T15:30:00.000Z' },
});

describe('Mentorship Scheduler, Log Meeting', () => {
	describe('when verified "We met" and "Not yet" clicks come in', () => {
		it('returns one meeting row per click on Meetings, paired with its click, at the click time in UTC', async () => {
			const result = await runScheduler(
				{ operation: 'logMeeting', clickedAt: '={{ $json.submittedAt }}' },
				{ items: [verified('pair-1#2', 'weMet'), verified('pair-1#3', 'notYet', 'bo@example.com', 'mentor')] },
			);

			expect(result.output(SCHEDULER, 0).map((item) => [item.json, item.pairedItem])).toEqual([
				[{ programId: 'mentoring-2026', pairId: 'pair-1', session: 2, personId: 'ann@example.com', role: 'mentee', outcome: 'met', recordedAt: '2026-03-10T15:30:00.000Z' }, { item: 0 }],
				[{ programId: 'mentoring-2026', pairId: 'pair-1', session: 3, personId: 'bo@example.com', role: 'mentor', outcome: 'notYet', recordedAt: '2026-03-10T15:30:00.000Z' }, { item: 1 }],
			]);
			expect(jsonOf(result, 1)).toEqual([]);
		});
	});

	describe('when an item is no meeting click', () => {
		it('returns it on Rejected naming the item and the field, and goes on with the others', async () => {
			const result = await runScheduler(
				{ operation: 'logMeeting', clickedAt: '2026-03-10T15:30:00.000Z' },
				{ items: [verified('pair-1', 'weMet'), verified('pair-1#1', 'checkInMidpoint'), { token: 'x' }, verified('pair-2#1', 'weMet')] },
			);

			expect(jsonOf(result).map((row) => row.pairId)).toEqual(['pair-2']);
			expect(result.output(SCHEDULER, 1).map((item) => [item.json.error, item.json.field, item.pairedItem])).toEqual([
				['Item 0, field "subject": is not a meeting link subject', 'subject', { item: 0 }],
				['Item 1, field "purpose": is not a meeting link purpose', 'purpose', { item: 1 }],
				['Item 2, field "link.programId": is missing; field "link.subject": is missing; field "link.person": is missing; field "link.role": is missing; field "link.purpose": is missing', 'link.programId', { item: 2 }],
			]);
		});
	});

	describe('when Clicked At is not a time', () => {
		it('returns an error item naming the item and the parameter under Continue On Fail', async () => {
			const result = await runScheduler(
				{ operation: 'logMeeting', clickedAt: 'yesterday' },
				{ items: [verified('pair-1#1', 'weMet')], nodeSettings: { onError: 'continueRegularOutput' } },
			);

			expect(result.output(SCHEDULER, 1).map((item) => [item.json.error, item.pairedItem])).toEqual([['Item 0, parameter "Clicked At": "yesterday" is not a date and time', { item: 0 }]]);
		});
	});
});

describe('Mentorship Scheduler, Count Meetings', () => {
	describe('when rows of two pairs come in, one of them unreadable', () => {
		it('returns one tally per pair, paired with all its rows, and the bad row on Rejected', async () => {
			const row = (pairId: string, session: number | string, outcome: string, recordedAt: string) => ({ programId: 'mentoring-2026', pairId, session, outcome, recordedAt, personId: 'x' });
			const result = await runScheduler(
				{ operation: 'countMeetings' },
				{
					items: [
						row('pair-1', 1, 'met', '2026-03-03T16:00:00.000Z'),
						row('pair-2', 1, 'notYet', '2026-03-03T17:00:00.000Z'),
						row('pair-1', 1, 'met', '2026-03-04T08:00:00.000Z'),
						row('pair-1', 'two', 'met', '2026-03-17T16:00:00.000Z'),
						row('pair-1', 2, 'met', '2026-03-17T16:00:00.000Z'),
					],
				},
			);

			expect(result.output(SCHEDULER, 0).map((item) => [item.json, item.pairedItem])).toEqual([
				[{ programId: 'mentoring-2026', pairId: 'pair-1', meetingCount: 2, lastMeetingAt: '2026-03-17T16:00:00.000Z', notYetCount: 0 }, [{ item: 0 }, { item: 2 }, { item: 4 }]],
				[{ programId: 'mentoring-2026', pairId: 'pair-2', meetingCount: 0, lastMeetingAt: null, notYetCount: 1 }, [{ item: 1 }]],
			]);
			expect(result.output(SCHEDULER, 1).map((item) => [item.json.field, item.pairedItem])).toEqual([['session', { item: 3 }]]);
		});
	});
});
