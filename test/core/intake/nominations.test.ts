import fc from 'fast-check';

import { runIntake } from '../../../nodes/core/intake';
import { indexMentors, resolveNominations } from '../../../nodes/core/intake/nominations';
import type { RosterEntry } from '../../../nodes/core/intake/roster';

const mentor = (email: string, name: string, extra: Partial<RosterEntry['participant']> = {}, status = 'enrolled'): RosterEntry => ({
	participant: { email, name, role: 'mentor', id: email, programId: 'p1', ...extra },
	status,
});

const ENTRIES: RosterEntry[] = [
	mentor('ann@example.com', 'Ann de Vries', { id: 'E100' }),
	mentor('bo@example.com', 'Bo Jansen'),
	mentor('bo.j@example.com', 'Bo Jansen'),
	mentor('cees@example.com', 'Cees Bakker', {}, 'withdrawn'),
	{ participant: { email: 'dirk@example.com', name: 'Dirk Mentee', role: 'mentee', id: 'dirk@example.com' }, status: 'enrolled' },
	mentor('eva@example.com', 'Eva Peer', { role: 'both' }),
];

describe('resolveNominations', () => {
	const directory = indexMentors(ENTRIES);

	describe('when the applicant names mentors by name, email or employee id', () => {
		it('returns each mentor once as their email, in the order typed', () => {
			expect(resolveNominations('ann de vries; EVA@example.com\nE100, Eva Peer', directory)).toEqual({ nominations: ['ann@example.com', 'eva@example.com'], unresolved: [] });
		});

		it('ignores accents, case and punctuation in names', () => {
			expect(resolveNominations('Ann  de  Vriës', directory).nominations).toEqual(['ann@example.com']);
		});
	});

	describe('when a name matches no mentor, or two', () => {
		it('drops it and reports it with a sentence for the applicant', () => {
			expect(resolveNominations('Bo Jansen, Jan Smit, Dirk Mentee, Cees Bakker', directory)).toEqual({
				nominations: [],
				unresolved: [
					{ value: 'Bo Jansen', problem: 'ambiguous', message: '"Bo Jansen" names more than one mentor; please give their email address' },
					{ value: 'Jan Smit', problem: 'unknown', message: '"Jan Smit" is not the name or email of a mentor in this program' },
					{ value: 'Dirk Mentee', problem: 'unknown', message: '"Dirk Mentee" is not the name or email of a mentor in this program' },
					{ value: 'Cees Bakker', problem: 'unknown', message: '"Cees Bakker" is not the name or email of a mentor in this program' },
				],
			});
		});
	});

	describe('when an email is not a mentor of the program', () => {
		it('keeps it, in case they join, and reports it', () => {
			expect(resolveNominations('new@example.com', directory)).toEqual({
				nominations: ['new@example.com'],
				unresolved: [{ value: 'new@example.com', problem: 'notOnRoster', message: 'new@example.com is not a mentor in this program (yet); we keep the wish in case they join' }],
			});
		});

		it('keeps it without a report when there is no roster to check against', () => {
			expect(resolveNominations('new@example.com', indexMentors([]))).toEqual({ nominations: ['new@example.com'], unresolved: [] });
		});
	});

	describe('for any answer', () => {
		it('reads at most ten entries, never nominates one mentor twice, and nominates only addresses', () => {
			const names = ['Ann de Vries', 'ann@example.com', 'Bo Jansen', 'Jan Smit', 'x@example.com', 'E100', ''];
			fc.assert(
				fc.property(fc.array(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 30 })), { maxLength: 20 }), (entries) => {
					const result = resolveNominations(entries.join(';'), directory);
					expect(new Set(result.nominations).size).toBe(result.nominations.length);
					expect(result.nominations.length).toBeLessThanOrEqual(10);
					expect(result.unresolved.length).toBeLessThanOrEqual(10);
					for (const email of result.nominations) expect(email).toContain('@');
				}),
			);
		});
	});
});

describe('runIntake with a "preferred mentors" answer', () => {
	const roster = [
		{ participantId: 'E100', email: 'Ann@example.com', name: 'Ann de Vries', role: 'mentor', programId: 'p1', status: 'enrolled', consent: true },
		{ participantId: 'E200', email: 'other@example.com', name: 'Jan Smit', role: 'mentor', programId: 'p2', status: 'enrolled', consent: true },
	];
	const apply = (preferred: string) =>
		runIntake(
			{ submissions: [{ Email: 'mia@example.com', Name: 'Mia', Role: 'mentee', Consent: 'yes', 'Preferred mentors': preferred }], roster },
			{ now: '2026-03-01T09:00:00Z', programId: 'p1' },
		)[0];

	it('enrols the applicant with the mentors resolved as nominations and the rest reported', () => {
		const outcome = apply('Ann de Vries, Jan Smit');
		expect(outcome.status).toBe('enrolled');
		if (outcome.status === 'rejected') return;
		expect(outcome.participant.nominations).toEqual(['ann@example.com']);
		// Jan Smit mentors in another program.
		expect(outcome.unresolvedNominations?.map((entry) => [entry.value, entry.problem])).toEqual([['Jan Smit', 'unknown']]);
	});

	it('reports nothing when every preferred mentor is found', () => {
		const outcome = apply('ann@example.com');
		if (outcome.status === 'rejected') throw new Error('rejected');
		expect(outcome.participant.nominations).toEqual(['ann@example.com']);
		expect(outcome.unresolvedNominations).toBeUndefined();
	});
});
