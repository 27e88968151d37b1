import fc from 'fast-check';

import type { ProgramContext } from '../../../nodes/core/matching/context';
import { prepareMatching } from '../../../nodes/core/matching/match';
import { blockOrderedContext } from '../../../nodes/core/matching/scoring/blockOrder';
import { FastScorer } from '../../../nodes/core/matching/scoring/fastScorer';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import { solveProgram } from '../../../nodes/core/matching/solveProgram';
import type { ProgramKind } from '../../../nodes/core/matching/types';
import { rosterArbitrary, rulesArbitrary } from './arbitraries';
import { randomOrg } from './randomOrg';

const AT = new Date('2026-03-02T12:00:00Z');

interface Scored {
	other: number;
	points: number;
}

/** Every allowed pair at or above the minimum, scored by the reference scorer: points[i][j], or undefined. */
function allPairs(context: ProgramContext, minPoints: number): Array<Array<number | undefined>> {
	return context.mentees.map((mentee) =>
		context.mentors.map((mentor) => {
			const facts = evaluatePair(context, mentor, mentee);
			return facts.broken.length === 0 && facts.points >= minPoints ? facts.points : undefined;
		}),
	);
}

/** The best `k` of a list: most points first, ties to the lower position. */
function best(list: Scored[], k: number): Scored[] {
	return [...list].sort((a, b) => b.points - a.points || a.other - b.other).slice(0, k);
}

const sorted = (list: Scored[]) => [...list].sort((a, b) => a.other - b.other);

/**
 * Scans the program the way `solveProgram` does (mentors sorted into blocks, mentees in
 * scan order, mentor lists kept) and returns each mentee's candidates and each mentor's
 * own list, both by original position.
 */
function blockScan(context: ProgramContext, k: number, mentorK: number, minPoints: number) {
	const ordered = blockOrderedContext(context);
	const scorer = new FastScorer(ordered.context, ordered.original);
	scorer.keepMentorCandidates(mentorK);
	const rows: Scored[][] = new Array(context.mentees.length);
	for (const i of scorer.scanOrder()) {
		scorer.prepare(i);
		const found = scorer.topCandidates(k, minPoints);
		rows[i] = found.mentors.map((other, t) => ({ other, points: found.points[t] }));
	}
	const mentorLists = scorer.mentorCandidates().map(({ mentees, points }) => mentees.map((other, t) => ({ other, points: points[t] })));
	return { rows, mentorLists };
}

/** The same lists worked out by brute force over every pair. */
function expectedLists(context: ProgramContext, k: number, mentorK: number, minPoints: number) {
	const points = allPairs(context, minPoints);
	const rows = context.mentees.map((mentee, i) => {
		const allowed: Scored[] = [];
		const nominated: Scored[] = [];
		context.mentors.forEach((mentor, j) => {
			const value = points[i][j];
			if (value === undefined) return;
			const isNominated = mentee.nominations.includes(mentor.id) || mentee.nominations.includes(mentor.email);
			(isNominated ? nominated : allowed).push({ other: j, points: value });
		});
		return [...nominated, ...best(allowed, k)];
	});
	const mentorLists = context.mentors.map((_, j) => {
		const allowed: Scored[] = [];
		context.mentees.forEach((_, i) => {
			if (points[i][j] !== undefined) allowed.push({ other: i, points: points[i][j]! });
		});
		return best(allowed, mentorK);
	});
	return { rows, mentorLists };
}

const settings = fc.record({
	kind: fc.constantFrom<ProgramKind>('mentoring', 'reverse', 'buddy'),
	rules: rulesArbitrary,
	minScore: fc.constantFrom(0, 20, 40),
	k: fc.integer({ min: 1, max: 4 }),
	mentorK: fc.integer({ min: 0, max: 3 }),
});

describe('the top-K scan by blocks of alike mentors', () => {
	describe('when compared with scoring every pair by the reference scorer', () => {
		it('returns the same best mentors per mentee and the same best mentees per mentor, ties included, on 150 random programs of up to 60 mentors', () => {
			fc.assert(
				fc.property(rosterArbitrary(8, 60), settings, (participants, { kind, rules, minScore, k, mentorK }) => {
					const [program] = prepareMatching({ participants, kind, rules, minScore, at: AT });
					const { context, minPoints } = program;
					const got = blockScan(context, k, mentorK, minPoints);
					const expected = expectedLists(context, k, mentorK, minPoints);
					// Several blocks of 16 and ties: the small tag sets make many pairs score alike.
					expect(got.rows.map(sorted)).toEqual(expected.rows.map(sorted));
					expect(got.mentorLists.map(sorted)).toEqual(expected.mentorLists.map(sorted));
				}),
				{ numRuns: 150, seed: 17 },
			);
		});
	});

	describe('when the mentors are alike and every pair scores the same', () => {
		it('keeps the mentors with the lowest original positions', () => {
			// Mentors' interests (worth nothing to mentees without any) sort them against their ids into blocks.
			const people = randomOrg({ mentees: 3, mentors: 40, seed: 4 }).map((person, k) => ({
				...person,
				department: 'one',
				level: 3,
				location: 'Amsterdam',
				timezone: 'Europe/Amsterdam',
				languages: ['en'],
				skillsOffered: ['sql'],
				skillsWanted: ['sql'],
				goals: ['grow'],
				interests: person.role === 'mentee' ? [] : [String.fromCharCode(122 - (k % 26))],
				managerId: undefined,
				nominations: [],
				exclusions: [],
				hireDate: undefined,
			}));
			const [program] = prepareMatching({ participants: people, kind: 'mentoring', rules: { reportingLine: false, sameDepartment: false }, at: AT });
			expect(Array.from(blockOrderedContext(program.context).original.subarray(0, 5))).not.toEqual([0, 1, 2, 3, 4]);
			const got = blockScan(program.context, 5, 0, 0);
			for (const row of got.rows) expect(row.map(({ other }) => other).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
		});
	});

	describe('when a program of 400 mentors in about 25 blocks is solved', () => {
		it('returns the same candidate graph as the brute-force lists', () => {
			const [program] = prepareMatching({ participants: randomOrg({ mentees: 120, mentors: 400, seed: 21, maxCapacity: 2 }), kind: 'mentoring', rules: { reportingLine: true, sameDepartment: true }, minScore: 30, at: AT });
			const { context, minPoints } = program;
			const solved = solveProgram({ context, objective: 'totalScore', minPoints, candidatesPerMentee: 4, exact: false });
			const expected = expectedLists(context, 4, 2, minPoints);
			// Graph rows = the mentee's list plus the mentees' places in mentor lists, in mentor order.
			const rows = context.mentees.map((_, i) => new Set(expected.rows[i].map(({ other }) => other)));
			expected.mentorLists.forEach((list, j) => list.forEach(({ other }) => rows[other].add(j)));
			context.mentees.forEach((_, i) => {
				const { rowStart, edgeMentor } = solved.graph;
				expect(Array.from(edgeMentor.subarray(rowStart[i], rowStart[i + 1]))).toEqual([...rows[i]].sort((a, b) => a - b));
			});
		});
	});
});
