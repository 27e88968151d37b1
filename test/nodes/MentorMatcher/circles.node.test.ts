import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/runWorkflow';
import { MATCHER, workflow } from './matcherWorkflow';

const person = (id: string, role: string, extra: IDataObject = {}): IDataObject => ({ id, email: `${id}@example.com`, name: `Person ${id}`, role, ...extra });

// Only skills count, so a pair's score is the share of the mentee's wanted skills the mentor offers.
const skillsOnly = { nomination: 0, skills: 100, goals: 0, interests: 0, level: 0, department: 0, timezone: 0, language: 0, location: 0, orgDistance: 0 };

// sqlMentor offers sql, designMentor design; e1..e5 want sql, e6 and e7 design; e5 reports to sqlMentor.
const roster = [
	person('sqlMentor', 'mentor', { skillsOffered: ['sql'] }),
	person('designMentor', 'mentor', { skillsOffered: ['design'] }),
	...['e1', 'e2', 'e3', 'e4'].map((id) => person(id, 'mentee', { skillsWanted: ['sql'] })),
	person('e5', 'mentee', { skillsWanted: ['sql'], managerId: 'sqlMentor' }),
	person('e6', 'mentee', { skillsWanted: ['design'] }),
	person('e7', 'mentee', { skillsWanted: ['design'] }),
];

const groupMatch = (extra: IDataObject = {}) => workflow({ operation: 'match', programKind: 'group', weights: skillsOnly, circleSizeMin: 3, circleSizeMax: 4, ...extra });

describe('Mentor Matcher node in a group program', () => {
	describe('when it matches 2 mentors and 7 mentees into circles of 3 to 4', () => {
		it('returns one item per circle with the members worked out by hand, paired with every member', async () => {
			const result = await runWorkflow(groupMatch(), { start: { node: 'Start', items: roster } });
			expect(result.status).toBe('success');
			const circles = result.output(MATCHER, 0);
			// By hand: all 7 fit only as 4 + 3; e5 cannot be with the manager sqlMentor, so sqlMentor takes e1..e4 (4 × 100)
			// and designMentor e5, e6, e7 (0 + 100 + 100).
			expect(circles.map((item) => [item.json.mentorId, (item.json.mentees as IDataObject[]).map((m) => m.id)])).toEqual([
				['designMentor', ['e5', 'e6', 'e7']],
				['sqlMentor', ['e1', 'e2', 'e3', 'e4']],
			]);
			expect(circles[0].pairedItem).toEqual([{ item: 1 }, { item: 6 }, { item: 7 }, { item: 8 }]);
			expect(circles[0].json.memberEmails).toEqual(['designmentor@example.com', 'e5@example.com', 'e6@example.com', 'e7@example.com']);
			expect((circles[0].json.pairs as IDataObject[]).map((pair) => pair.score)).toEqual([0, 100, 100]);

			expect(result.output(MATCHER, 1)).toEqual([]);
			const [summary] = result.output(MATCHER, 2);
			expect(summary.json).toMatchObject({ kind: 'group', placedMentees: 7, circles: 2, totalScore: 600, optimal: true, invalidPeople: 0 });
			expect(summary.pairedItem).toHaveLength(9);
		});
	});

	describe('when a person cannot be read', () => {
		it('returns the person in Unmatched with the reason and circles from the rest', async () => {
			const items = [...roster, person('broken', 'mentee', { email: 'not an email' })];
			const result = await runWorkflow(groupMatch(), { start: { node: 'Start', items } });
			const unmatched = result.output(MATCHER, 1);
			expect(unmatched.map((item) => [item.json.reason, item.pairedItem])).toEqual([['invalid', { item: 9 }]]);
			expect(result.output(MATCHER, 0)).toHaveLength(2);
		});
	});

	describe('when the minimum circle size is above the maximum', () => {
		it('fails with an error that names both sizes', async () => {
			const result = await runWorkflow(groupMatch({ circleSizeMin: 5, circleSizeMax: 4 }), { start: { node: 'Start', items: roster } });
			expect(result.status).toBe('error');
			expect(result.error?.message).toContain('Circle sizes from 5 to 4 cannot be used');
		});
	});
});

describe('Mentor Matcher in a group program read from its program record', () => {
	// e1..e4 asked not to be with designMentor and e5..e7 not with sqlMentor, so each mentee has one possible circle.
	const people = [
		person('sqlMentor', 'mentor', { languages: ['en'] }),
		person('designMentor', 'mentor', { languages: ['en'] }),
		...['e1', 'e2', 'e3', 'e4'].map((id) => person(id, 'mentee', { languages: ['en'], exclusions: ['designMentor'] })),
		...['e5', 'e6', 'e7'].map((id) => person(id, 'mentee', { languages: ['en'], exclusions: ['sqlMentor'] })),
	];
	const record = (sizes: IDataObject) => ({ programId: 'circles-2026', name: 'Circles', managerEmail: 'people@example.com', start: '2026-09-01', kind: 'group', ...sizes });
	const run = async (sizes: IDataObject) =>
		await runWorkflow(workflow({ operation: 'match', settingsSource: 'programRecord', programRecord: JSON.stringify(record(sizes)) }), { start: { node: 'Start', items: people } });

	describe('when the record allows circles of 3 to 4', () => {
		it('returns both circles whole, although the node itself says mentoring', async () => {
			const result = await run({ circleSizeMin: 3, circleSizeMax: 4 });
			expect(result.output(MATCHER, 0).map((item) => [item.json.mentorId, item.json.size])).toEqual([
				['designMentor', 3],
				['sqlMentor', 4],
			]);
		});
	});

	describe('when the record allows at most 3 mentees a circle', () => {
		it('returns one of e1..e4 unplaced, with the reason', async () => {
			const result = await run({ circleSizeMin: 3, circleSizeMax: 3 });
			expect(result.output(MATCHER, 0).map((item) => item.json.size)).toEqual([3, 3]);
			const unmatched = result.output(MATCHER, 1).map((item) => item.json);
			expect(unmatched).toHaveLength(1);
			expect(unmatched[0]).toMatchObject({ role: 'mentee', reason: 'capacityExhausted' });
			expect(['e1', 'e2', 'e3', 'e4']).toContain(unmatched[0].id);
		});
	});
});
