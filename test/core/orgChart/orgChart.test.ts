import fc from 'fast-check';

import { buildOrgChart } from '../../../nodes/core/orgChart/orgChart';

/** Reference: walk manager links one step at a time, stopping at a repeat. */
function naiveAncestors(managers: Map<string, string | undefined>, id: string): string[] {
	const result: string[] = [];
	const seen = new Set([id]);
	let current = managers.get(id);
	while (current !== undefined && managers.has(current) && !seen.has(current)) {
		result.push(current);
		seen.add(current);
		current = managers.get(current);
	}
	return result;
}

/** Reference: A manages B when A is among B's ancestors, or both sit on one cycle. */
function naiveManages(managers: Map<string, string | undefined>, a: string, b: string): boolean {
	if (a === b) return false;
	return naiveAncestors(managers, b).includes(a);
}

describe('buildOrgChart', () => {
	const chart = buildOrgChart([
		{ id: 'ceo' },
		{ id: 'cto', managerId: 'ceo' },
		{ id: 'cfo', managerId: 'ceo' },
		{ id: 'dev1', managerId: 'cto' },
		{ id: 'dev2', managerId: 'cto' },
		{ id: 'acct', managerId: 'cfo' },
	]);

	describe('when the reporting lines form a tree', () => {
		it('lists the managers above a person, nearest first', () => {
			expect(chart.ancestors('dev1')).toEqual(['cto', 'ceo']);
			expect(chart.ancestors('ceo')).toEqual([]);
		});

		it('says who is in whose reporting line, in either direction', () => {
			expect(chart.inReportingLine('ceo', 'dev1')).toBe(true);
			expect(chart.inReportingLine('dev1', 'ceo')).toBe(true);
			expect(chart.inReportingLine('dev1', 'dev2')).toBe(false);
			expect(chart.inReportingLine('cto', 'acct')).toBe(false);
			expect(chart.manages('cto', 'dev2')).toBe(true);
			expect(chart.manages('dev2', 'cto')).toBe(false);
		});

		it('measures the distance through the lowest common manager', () => {
			// dev1 -> cto -> ceo (2 up), ceo -> cfo -> acct (2 down).
			expect(chart.distance('dev1', 'acct')).toEqual({ up: 2, down: 2, commonManager: 'ceo' });
			expect(chart.distance('dev1', 'dev2')).toEqual({ up: 1, down: 1, commonManager: 'cto' });
			expect(chart.distance('cto', 'dev1')).toEqual({ up: 0, down: 1, commonManager: 'cto' });
		});

		it('counts the people below a manager', () => {
			expect(chart.reportCount('ceo')).toBe(5);
			expect(chart.reportCount('cto')).toBe(2);
			expect(chart.reportCount('dev1')).toBe(0);
		});

		it('reports no issues', () => {
			expect(chart.issues).toEqual([]);
		});
	});

	describe('when the HR data is broken', () => {
		const broken = buildOrgChart([
			{ id: 'a', managerId: 'b' },
			{ id: 'b', managerId: 'c' },
			{ id: 'c', managerId: 'a' },
			{ id: 'd', managerId: 'a' },
			{ id: 'e', managerId: 'ghost' },
			{ id: 'f', managerId: 'f' },
			{ id: 'f', managerId: 'e' },
		]);

		it('reports the cycle, the unknown manager, the self-manager and the duplicate with their ids', () => {
			expect(broken.issues).toEqual(
				expect.arrayContaining([
					{ kind: 'cycle', ids: ['a', 'b', 'c'] },
					{ kind: 'unknownManager', id: 'e', managerId: 'ghost' },
					{ kind: 'selfManaged', id: 'f' },
					{ kind: 'duplicateId', id: 'f' },
				]),
			);
			expect(broken.issues).toHaveLength(4);
		});

		it('treats the members of a cycle as in each other\'s reporting line and above those who report into it', () => {
			expect(broken.inReportingLine('a', 'c')).toBe(true);
			expect(broken.manages('b', 'd')).toBe(true);
			expect(broken.ancestors('d')).toEqual(['a', 'b', 'c']);
			expect(broken.inReportingLine('e', 'a')).toBe(false);
		});
	});

	describe('for any random manager graph, cycles included', () => {
		it('agrees with a step-by-step walk of the manager links', () => {
			fc.assert(
				fc.property(fc.array(fc.option(fc.nat(14), { nil: undefined }), { minLength: 1, maxLength: 15 }), (links) => {
					const members = links.map((manager, index) => ({ id: `p${index}`, managerId: manager === undefined ? undefined : `p${manager}` }));
					const managers = new Map(members.map((member) => [member.id, member.managerId === member.id ? undefined : member.managerId]));
					const org = buildOrgChart(members);
					for (const a of members) {
						expect(org.ancestors(a.id)).toEqual(naiveAncestors(managers, a.id));
						for (const b of members) {
							expect(org.manages(a.id, b.id)).toBe(naiveManages(managers, a.id, b.id));
							expect(org.inReportingLine(a.id, b.id)).toBe(naiveManages(managers, a.id, b.id) || naiveManages(managers, b.id, a.id));
						}
					}
				}),
				{ numRuns: 300, seed: 7 },
			);
		});
	});
});
