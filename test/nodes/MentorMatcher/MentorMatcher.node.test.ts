import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/runWorkflow';
import { MATCHER, matcherWorkflow } from './matcherWorkflow';

const workflow = matcherWorkflow;

const person = (id: string, role: string, extra: IDataObject = {}): IDataObject => ({
	id,
	email: `${id}@example.com`,
	name: `Person ${id}`,
	role,
	languages: ['en'],
	...extra,
});

// A head of department manages two leads; each lead manages one mentee.
const roster = [
	person('head', 'mentor', { level: 6, department: 'sales', skillsOffered: ['negotiation', 'strategy'] }),
	person('lead-a', 'mentor', { level: 5, department: 'sales', managerId: 'head', skillsOffered: ['negotiation'] }),
	person('lead-b', 'mentor', { level: 5, department: 'it', managerId: 'head', skillsOffered: ['sql', 'go'] }),
	person('ann', 'mentee', { level: 3, department: 'it', managerId: 'lead-b', skillsWanted: ['negotiation'] }),
	person('bob', 'mentee', { level: 3, department: 'sales', managerId: 'lead-a', skillsWanted: ['sql'] }),
];

describe('Mentor Matcher node', () => {
	describe('when it matches a small roster', () => {
		it('returns pairs outside every reporting line, each with reasons and paired items', async () => {
			const result = await runWorkflow(workflow({ operation: 'match' }), { start: { node: 'Start', items: roster } });
			expect(result.status).toBe('success');
			const matches = result.output(MATCHER, 0);
			// By hand: head manages everyone, lead-b manages ann, lead-a manages bob. So ann
			// can only have lead-a and bob only lead-b.
			expect(matches.map((item) => [item.json.mentorId, item.json.menteeId]).sort()).toEqual([
				['lead-a', 'ann'],
				['lead-b', 'bob'],
			]);
			const annPair = matches.find((item) => item.json.menteeId === 'ann')!;
			expect(annPair.json.reasons).toContain('shares 1 of 1 wanted skills: negotiation');
			expect(annPair.pairedItem).toEqual([{ item: 1 }, { item: 3 }]);
			expect(typeof annPair.json.pairId).toBe('string');

			const unmatched = result.output(MATCHER, 1);
			expect(unmatched.map((item) => [item.json.id, item.json.reason])).toEqual([['head', 'noEligibleMentee']]);
			expect(unmatched[0].pairedItem).toEqual({ item: 0 });

			const [summary] = result.output(MATCHER, 2);
			expect(summary.json).toMatchObject({ mentees: 2, matchedMentees: 2, matchRate: 1, optimal: true, orgIssues: [] });
			expect(summary.pairedItem).toHaveLength(5);
		});

		it('keeps a locked pair and fills the rest around it', async () => {
			const items = [...roster, { mentorId: 'lead-b', menteeId: 'bob', status: 'locked' }];
			const result = await runWorkflow(workflow({ operation: 'match' }), { start: { node: 'Start', items } });
			const matches = result.output(MATCHER, 0);
			expect(matches.find((item) => item.json.locked === true)?.json).toMatchObject({ mentorId: 'lead-b', menteeId: 'bob' });
			expect(matches.find((item) => item.json.menteeId === 'ann')?.json.mentorId).toBe('lead-a');
		});
	});

	describe('when it suggests mentors', () => {
		it('returns each mentee’s allowed mentors best first, with paired items', async () => {
			const result = await runWorkflow(workflow({ operation: 'suggest', perMentee: 2, respectFreePlaces: false }), {
				start: { node: 'Start', items: roster },
			});
			expect(result.status).toBe('success');
			const lists = result.output(MATCHER, 0);
			const ann = lists.find((item) => item.json.menteeId === 'ann')!;
			// Only lead-a is outside ann's reporting line (head and lead-b manage her).
			expect((ann.json.suggestions as IDataObject[]).map((entry) => entry.mentorId)).toEqual(['lead-a']);
			expect(ann.pairedItem).toEqual([{ item: 3 }, { item: 1 }]);
		});
	});

	describe('when it matches stably', () => {
		it('returns the stable pairs with the optimum next to them', async () => {
			const result = await runWorkflow(workflow({ operation: 'stable' }), { start: { node: 'Start', items: roster } });
			expect(result.status).toBe('success');
			// Each mentee has exactly one allowed mentor (see above), so stable and optimal agree.
			expect(result.output(MATCHER, 0).map((item) => [item.json.mentorId, item.json.menteeId]).sort()).toEqual([
				['lead-a', 'ann'],
				['lead-b', 'bob'],
			]);
			const [summary] = result.output(MATCHER, 2);
			expect(summary.json).toMatchObject({ matchedMentees: 2, shareOfOptimum: 1, blockingPairsStable: 0 });
			expect(summary.json.stableTotalScore).toBe(summary.json.optimalTotalScore);
		});
	});

	describe('when it pairs peers', () => {
		// a and b work in sales, c and d in IT; a and c both like chess, b and d music.
		const peers = [
			person('a', 'both', { department: 'sales', interests: ['chess'] }),
			person('b', 'both', { department: 'sales', interests: ['music'] }),
			person('c', 'both', { department: 'it', interests: ['chess'] }),
			person('d', 'both', { department: 'it', interests: ['music'] }),
		];

		it('returns the pairs across departments with shared interests', async () => {
			const result = await runWorkflow(workflow({ operation: 'pairPeers', peerObjective: 'maxCardinality', trios: true }), {
				start: { node: 'Start', items: peers },
			});
			expect(result.status).toBe('success');
			// By hand: a-c and b-d each gain department and interest points; any other split gains less.
			const groups = result.output(MATCHER, 0);
			expect(groups.map((item) => item.json.memberIds)).toEqual([
				['a', 'c'],
				['b', 'd'],
			]);
			expect(groups[0].pairedItem).toEqual([{ item: 0 }, { item: 2 }]);
		});

		it('never repeats an earlier pairing', async () => {
			const items = [...peers, { mentorId: 'a', menteeId: 'c', status: 'ended' }];
			const result = await runWorkflow(workflow({ operation: 'pairPeers', peerObjective: 'maxCardinality', trios: true }), {
				start: { node: 'Start', items },
			});
			// Without a-c, the only split of four that crosses departments is a-d and b-c.
			expect(result.output(MATCHER, 0).map((item) => item.json.memberIds)).toEqual([
				['a', 'd'],
				['b', 'c'],
			]);
		});
	});

	describe('when the input is bad', () => {
		const run = (items: IDataObject[], parameters: IDataObject = { operation: 'match' }, settings: IDataObject = {}) =>
			runWorkflow(workflow(parameters, settings), { start: { node: 'Start', items } });

		it('returns an error naming the item and field for a duplicate id', async () => {
			const result = await run([...roster, person('ann', 'mentee')]);
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/Item 5, field "id"/);
		});

		it('returns an error naming the capacity of a mentor with no places', async () => {
			for (const capacity of [0, -1]) {
				const result = await run([person('m', 'mentor', { capacity }), person('e', 'mentee')]);
				expect(result.status).toBe('error');
				expect(result.error?.message).toMatch(/Item 0, field "capacity"/);
			}
		});

		it('returns an error for a mentee who nominates themselves', async () => {
			const result = await run([person('m', 'mentor'), person('e', 'mentee', { nominations: ['e@example.com'] })]);
			expect(result.error?.message).toMatch(/Item 1, field "nominations"/);
		});

		it('reports an unknown manager and a manager cycle in the summary by default', async () => {
			const items = [
				person('m', 'mentor', { managerId: 'ghost' }),
				person('x', 'mentor', { managerId: 'y' }),
				person('y', 'mentee', { managerId: 'x' }),
			];
			const result = await run(items);
			expect(result.status).toBe('success');
			const [summary] = result.output(MATCHER, 2);
			const issues = summary.json.orgIssues as string[];
			expect(issues.some((text) => text.includes('"ghost" is not in the input'))).toBe(true);
			expect(issues.some((text) => text.startsWith('Reporting lines form a cycle'))).toBe(true);
			// x and y manage each other, so y may only get m.
			expect(result.output(MATCHER, 0).map((item) => item.json.mentorId)).toEqual(['m']);
		});

		it('stops with an error naming the item when asked to fail on org problems', async () => {
			const result = await run([person('m', 'mentor', { managerId: 'ghost' }), person('e', 'mentee')], {
				operation: 'match',
				options: { orgChartProblems: 'fail', referenceDate: '2026-03-02T12:00:00Z' },
			});
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/Item 0, field "managerId".*ghost/);
		});

		it('returns error items with paired items under continue on fail, and matches the rest', async () => {
			const result = await run([...roster, person('ann', 'mentee'), { email: 'not-an-email', name: 'X', role: 'mentee' }], { operation: 'match' }, { onError: 'continueRegularOutput' });
			expect(result.status).toBe('success');
			const errors = result.output(MATCHER, 1).filter((item) => item.json.error !== undefined);
			expect(errors.map((item) => item.pairedItem)).toEqual([{ item: 5 }, { item: 6 }]);
			expect(errors[1].json.error).toMatch(/Item 6, field "email"/);
			expect(result.output(MATCHER, 0)).toHaveLength(2);
		});
	});
});
