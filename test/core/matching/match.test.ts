import fc from 'fast-check';
import { DateTime } from 'luxon';

import type { ProgramContext } from '../../../nodes/core/matching/context';
import { matchParticipants, prepareMatching } from '../../../nodes/core/matching/match';
import { objectiveWeight } from '../../../nodes/core/matching/objective';
import { FastScorer } from '../../../nodes/core/matching/scoring/fastScorer';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import { solveProgram } from '../../../nodes/core/matching/solveProgram';
import { checkDualCertificate } from '../../../nodes/core/matching/flow/certificate';
import type { ExistingPair, HardRules, Objective, ProgramKind } from '../../../nodes/core/matching/types';
import { buildOrgChart } from '../../../nodes/core/orgChart/orgChart';
import type { Participant } from '../../../nodes/core/types';
import { rosterArbitrary, rulesArbitrary } from './arbitraries';
import { participant } from './people';

const AT = new Date('2026-03-02T12:00:00Z');

/** Hours between two zones' UTC offsets at AT, round the 24-hour circle (luxon, not the matcher's code). */
function hoursApart(a: string, b: string): number {
	const offset = (zone: string) => DateTime.fromJSDate(AT, { zone }).offset;
	const raw = Math.abs(offset(a) - offset(b)) / 60;
	return Math.min(raw, 24 - raw);
}

/** Best objective weight over every assignment of the program, found by trying them all with the reference scorer. */
function bruteForce(context: ProgramContext, minPoints: number, objective: Objective): number {
	const weightOf = objectiveWeight({ objective, maxPoints: context.maxPoints, menteeCount: context.mentees.length });
	const options = context.mentees.map((mentee) =>
		context.mentors.flatMap((mentor, j) => {
			const facts = evaluatePair(context, mentor, mentee);
			return facts.broken.length === 0 && facts.points >= minPoints ? [{ j, weight: weightOf(facts.points) }] : [];
		}),
	);
	const left = Int32Array.from(context.freePlaces);
	let best = 0;
	const visit = (i: number, total: number) => {
		if (i === options.length) {
			best = Math.max(best, total);
			return;
		}
		visit(i + 1, total);
		for (const { j, weight } of options[i]) {
			if (left[j] === 0) continue;
			left[j]--;
			visit(i + 1, total + weight);
			left[j]++;
		}
	};
	visit(0, 0);
	return best;
}

const settings = fc.record({
	kind: fc.constantFrom<ProgramKind>('mentoring', 'reverse', 'buddy'),
	rules: rulesArbitrary,
	objective: fc.constantFrom<Objective>('totalScore', 'mostMatched'),
	minScore: fc.constantFrom(0, 20, 40),
	candidatesPerMentee: fc.integer({ min: 1, max: 3 }),
});

