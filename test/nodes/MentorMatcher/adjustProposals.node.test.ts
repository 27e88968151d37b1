import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/runWorkflow';
import { ADJUST_PROGRAM, ADJUSTED, adjustOrg, OWN_MENTOR, REVIEW, SKILLS_ONLY } from '../../core/matching/adjustOrg';
import { MATCHER, workflow } from './matcherWorkflow';

const people = adjustOrg() as unknown as IDataObject[];
const proposalRow = (menteeId: string, mentorId: string, runId: string): IDataObject => ({
	programId: ADJUST_PROGRAM,
	pairId: `${mentorId}-${menteeId}`,
	mentorId,
	menteeId,
	status: 'proposed',
	runId,
	score: 67,
});
// Run 41 is adjusted; run 40's leftover proposals (a different pairing) must not count.
const run41 = Object.entries(OWN_MENTOR).map(([mentee, mentor]) => proposalRow(mentee, mentor, '41'));
const run40 = [proposalRow('E01', 'M2', '40'), proposalRow('E12', 'M2', '40')];
const items = [...people, ...run41, ...run40];

const parameters = (adjustments: unknown): IDataObject => ({
	operation: 'adjustProposals',
	programId: ADJUST_PROGRAM,
	runId: '41',
	adjustments: typeof adjustments === 'string' ? adjustments : JSON.stringify(adjustments),
	adjustedBy: 'pm@example.com',
	adjustedAt: '2026-03-02T12:00:00.000Z',
	weights: SKILLS_ONLY,
	minScore: 10,
});

describe('Mentor Matcher node, Adjust Proposals', () => {
	describe('when the manager locks two pairs, drops one, moves one mentee and leaves one out', () => {
		it('outputs the pairs worked out by hand as the run’s new proposals, paired with both people and the old proposal', async () => {
			const result = await runWorkflow(workflow(parameters(REVIEW)), { start: { node: 'Start', items } });
			expect(result.status).toBe('success');
			const proposals = result.output(MATCHER, 0);
			expect(Object.fromEntries(proposals.map((item) => [item.json.menteeId, [item.json.mentorId, item.json.score]]))).toEqual(ADJUSTED);
			expect(proposals.every((item) => item.json.runId === '41')).toBe(true);
			const e03 = proposals.find((item) => item.json.menteeId === 'E03')!;
			// M2 is item 1, E03 item 8, run 41's proposal for E03 item 18 + 2.
			expect(e03.pairedItem).toEqual([{ item: 1 }, { item: 8 }, { item: 20 }]);
			const e05 = proposals.find((item) => item.json.menteeId === 'E05')!;
			expect(e05.json).toMatchObject({ origin: 'resolved', adjusted: true });
			expect(e05.pairedItem).toEqual([{ item: 3 }, { item: 10 }]);
		});

		it('sends the two refused moves to Refused with the rule named, and one audit row per adjustment to Audit', async () => {
			const result = await runWorkflow(workflow(parameters(REVIEW)), { start: { node: 'Start', items } });
			const refused = result.output(MATCHER, 3);
			expect(refused.map((item) => [item.json.menteeId, item.json.toMentorId, item.json.reason])).toEqual([
				['E10', 'M1', 'mentorFull'],
				['E07', 'M6', 'reportingLine'],
			]);
			expect(refused[1].json.message).toContain('rule "reportingLine"');
			expect(refused[1].pairedItem).toEqual([{ item: 12 }, { item: 5 }]);
			const audit = result.output(MATCHER, 4);
			expect(audit.map((item) => [item.json.action, item.json.outcome])).toEqual([
				['lock', 'applied'],
				['lock', 'applied'],
				['drop', 'applied'],
				['move', 'applied'],
				['leaveOut', 'applied'],
				['move', 'refused'],
				['move', 'refused'],
				['note', 'applied'],
			]);
			expect(audit[0].json).toMatchObject({ programId: ADJUST_PROGRAM, runId: '41', adjustedBy: 'pm@example.com', adjustedAt: '2026-03-02T12:00:00.000Z' });
		});

		it('summarises what changed and counts the other run’s rows as not used', async () => {
			const result = await runWorkflow(workflow(parameters(REVIEW)), { start: { node: 'Start', items } });
			const [summary] = result.output(MATCHER, 2);
			expect(summary.json).toMatchObject({
				before: { pairs: 12, totalScore: 804, lowestScore: 67 },
				after: { pairs: 11, totalScore: 635, lowestScore: 33 },
				proposalRows: 12,
				otherRunRows: 2,
				applied: 6,
				refused: 2,
			});
			expect(result.output(MATCHER, 1)).toEqual([]);
		});
	});

	describe('when the adjustments are forged or oversized', () => {
		it('stops with an error naming the parameter when the list is not a list', async () => {
			const result = await runWorkflow(workflow(parameters('{"action":"drop"}')), { start: { node: 'Start', items } });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Item 0, parameter "Adjustments": is not a list, expected a list of adjustments such as { action: "drop", mentorId, menteeId }');
		});

		it('refuses entries with unknown actions or people instead of failing the run', async () => {
			const forged = [{ action: 'promote', personId: 'E01' }, { action: 'lock', mentorId: 'M1', menteeId: 'nobody' }, { action: 'note', note: 'ok' }];
			const result = await runWorkflow(workflow(parameters(forged)), { start: { node: 'Start', items } });
			expect(result.output(MATCHER, 3).map((item) => item.json.reason)).toEqual(['invalid', 'unknownPerson']);
			expect(result.output(MATCHER, 0)).toHaveLength(12);
		});

		it('with Continue On Fail, puts the error on the Summary output paired with every input item', async () => {
			const tooMany = JSON.stringify(Array.from({ length: 5001 }, () => ({ action: 'note', note: 'n' })));
			const result = await runWorkflow(workflow(parameters(tooMany), { onError: 'continueRegularOutput' }), { start: { node: 'Start', items } });
			expect(result.status).toBe('success');
			const [error] = result.output(MATCHER, 2);
			expect(error.json.error).toBe('Item 0, parameter "Adjustments": holds 5001 entries, expected at most 5000 adjustments');
			expect(error.pairedItem).toHaveLength(items.length);
			expect(result.output(MATCHER, 0)).toEqual([]);
		});
	});

	describe('when the operation is Match', () => {
		it('still has its three outputs', async () => {
			const result = await runWorkflow(workflow({ operation: 'match', weights: SKILLS_ONLY, minScore: 10 }), { start: { node: 'Start', items: people } });
			expect(result.outputs(MATCHER)).toHaveLength(3);
			expect(result.output(MATCHER, 0)).toHaveLength(12);
		});
	});
});
