import { readMatcherRows } from '../../../nodes/core/participant/matcherRows';

const person = (id: string, extra: Record<string, unknown> = {}) => ({ id, email: `${id}@example.com`, name: `Person ${id}`, role: 'mentee', consent: true, ...extra });

describe('readMatcherRows', () => {
	describe('when people are invalid', () => {
		it('returns each with its row and field-level reasons, and every valid person', () => {
			const rows = readMatcherRows(
				[
					person('a'),
					person('b', { email: undefined }),
					person('c', { name: '<b>Cee</b>' }),
					person('d', { email: 'd@@example.com' }),
					person('e', { role: 'boss' }),
					person('f', { level: 'senior-ish' }),
					person('a'),
				],
				{ requireConsent: false },
			);
			expect(rows.participants.map((participant) => participant.id)).toEqual(['a']);
			expect(rows.invalid.map((row) => [row.index, row.issues.map((issue) => issue.field)])).toEqual([
				[1, ['email']],
				[2, ['name']],
				[3, ['email']],
				[4, ['role']],
				[5, ['level']],
				[6, ['id']],
			]);
			// Only validated values identify the row; the markup never comes back as a name.
			expect(rows.invalid[1].identity).toEqual({ id: 'c', email: 'c@example.com', role: 'mentee' });
		});

		it('keeps those whose id can be read in the org chart only, never taking a valid person’s id', () => {
			const rows = readMatcherRows(
				[person('boss', { role: 'mentor' }), person('mid', { email: 'bad', managerId: 'boss' }), person('e', { managerId: 'mid' }), person('e', { level: 'x' })],
				{ requireConsent: false },
			);
			expect(rows.chartOnly.map((participant) => [participant.id, participant.managerId])).toEqual([['mid', 'boss']]);
			expect([...rows.orgChartOnly]).toEqual(['mid']);
			expect(rows.indexOf.get('e')).toBe(2);
		});
	});

	describe('when a row only builds the org chart (Require Consent on, no consent)', () => {
		it('returns it with its id and manager, whatever its email and name hold', () => {
			const rows = readMatcherRows(
				[
					{ id: 'E9', managerId: 'E1', consent: false, name: 'Ann <b>', role: 'mentee' },
					{ id: 'E8', managerId: 'E1', email: 'not an email', name: '', consent: 'no' },
					{ id: 'E1', email: 'boss@example.com', name: 'Boss', role: 'mentor', consent: true },
				],
				{ requireConsent: true },
			);
			expect(rows.invalid).toEqual([]);
			expect(rows.participants.map((participant) => [participant.id, participant.managerId, participant.consent])).toEqual([
				['E9', 'E1', false],
				['E8', 'E1', false],
				['E1', undefined, true],
			]);
			expect([...rows.orgChartOnly]).toEqual(['E9', 'E8']);
		});

		it('returns it as invalid only when it has no id to place in the chart', () => {
			const rows = readMatcherRows([{ name: 'Nobody', consent: false }, { id: 'E7', managerId: 'has spaces', consent: false }], { requireConsent: true });
			expect(rows.invalid.map((row) => row.issues.map((issue) => issue.field))).toEqual([['id'], ['managerId']]);
		});
	});

	describe('when pair rows carry lifecycle statuses', () => {
		it('returns introduced pairs as history, ignores proposals and rejections, and skips an unknown status', () => {
			const pair = (menteeId: string, status: string) => ({ mentorId: 'm', menteeId, status });
			const rows = readMatcherRows(
				[pair('a', 'active'), pair('b', 'proposed'), pair('c', 'rejected'), pair('d', 'completed'), pair('e', 'on hold'), pair('f', 'locked')],
				{ requireConsent: false },
			);
			expect(rows.existingPairs.map((entry) => [entry.menteeId, entry.status])).toEqual([
				['a', 'active'],
				['d', 'ended'],
				['f', 'locked'],
			]);
			expect(rows.ignoredPairs).toEqual([1, 2]);
			expect(rows.skippedPairs).toEqual([{ index: 4, issues: [expect.objectContaining({ field: 'status', received: 'on hold' })] }]);
		});
	});
});
