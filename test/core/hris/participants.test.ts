import fc from 'fast-check';

import { toParticipants } from '../../../nodes/core/hris/participants';
import type { HrisPerson } from '../../../nodes/core/hris/person';

function person(sourceId: string | undefined, managerSourceId?: string, extra: Partial<HrisPerson> = {}): HrisPerson {
	return {
		system: 'hibob',
		sourceId,
		managerSourceId,
		status: 'current',
		email: sourceId ? `P${sourceId}@Example.com` : undefined,
		name: `Person ${sourceId}`,
		issues: [],
		...extra,
	};
}

describe('toParticipants', () => {
	describe('when every manager is in the result', () => {
		it('returns participants keyed by HRIS id with the manager id, no role and no warnings', () => {
			const [ceo, dev] = toParticipants([person('1'), person('2', '1')]);

			expect(ceo).toMatchObject({ index: 0, valid: true, warnings: [] });
			expect(ceo.participant).toMatchObject({ id: '1', email: 'p1@example.com', name: 'Person 1', capacity: 1, consent: false });
			expect(ceo.participant).not.toHaveProperty('role');
			expect(dev.participant.managerId).toBe('1');
		});

		it('resolves managers to emails when people are keyed by email', () => {
			const [, dev] = toParticipants([person('1'), person('2', '1')], { idFrom: 'email' });

			expect(dev.participant).toMatchObject({ id: 'p2@example.com', managerId: 'p1@example.com' });
			expect(dev.participant.answers).toMatchObject({ hrisId: '2', hrisSystem: 'hibob' });
		});

		it('gives everyone the role and program asked for', () => {
			const [entry] = toParticipants([person('1')], { role: 'mentor', programId: 'buddy-2026' });

			expect(entry.participant).toMatchObject({ role: 'mentor', programId: 'buddy-2026' });
		});
	});

	describe('when a manager is not in the result', () => {
		it('keeps the HRIS manager id and warns, without making the person invalid', () => {
			const [entry] = toParticipants([person('2', '404')], { idFrom: 'email' });

			expect(entry.valid).toBe(true);
			expect(entry.participant.managerId).toBe('404');
			expect(entry.warnings).toEqual([expect.objectContaining({ field: 'managerId', received: '404' })]);
		});
	});

	describe('when records are bad', () => {
		it('returns an invalid entry for each, with what could be read', () => {
			const entries = toParticipants([
				person('1', undefined, { email: 'not-an-email' }),
				person(undefined, undefined, { email: 'x@example.com', issues: [{ field: 'id', problem: 'is missing', expected: 'an id' }] }),
				person('3', undefined, { hireDate: '31-02-2024', terminationDate: 'soon' }),
			]);

			expect(entries.map((entry) => entry.valid)).toEqual([false, false, false]);
			expect(entries[0].participant.name).toBe('Person 1');
			// Without an HRIS id the person is keyed by email, as DESIGN.md says.
			expect(entries[1].participant.id).toBe('x@example.com');
			expect(entries[2].warnings.map((issue) => issue.field)).toEqual(['hireDate', 'terminationDate']);
		});

		it('marks the second of two people with one id as a duplicate', () => {
			const entries = toParticipants([person('1'), person('1')]);

			expect(entries.map((entry) => entry.valid)).toEqual([true, false]);
			expect(entries[1].warnings).toEqual([expect.objectContaining({ field: 'id', received: '1' })]);
		});

		it('turns dates with a time and offset into calendar dates', () => {
			const [entry] = toParticipants([
				person('1', undefined, { hireDate: '2014-11-09T00:00:00+01:00', lastPromotionDate: '2023-04-01' }),
			]);

			expect(entry.participant).toMatchObject({ hireDate: '2014-11-09', lastPromotionDate: '2023-04-01' });
		});
	});

	describe('for any reporting tree', () => {
		it('returns one entry per person, in order, with each manager id resolved to that manager', () => {
			// Person i reports to a random earlier person (or nobody), so every manager is in the result.
			const trees = fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 60 });
			fc.assert(
				fc.property(trees, (choices) => {
					const people = choices.map((choice, i) =>
						person(`e${i}`, choice === undefined || i === 0 ? undefined : `e${choice % i}`),
					);
					const entries = toParticipants(people, { idFrom: 'email' });
					expect(entries.map((entry) => entry.index)).toEqual(people.map((_, i) => i));
					entries.forEach((entry, i) => {
						const manager = people[i].managerSourceId;
						expect(entry.participant.managerId).toBe(manager === undefined ? undefined : `p${manager}@example.com`);
						expect(entry.warnings).toEqual([]);
					});
				}),
			);
		});
	});
});
