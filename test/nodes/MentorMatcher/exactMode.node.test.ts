import type { IDataObject } from 'n8n-workflow';

import { prepareMatching } from '../../../nodes/core/matching/match';
import { objectiveWeight } from '../../../nodes/core/matching/objective';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import type { Objective } from '../../../nodes/core/matching/types';
import { fullGraphOptimum } from '../../core/matching/fullGraphOptimum';
import { scarceOrg } from '../../core/matching/scarceOrg';
import { runWorkflow } from '../../harness/runWorkflow';
import { MATCHER, workflow as matcherWorkflow } from './matcherWorkflow';

const AT = '2026-03-02T12:00:00Z';
const RULES = { reportingLine: true, sameDepartment: false };

const workflow = (objective: Objective, exact: boolean) =>
	matcherWorkflow({ operation: 'match', minScore: 30, objective, exact, rules: RULES, options: { referenceDate: AT, candidatesPerMentee: 2 } });

describe('Mentor Matcher node', () => {
	describe('when exact mode matches a scarce-mentor, flat-score program of 300 mentees and 75 mentors', () => {
		const participants = scarceOrg({ people: 375, seed: 5 });
		const [program] = prepareMatching({ participants, kind: 'mentoring', rules: RULES, minScore: 30, at: new Date(AT) });

		it.each<Objective>(['totalScore', 'mostMatched'])('returns pairs worth the full-graph optimum for objective %s, from 2 candidates per mentee', async (objective) => {
			const result = await runWorkflow(workflow(objective, true), { start: { node: 'Start', items: participants as unknown as IDataObject[] } });
			expect(result.status).toBe('success');
			const { context } = program;
			const weightOf = objectiveWeight({ objective, maxPoints: context.maxPoints, menteeCount: context.mentees.length });
			const byId = new Map(participants.map((person) => [person.id, person]));
			let total = 0;
			for (const { json } of result.output(MATCHER, 0)) {
				const facts = evaluatePair(context, byId.get(json.mentorId as string)!, byId.get(json.menteeId as string)!);
				expect(facts.broken).toEqual([]);
				total += weightOf(facts.points);
			}
			expect(total).toBe(fullGraphOptimum(context, program.minPoints, objective));
			expect(result.output(MATCHER, 2)[0].json).toMatchObject({ optimal: true });
		});

		it('returns no more pairs without exact mode, and does not claim the result optimal', async () => {
			const result = await runWorkflow(workflow('totalScore', false), { start: { node: 'Start', items: participants as unknown as IDataObject[] } });
			const exact = await runWorkflow(workflow('totalScore', true), { start: { node: 'Start', items: participants as unknown as IDataObject[] } });
			expect(result.output(MATCHER, 0).length).toBeLessThanOrEqual(exact.output(MATCHER, 0).length);
			expect(result.output(MATCHER, 2)[0].json).toMatchObject({ optimal: false });
		});
	});
});
