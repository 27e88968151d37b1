import fc from 'fast-check';

import { adjustProposals } from '../../../nodes/core/matching/adjust';
import type { AdjustProposalsOptions } from '../../../nodes/core/matching/adjust';
import { matchParticipants } from '../../../nodes/core/matching/match';
import { MalformedInputError } from '../../../nodes/core/errors';
import { ADJUST_PROGRAM, ADJUSTED, adjustOrg, OWN_MENTOR, REVIEW, SKILLS_ONLY } from './adjustOrg';
import { rosterArbitrary } from './arbitraries';

const AT = new Date('2026-03-02T12:00:00Z');
const settings = { kind: 'mentoring' as const, weights: SKILLS_ONLY, minScore: 10, at: AT };

function firstRun() {
	return matchParticipants({ ...settings, participants: adjustOrg() });
}

function adjust(adjustments: unknown, overrides: Partial<AdjustProposalsOptions> = {}) {
	const proposals = Object.entries(OWN_MENTOR).map(([menteeId, mentorId]) => ({ mentorId, menteeId, score: 67 }));
	return adjustProposals({
		...settings,
		programId: ADJUST_PROGRAM,
		runId: 'run-41',
		participants: adjustOrg(),
		proposals,
		adjustments,
		adjustedBy: 'pm@example.com',
		adjustedAt: AT,
		...overrides,
	});
}

