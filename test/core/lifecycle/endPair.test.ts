import fc from 'fast-check';

import { MalformedInputError } from '../../../nodes/core/errors';
import { END_REASON_LABELS, END_REASONS, endLeaversPairs, endPair, readEndReason } from '../../../nodes/core/lifecycle';

const NOW = '2026-05-04T09:30:00.000Z';
const PM = 'pm@example.com';
const pairRow = (overrides: Record<string, unknown> = {}) => ({
	programId: 'mentoring-2026',
	pairId: 'pair-1',
	status: 'active',
	mentorName: 'Ada Mentor',
	mentorEmail: 'Ada@Example.com',
	menteeName: 'Ben Mentee',
	menteeEmail: 'ben@example.com',
	...overrides,
});
/** Words that put blame on someone; none may appear in any message. */
const BLAME = /\b(fault of|failed|failure|blame|did not make an effort|unreliable|complain)/i;

describe('endPair', () => {
	describe('when the mentee ends the pair and asks for a new mentor', () => {
		const ending = endPair({ pair: pairRow(), endedBy: 'BEN@example.com', reason: 'No fault: it did not work out', rematch: true, now: NOW, programManager: PM });

		it('returns the pair ended by the mentee, for no fault, at the moment given', () => {
			expect(ending.pair).toEqual({ status: 'ended', endReason: 'noFault', endedAt: NOW, endedBy: 'mentee' });
			expect([ending.programId, ending.pairId]).toEqual(['mentoring-2026', 'pair-1']);
		});

		it('keeps the mentee enrolled with the rematch flag and leaves the mentor’s row alone', () => {
			expect(ending.roster).toEqual([{ email: 'ben@example.com', role: 'mentee', status: 'enrolled', rematch: true }]);
		});

		it('tells the mentor and the program manager, and not the mentee', () => {
			expect(ending.notices.map((notice) => [notice.to, notice.audience, notice.subject])).toEqual([
				['ada@example.com', 'mentor', 'Your mentoring pair with Ben Mentee has ended'],
				[PM, 'programManager', 'Mentoring pair ended: Ada Mentor and Ben Mentee'],
			]);
			expect(ending.notices[0].text).toContain('Ben Mentee and you are no longer a mentoring pair as of 2026-05-04: the pair has ended.');
			expect(ending.notices[0].text).toContain('says nothing about you');
			expect(ending.notices[0].text).toContain('Your place as a mentor is free again');
			expect(ending.notices[1].text).toContain('Ended by: the mentee, through their personal link');
			expect(ending.notices[1].text).toContain('Reason: No fault: it did not work out');
			expect(ending.notices[1].text).toContain('Ben Mentee stays in the program and is matched again in the next matching run (never with the same mentor).');
			expect(ending.notices[1].text).toContain("Ada Mentor's mentoring place is free again.");
		});
	});

	describe('when the mentee ends the pair without asking for a new mentor', () => {
		it('returns the mentee withdrawn from the program', () => {
			const ending = endPair({ pair: pairRow(), endedBy: 'ben@example.com', reason: 'changedRole', rematch: false, now: NOW, programManager: PM });
			expect(ending.roster).toEqual([{ email: 'ben@example.com', role: 'mentee', status: 'withdrawn', rematch: false }]);
			expect(ending.notices[0].text).toContain('the pair has ended after a change of role.');
			expect(ending.notices[1].text).toContain('Ben Mentee did not ask for a new mentor and has withdrawn from the program.');
		});
	});

	describe('when the mentor ends the pair because they leave the company', () => {
		const ending = endPair({ pair: pairRow(), endedBy: 'ada@example.com', reason: 'leftCompany', rematch: false, now: NOW, programManager: PM });

		it('marks the mentor left and keeps the mentee for a new mentor, whatever the rematch answer', () => {
			expect(ending.pair.endedBy).toBe('mentor');
			expect(ending.roster).toEqual([
				{ email: 'ada@example.com', role: 'mentor', status: 'left', rematch: false },
				{ email: 'ben@example.com', role: 'mentee', status: 'enrolled', rematch: true },
			]);
		});

		it('tells the mentee a new mentor comes, with the reason and no blame', () => {
			const [mentee, pm] = ending.notices;
			expect(mentee.to).toBe('ben@example.com');
			expect(mentee.text).toContain('the pair has ended because Ada Mentor is leaving the company.');
			expect(mentee.text).toContain('the next matching run proposes a new mentor for you');
			expect(pm.text).toContain('Ada Mentor has left the company.');
		});
	});

	describe('when no program manager address is given', () => {
		it('returns only the partner’s message', () => {
			expect(endPair({ pair: pairRow(), endedBy: 'ada@example.com', reason: 'other', rematch: false, now: NOW, programManager: ' ' }).notices.map((n) => n.audience)).toEqual(['mentee']);
		});
	});

	describe('when the ending cannot be', () => {
		const cases: Array<[string, () => unknown, string]> = [
			['the pair already ended (a replayed link)', () => endPair({ pair: pairRow({ status: 'ended' }), endedBy: 'ben@example.com', reason: 'other', rematch: true, now: NOW, programManager: PM }), 'status'],
			['the pair completed', () => endPair({ pair: pairRow({ status: 'completed' }), endedBy: 'ben@example.com', reason: 'other', rematch: true, now: NOW, programManager: PM }), 'status'],
			['the person is not in the pair', () => endPair({ pair: pairRow(), endedBy: 'eve@example.com', reason: 'other', rematch: true, now: NOW, programManager: PM }), 'endedBy'],
			['the reason is unknown', () => endPair({ pair: pairRow(), endedBy: 'ben@example.com', reason: 'the mentor never showed up', rematch: true, now: NOW, programManager: PM }), 'reason'],
			['the moment is not a date', () => endPair({ pair: pairRow(), endedBy: 'ben@example.com', reason: 'other', rematch: true, now: 'soon', programManager: PM }), 'now'],
		];

		it.each(cases)('throws a field problem when %s', (_case, run, field) => {
			let thrown: unknown;
			try {
				run();
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(MalformedInputError);
			expect((thrown as MalformedInputError).field).toBe(field);
		});
	});

	it('never writes blame, for any reason, ender and rematch answer', () => {
		fc.assert(
			fc.property(fc.constantFrom(...END_REASONS), fc.constantFrom('ada@example.com', 'ben@example.com'), fc.boolean(), (reason, endedBy, rematch) => {
				const ending = endPair({ pair: pairRow(), endedBy, reason, rematch, now: NOW, programManager: PM });
				for (const notice of ending.notices) expect(`${notice.subject} ${notice.text}`).not.toMatch(BLAME);
				// The person who ended it is never told about it by email.
				expect(ending.notices.map((notice) => notice.to)).not.toContain(endedBy);
			}),
		);
	});
});

describe('readEndReason', () => {
	it('returns every reason from its code and from its label', () => {
		for (const reason of END_REASONS) {
			expect(readEndReason(reason)).toEqual({ ok: true, reason });
			expect(readEndReason(END_REASON_LABELS[reason].toUpperCase())).toEqual({ ok: true, reason });
		}
	});

	it('returns a bounded problem for a long unknown reason', () => {
		const reading = readEndReason('x'.repeat(100_000));
		expect(reading.ok).toBe(false);
		if (!reading.ok) expect(String(reading.issue.received).length).toBeLessThan(100);
	});
});

describe('endLeaversPairs', () => {
	const pairs = [
		pairRow(),
		pairRow({ pairId: 'pair-2', mentorName: 'Cas', mentorEmail: 'cas@example.com', menteeName: 'Dee', menteeEmail: 'dee@example.com' }),
		pairRow({ pairId: 'pair-3', mentorName: 'Eli', mentorEmail: 'eli@example.com', menteeName: 'Fay', menteeEmail: 'fay@example.com', status: 'ended' }),
		pairRow({ pairId: 'pair-4', mentorName: 'Gus', mentorEmail: 'gus@example.com', menteeName: 'Hal', menteeEmail: 'hal@example.com' }),
	];
	const people = [
		{ email: 'ada@example.com' },
		{ email: 'DEE@example.com', terminationDate: '2026-05-04' },
		{ email: 'fay@example.com', terminationDate: '2026-04-01' },
		{ email: 'gus@example.com', terminationDate: '2026-05-05' },
	];
	const endings = endLeaversPairs({ pairs, people, now: NOW, programManager: PM });

	it('ends only active pairs whose member’s last day has come: pair 2 (Dee left today)', () => {
		// pair 1: nobody left; pair 3: already ended; pair 4: Gus leaves tomorrow.
		expect(endings.map((ending) => ending.pairId)).toEqual(['pair-2']);
		expect(endings[0].pair).toEqual({ status: 'ended', endReason: 'leftCompany', endedAt: NOW, endedBy: 'hris' });
	});

	it('marks the leaver left and tells the mentor and the program manager only', () => {
		expect(endings[0].roster).toEqual([{ email: 'dee@example.com', role: 'mentee', status: 'left', rematch: false }]);
		expect(endings[0].notices.map((notice) => notice.to)).toEqual(['cas@example.com', PM]);
		expect(endings[0].notices[0].text).toContain('Dee and you are no longer a mentoring pair as of 2026-05-04: the pair has ended because Dee is leaving the company.');
		expect(endings[0].notices[1].text).toContain('Ended by: the HR system (termination date of the mentee)');
	});

	describe('when both members left', () => {
		it('tells only the program manager', () => {
			const both = endLeaversPairs({ pairs: [pairRow()], people: [{ email: 'ada@example.com', terminationDate: '2026-05-01' }, { email: 'ben@example.com', terminationDate: '2026-05-01' }], now: NOW, programManager: PM });
			expect(both[0].roster.map((row) => [row.role, row.status])).toEqual([
				['mentor', 'left'],
				['mentee', 'left'],
			]);
			expect(both[0].notices.map((notice) => notice.audience)).toEqual(['programManager']);
		});
	});
});
