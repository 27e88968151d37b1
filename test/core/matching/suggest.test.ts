import fc from 'fast-check';

import { matchParticipants } from '../../../nodes/core/matching/match';
import { suggestMentors } from '../../../nodes/core/matching/suggest';
import { rosterArbitrary } from './arbitraries';

const AT = new Date('2026-03-02T12:00:00Z');

describe('suggestMentors', () => {
	describe('when free places are respected', () => {
		it('never suggests a mentor more often than their places, nor twice to one mentee', () => {
			fc.assert(
				fc.property(rosterArbitrary(6, 3), fc.integer({ min: 1, max: 3 }), (participants, perMentee) => {
					const lists = suggestMentors({ participants, kind: 'mentoring', at: AT, perMentee, respectFreePlaces: true });
					const capacity = new Map(participants.map((person) => [person.id, person.capacity]));
					const times = new Map<string, number>();
					for (const list of lists) {
						expect(list.suggestions.length).toBeLessThanOrEqual(perMentee);
						expect(new Set(list.suggestions.map((entry) => entry.mentorId)).size).toBe(list.suggestions.length);
						for (const entry of list.suggestions) times.set(entry.mentorId, (times.get(entry.mentorId) ?? 0) + 1);
						// Best first.
						const scores = list.suggestions.map((entry) => entry.score);
						expect([...scores].sort((a, b) => b - a)).toEqual(scores);
					}
					for (const [id, count] of times) expect(count).toBeLessThanOrEqual(capacity.get(id)!);
				}),
				{ numRuns: 200, seed: 21 },
			);
		});
	});

	describe('when free places are not respected', () => {
		it('returns each mentee’s best allowed mentor first, the one a lone mentee would get from Match', () => {
			fc.assert(
				fc.property(rosterArbitrary(1, 4), (drawn) => {
					const participants = drawn.map((person) => (person.role === 'both' ? { ...person, role: 'mentor' as const } : person));
					// With one mentee, Match picks the single best allowed mentor: the first suggestion.
					const [list] = suggestMentors({ participants, kind: 'mentoring', at: AT, perMentee: 2 });
					const matched = matchParticipants({ participants, kind: 'mentoring', at: AT }).matches;
					// Both find a mentor, or neither does (no allowed mentor scores enough).
					expect(list.suggestions.length > 0).toBe(matched.length > 0);
					// Only rosters where Match found a mentor count towards the 200 runs, so the scores
					// are compared 200 times, never two missing values with each other.
					fc.pre(matched.length > 0);
					expect(list.suggestions[0].score).toBe(matched[0].score);
				}),
				{ numRuns: 200, seed: 23 },
			);
		});
	});
});

describe('matchParticipants with several programs', () => {
	it('returns each program matched on its own, with one summary each', () => {
		fc.assert(
			fc.property(rosterArbitrary(4, 3), rosterArbitrary(4, 3), (first, second) => {
				const rename = (people: typeof first, program: string) =>
					people.map((person) => ({
						...person,
						id: `${program}-${person.id}`,
						email: `${program}-${person.email}`,
						programId: program,
						...(person.managerId === undefined ? {} : { managerId: `${program}-${person.managerId}` }),
						nominations: person.nominations.map((ref) => `${program}-${ref}`),
						exclusions: person.exclusions.map((ref) => `${program}-${ref}`),
					}));
				const a = rename(first, 'a');
				const b = rename(second, 'b');
				const together = matchParticipants({ participants: [...a, ...b], kind: 'mentoring', at: AT });
				const alone = [matchParticipants({ participants: a, kind: 'mentoring', at: AT }), matchParticipants({ participants: b, kind: 'mentoring', at: AT })];
				expect(together.matches).toEqual([...alone[0].matches, ...alone[1].matches]);
				expect(together.summaries.map((summary) => summary.totalScore)).toEqual(alone.map((run) => run.summaries[0].totalScore));
			}),
			{ numRuns: 100, seed: 29 },
		);
	});
});