describe('matchParticipants', () => {
	describe('when compared with every possible assignment', () => {
		it('returns the brute-force optimum on 500 small random programs, with a top-1 to top-3 candidate list and exact pricing', () => {
			fc.assert(
				fc.property(rosterArbitrary(5, 3), settings, (participants, { kind, rules, objective, minScore, candidatesPerMentee }) => {
					const [program] = prepareMatching({ participants, kind, rules, minScore, at: AT });
					const solved = solveProgram({ context: program.context, objective, minPoints: program.minPoints, candidatesPerMentee, exact: true });
					expect(solved.provenForAllPairs).toBe(true);
					expect(checkDualCertificate({ graph: solved.graph, solution: solved.solution }).violations).toEqual([]);
					expect(solved.solution.totalWeight).toBe(bruteForce(program.context, program.minPoints, objective));
				}),
				{ numRuns: 500, seed: 3 },
			);
		});
	});

	describe('when the fast scorer is compared with the reference scorer', () => {
		it('returns the same points and the same verdict on the rules for every pair', () => {
			fc.assert(
				fc.property(rosterArbitrary(5, 4), settings, (participants, { kind, rules }) => {
					const [{ context }] = prepareMatching({ participants, kind, rules, at: AT });
					const scorer = new FastScorer(context);
					context.mentees.forEach((mentee, i) => {
						scorer.prepare(i);
						context.mentors.forEach((mentor, j) => {
							const facts = evaluatePair(context, mentor, mentee);
							expect(scorer.eligiblePoints(j)).toBe(facts.broken.length === 0 ? facts.points : -1);
						});
					});
				}),
				{ numRuns: 300, seed: 5 },
			);
		});
	});

	describe('when run over random org charts and rules', () => {
		it('never returns a pair that breaks a switched-on hard rule, for every rule the rules generator draws', () => {
			fc.assert(
				fc.property(rosterArbitrary(6, 4), settings, fc.nat(), (participants, { kind, rules, objective }, historySeed) => {
					// Earlier pairings: every mentee's pairing with one mentor, chosen by the seed.
					const mentorIds = participants.filter((p) => p.role !== 'mentee').map((p) => p.id);
					const existingPairs: ExistingPair[] = participants
						.filter((p) => p.role === 'mentee' && (historySeed + p.id.length) % 2 === 0)
						.map((p, k) => ({ mentorId: mentorIds[(historySeed + k) % mentorIds.length], menteeId: p.id, status: 'ended' }));
					const earlier = new Set(existingPairs.map((pair) => `${pair.mentorId} ${pair.menteeId}`));
					const outcome = matchParticipants({ participants, existingPairs, kind, rules, objective, at: AT, exact: true });
					const chart = buildOrgChart(participants);
					const byId = new Map(participants.map((person) => [person.id, person]));
					const load = new Map<string, number>();
					for (const match of outcome.matches) {
						const mentor = byId.get(match.mentorId)!;
						const mentee = byId.get(match.menteeId)!;
						load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
						expect(mentor.id).not.toBe(mentee.id);
						// Checked straight from the chart and the participants, not through the matcher's own rule code.
						if (rules.reportingLine) expect(chart.inReportingLine(mentor.id, mentee.id)).toBe(false);
						if (rules.sameDepartment && mentor.department && mentee.department) expect(mentor.department).not.toBe(mentee.department);
						if (rules.exclusions) {
							expect(mentee.exclusions.includes(mentor.id) || mentor.exclusions.includes(mentee.id)).toBe(false);
						}
						if (rules.sharedLanguage && mentor.languages.length > 0 && mentee.languages.length > 0) {
							expect(mentor.languages.some((language) => mentee.languages.includes(language))).toBe(true);
						}
						const manager = participants.some((other) => chart.manages(mentor.id, other.id));
						if (rules.managerMentors === 'forbid') expect(manager).toBe(false);
						if (rules.managerMentors === 'farOnly' && manager) {
							const apart = chart.distance(mentor.id, mentee.id);
							if (apart !== undefined) expect(apart.up + apart.down).toBeGreaterThanOrEqual(rules.managerMinDistance!);
						}
						if (mentor.level !== undefined && mentee.level !== undefined) {
							const gap = kind === 'reverse' ? mentee.level - mentor.level : mentor.level - mentee.level;
							if (rules.minLevelGap !== undefined) expect(gap).toBeGreaterThanOrEqual(rules.minLevelGap);
							if (rules.maxLevelGap !== undefined) expect(gap).toBeLessThanOrEqual(rules.maxLevelGap);
						}
						if (rules.maxTimezoneGapHours !== undefined && mentor.timezone && mentee.timezone) {
							expect(hoursApart(mentor.timezone, mentee.timezone)).toBeLessThanOrEqual(rules.maxTimezoneGapHours);
						}
						if (rules.history) expect(earlier.has(`${mentor.id} ${mentee.id}`)).toBe(false);
					}
					for (const [id, taken] of load) expect(taken).toBeLessThanOrEqual(byId.get(id)!.capacity);
					const menteeIds = outcome.matches.map((match) => match.menteeId);
					expect(new Set(menteeIds).size).toBe(menteeIds.length);
				}),
				{ numRuns: 300, seed: 9 },
			);
		});
	});

	describe('when the input comes in another order', () => {
		it('returns exactly the same matches, unmatched people and summary', () => {
			fc.assert(
				fc.property(rosterArbitrary(6, 4), settings, fc.integer(), (participants, { kind, rules, objective }, seed) => {
					const shuffled = [...participants];
					let state = seed >>> 0;
					for (let k = shuffled.length - 1; k > 0; k--) {
						state = (state * 1103515245 + 12345) >>> 0;
						const other = state % (k + 1);
						[shuffled[k], shuffled[other]] = [shuffled[other], shuffled[k]];
					}
					const run = (people: Participant[]) => matchParticipants({ participants: people, kind, rules, objective, at: AT, candidatesPerMentee: 2 });
					const first = run(participants);
					const second = run(shuffled);
					expect(second.matches).toEqual(first.matches);
					expect(second.unmatched).toEqual(first.unmatched);
					expect(second.summaries).toEqual(first.summaries);
				}),
				{ numRuns: 200, seed: 13 },
			);
		});
	});

	describe('when pairs already exist', () => {
		const people: Participant[] = ['m1', 'm2', 'e1', 'e2'].map((id) =>
			participant(id, { name: id, role: id.startsWith('m') ? 'mentor' : 'mentee', skillsOffered: id === 'm1' ? ['sql'] : [], skillsWanted: ['sql'] }),
		);
		const rules: Partial<HardRules> = {};

		it('returns a locked pair as given and never reuses its mentor’s place', () => {
			const existing: ExistingPair[] = [{ mentorId: 'm1', menteeId: 'e2', status: 'locked' }];
			const outcome = matchParticipants({ participants: people, existingPairs: existing, kind: 'mentoring', rules, at: AT });
			// By hand: m1's only place is taken by the locked pair, so e1 gets m2.
			expect(outcome.matches.map((match) => [match.mentorId, match.menteeId, match.locked])).toEqual([
				['m1', 'e2', true],
				['m2', 'e1', false],
			]);
		});

		it('never repeats an earlier pairing while history is on', () => {
			const existing: ExistingPair[] = [{ mentorId: 'm1', menteeId: 'e1', status: 'ended' }];
			const outcome = matchParticipants({ participants: people, existingPairs: existing, kind: 'mentoring', rules, at: AT });
			expect(outcome.matches.some((match) => match.mentorId === 'm1' && match.menteeId === 'e1')).toBe(false);
			// e2 is then the only one who can have m1, the mentor offering the wanted skill.
			expect(outcome.matches.find((match) => match.menteeId === 'e2')?.mentorId).toBe('m1');
		});

		it('places only the late joiner when the others are in active pairs', () => {
			const existing: ExistingPair[] = [{ mentorId: 'm1', menteeId: 'e1', status: 'active' }];
			const outcome = matchParticipants({ participants: people, existingPairs: existing, kind: 'mentoring', rules, at: AT });
			expect(outcome.matches.map((match) => [match.mentorId, match.menteeId])).toEqual([['m2', 'e2']]);
			expect(outcome.summaries[0]).toMatchObject({ activePairs: 1, mentees: 1, filledSlots: 2 });
		});
	});

	describe('when pairs are explained', () => {
		it('returns one reason per criterion with points, and a breakdown that adds up to the score', () => {
			fc.assert(
				fc.property(rosterArbitrary(5, 3), settings, (participants, { kind, rules }) => {
					const outcome = matchParticipants({ participants, kind, rules, at: AT });
					for (const match of outcome.matches) {
						const positive = Object.values(match.breakdown).filter((points) => points > 0).length;
						expect(match.reasons).toHaveLength(positive);
						const sum = Object.values(match.breakdown).reduce((a, b) => a + b, 0);
						expect(Math.abs(sum - match.score)).toBeLessThanOrEqual(0.5 + 0.01 * Object.keys(match.breakdown).length);
					}
				}),
				{ numRuns: 200, seed: 17 },
			);
		});
	});
});