describe('adjustProposals', () => {
	describe('when the first run of the hand-worked org is proposed', () => {
		it('pairs every mentee with their own mentor at score 67', () => {
			const proposed = firstRun().matches.map((match) => [match.menteeId, match.mentorId, match.score]);
			expect(proposed.sort()).toEqual(Object.entries(OWN_MENTOR).map(([mentee, mentor]) => [mentee, mentor, 67]));
		});
	});

	describe('when the manager locks two pairs, drops one, moves one mentee and leaves one out', () => {
		const outcome = adjust(REVIEW);

		it('returns the pairs worked out by hand', () => {
			const pairs = Object.fromEntries(outcome.proposals.map((pair) => [pair.menteeId, [pair.mentorId, pair.score]]));
			expect(pairs).toEqual(ADJUSTED);
		});

		it('marks how each pair came about, so that KPIs can tell adjusted pairs apart', () => {
			const origin = Object.fromEntries(outcome.proposals.map((pair) => [pair.menteeId, [pair.origin, pair.adjusted]]));
			expect(origin).toEqual({
				E01: ['locked', false],
				E02: ['locked', false],
				E03: ['asProposed', false],
				E04: ['moved', true],
				E05: ['resolved', true],
				E06: ['asProposed', false],
				E07: ['asProposed', false],
				E08: ['resolved', true],
				E09: ['asProposed', false],
				E10: ['asProposed', false],
				E11: ['asProposed', false],
			});
			expect(outcome.proposals.every((pair) => pair.runId === 'run-41' && pair.programId === ADJUST_PROGRAM)).toBe(true);
		});

		it('refuses the move into the full mentor and the move into a reporting line, naming the rule', () => {
			expect(outcome.refused.map(({ index, reason, rules }) => ({ index, reason, rules }))).toEqual([
				{ index: 5, reason: 'mentorFull', rules: undefined },
				{ index: 6, reason: 'reportingLine', rules: ['reportingLine'] },
			]);
			expect(outcome.refused[0].message).toBe('Mentor M1 has no free place left (capacity 2, taken by active and kept pairs)');
			expect(outcome.refused[1].message).toBe('Mentor M6 and Mentee E07 cannot be paired: one is in the other\'s reporting line (rule "reportingLine")');
		});

		it('reports the scores before and after, the moved pairs and who is no longer matched', () => {
			expect(outcome.diff.before).toEqual({ pairs: 12, totalScore: 804, lowestScore: 67 });
			expect(outcome.diff.after).toEqual({ pairs: 11, totalScore: 635, lowestScore: 33 });
			expect(outcome.diff.moved.map((pair) => [pair.menteeId, pair.fromMentorId, pair.toMentorId, pair.scoreBefore, pair.scoreAfter, pair.movedBy])).toEqual([
				['E04', 'M2', 'M3', 67, 33, 'manager'],
				['E05', 'M3', 'M4', 67, 33, 'resolve'],
				['E08', 'M4', 'M6', 67, 33, 'resolve'],
			]);
			expect(outcome.diff.newlyUnmatched).toEqual([
				{ id: 'E12', name: 'Mentee E12', role: 'mentee', reason: 'leftOut', message: 'Left out of this round by the program manager' },
			]);
			expect(outcome.diff.newlyMatched).toEqual([]);
			expect(outcome.diff.text.split('\n')[0]).toBe('Before: 12 pairs, total score 804, lowest 67. After: 11 pairs, total score 635, lowest 33.');
			expect(outcome.diff.text).toContain('Mentee E04 moves from Mentor M2 (score 67) to Mentor M3 (score 33), as you chose.');
		});

		it('records one audit row per adjustment, applied or refused, with who and when', () => {
			expect(outcome.audit.map((row) => [row.action, row.outcome, row.reason])).toEqual([
				['lock', 'applied', ''],
				['lock', 'applied', ''],
				['drop', 'applied', ''],
				['move', 'applied', ''],
				['leaveOut', 'applied', ''],
				['move', 'refused', 'mentorFull'],
				['move', 'refused', 'reportingLine'],
				['note', 'applied', ''],
			]);
			expect(outcome.audit[7]).toEqual({
				programId: ADJUST_PROGRAM,
				runId: 'run-41',
				adjustedBy: 'pm@example.com',
				adjustedAt: '2026-03-02T12:00:00.000Z',
				action: 'note',
				mentorId: '',
				menteeId: 'E05',
				toMentorId: '',
				personId: '',
				note: 'E05 asked for a mentor outside engineering',
				outcome: 'applied',
				reason: '',
				message: 'Applied',
			});
		});
	});

	describe('when an adjustment contradicts the run or another choice', () => {
		it('refuses a lock of a pair that was never proposed, a lock of a dropped pair and a lock of a left-out person', () => {
			const outcome = adjust([
				{ action: 'lock', mentorId: 'M2', menteeId: 'E01' },
				{ action: 'drop', mentorId: 'M4', menteeId: 'E07' },
				{ action: 'move', menteeId: 'E07', toMentorId: 'M4' },
				{ action: 'leaveOut', personId: 'M5' },
				{ action: 'lock', mentorId: 'M5', menteeId: 'E09' },
				{ action: 'leaveOut', personId: 'X99' },
			]);
			expect(outcome.refused.map((entry) => [entry.index, entry.reason])).toEqual([
				[0, 'notProposed'],
				[2, 'conflict'],
				[4, 'leftOut'],
				[5, 'unknownPerson'],
			]);
			expect(outcome.proposals.some((pair) => pair.mentorId === 'M4' && pair.menteeId === 'E07')).toBe(false);
			expect(outcome.proposals.some((pair) => pair.mentorId === 'M5')).toBe(false);
		});

		it('keeps a dropped pair apart even when personal exclusions are switched off', () => {
			const outcome = adjust([{ action: 'drop', mentorId: 'M1', menteeId: 'E01' }], { rules: { exclusions: false } });
			// E01's only other mentor is M2 (33), where E03 and E04 sit at 67: E01 stays unmatched.
			expect(outcome.proposals.find((pair) => pair.menteeId === 'E01')).toBeUndefined();
			expect(outcome.diff.newlyUnmatched.map((person) => person.id)).toEqual(['E01']);
		});
	});

	describe('when the form sends entries that are not adjustments', () => {
		it('refuses each unreadable entry and applies the rest', () => {
			const outcome = adjust([{ action: 'fly' }, { action: 'drop', mentorId: 'M1' }, { action: 'note', note: 'x'.repeat(1001) }, { action: 'leaveOut', personId: 'E12' }]);
			expect(outcome.refused.map((entry) => [entry.index, entry.reason])).toEqual([
				[0, 'invalid'],
				[1, 'invalid'],
				[2, 'invalid'],
			]);
			expect(outcome.refused[1].message).toBe('Adjustment 2 cannot be read: needs menteeId');
			expect(outcome.proposals.map((pair) => pair.menteeId)).not.toContain('E12');
		});

		it('throws on a list longer than any review', () => {
			expect(() => adjust(Array.from({ length: 5001 }, () => ({ action: 'note', note: 'n' })))).toThrow(MalformedInputError);
			expect(() => adjust({ action: 'drop' })).toThrow(MalformedInputError);
		});
	});

	describe('when adjusting random programs', () => {
		it('keeps every accepted lock and move, never makes a dropped pair, leaves left-out people out and audits every entry', () => {
			fc.assert(
				fc.property(rosterArbitrary(6, 4), fc.array(fc.nat(), { maxLength: 8 }), (roster, picks) => {
					const people = roster.map((person) => ({ ...person, programId: 'p' }));
					const first = matchParticipants({ kind: 'mentoring', at: AT, participants: people });
					const proposals = first.matches.map((match) => ({ mentorId: match.mentorId, menteeId: match.menteeId, score: match.score }));
					const ids = people.map((person) => person.id);
					const adjustments = picks.map((pick, k) => {
						const proposal = proposals[pick % Math.max(1, proposals.length)];
						const action = ['lock', 'drop', 'move', 'leaveOut'][k % 4];
						if (proposal === undefined || action === 'leaveOut') return { action: 'leaveOut', personId: ids[pick % ids.length] };
						if (action === 'move') return { action, menteeId: proposal.menteeId, toMentorId: ids[pick % ids.length] };
						return { action, mentorId: proposal.mentorId, menteeId: proposal.menteeId };
					});
					const outcome = adjustProposals({ kind: 'mentoring', at: AT, programId: 'p', runId: 'r', participants: people, proposals, adjustments, adjustedBy: 'pm', adjustedAt: AT });
					expect(outcome.audit).toHaveLength(adjustments.length);
					const refusedAt = new Set(outcome.refused.map((entry) => entry.index));
					const made = new Set(outcome.proposals.map((pair) => `${pair.mentorId}>${pair.menteeId}`));
					const leftOut = new Set(adjustments.filter((a, k) => a.action === 'leaveOut' && !refusedAt.has(k)).map((a) => a.personId));
					adjustments.forEach((a, k) => {
						if (refusedAt.has(k)) return;
						if (a.action === 'lock') expect(made.has(`${a.mentorId}>${a.menteeId}`)).toBe(true);
						if (a.action === 'move') expect(made.has(`${a.toMentorId}>${a.menteeId}`)).toBe(true);
						if (a.action === 'drop') expect(made.has(`${a.mentorId}>${a.menteeId}`)).toBe(false);
					});
					for (const pair of outcome.proposals) {
						expect(leftOut.has(pair.mentorId) || leftOut.has(pair.menteeId)).toBe(false);
					}
					// Mentor places are never exceeded.
					for (const person of people) {
						const load = outcome.proposals.filter((pair) => pair.mentorId === person.id).length;
						expect(load).toBeLessThanOrEqual(person.capacity);
					}
				}),
				{ numRuns: 150 },
			);
		});
	});

	it('needs a program and a run', () => {
		expect(() => adjust([], { runId: ' ' })).toThrow('Adjusting needs the program and the matching run');
	});
});
