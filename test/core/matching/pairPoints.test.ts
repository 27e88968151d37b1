import { matchParticipants, prepareMatching } from '../../../nodes/core/matching/match';
import { FastScorer } from '../../../nodes/core/matching/scoring/fastScorer';
import { evaluatePair } from '../../../nodes/core/matching/scoring/referenceScore';
import type { ProgramKind, Weights } from '../../../nodes/core/matching/types';
import type { Participant } from '../../../nodes/core/types';
import { participant } from './people';

// 2 March 2026, before summer time: Amsterdam is UTC+1, New York UTC−5, Tokyo UTC+9.
const AT = new Date('2026-03-02T12:00:00Z');
// Rules that would forbid some of the pairs below: this file is about points.
const RULES_OFF = { reportingLine: false, sharedLanguage: false };

const person = participant;

/**
 * boss (no consent: only in the org chart) manages lead and the mentee; lead manages
 * the mentor. Mentor → lead → boss is 2 steps up, mentee → boss 1: 3 steps apart.
 */
function roster(mentorFields: Partial<Participant>, menteeFields: Partial<Participant>): Participant[] {
	return [
		person('boss', { role: 'mentor', consent: false }),
		person('lead', { role: 'mentor', consent: false, managerId: 'boss' }),
		person('mentor', { role: 'mentor', managerId: 'lead', ...mentorFields }),
		person('mentee', { managerId: 'boss', ...menteeFields }),
	];
}

const MENTOR: Partial<Participant> = {
	level: 5,
	department: 'it',
	timezone: 'Europe/Amsterdam',
	location: 'Amsterdam',
	languages: ['en', 'nl'],
	skillsOffered: ['sql', 'go'],
	goals: ['lead', 'grow'],
	interests: ['chess', 'music', 'film'],
	hireDate: '2020-01-01',
};
const MENTEE: Partial<Participant> = {
	level: 3,
	department: 'sales',
	timezone: 'America/New_York',
	location: 'Amsterdam',
	languages: ['en'],
	skillsWanted: ['sql', 'design', 'writing'],
	goals: ['lead'],
	interests: ['chess', 'run'],
	nominations: ['someone-else@example.com', 'mentor@example.com'],
	hireDate: '2025-06-01',
};

/** The points of the one pair, as the reference scorer, the fast scorer and the Match output see them. */
function pointsOf(kind: ProgramKind, weights: Partial<Weights>, mentor: Partial<Participant>, mentee: Partial<Participant>) {
	const participants = roster(mentor, mentee);
	const [{ context }] = prepareMatching({ participants, kind, weights, rules: RULES_OFF, at: AT, requireConsent: true });
	const facts = evaluatePair(context, context.mentors[0], context.mentees[0]);
	const scorer = new FastScorer(context);
	scorer.prepare(0);
	const outcome = matchParticipants({ participants, kind, weights, rules: RULES_OFF, at: AT, requireConsent: true });
	return { reference: facts.points, fast: scorer.eligiblePoints(0), maxPoints: context.maxPoints, match: outcome.matches[0] };
}

/** Points worked out by hand: weight × value in thousandths, per criterion. */
const byHand = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

describe('pair points', () => {
	describe('when a mentoring pair meets every criterion in part', () => {
		// Default mentoring weights plus location 20.
		const expected = {
			nomination: 40 * 750, // second choice
			skills: 30 * 333, // 1 of 3 wanted skills (sql), 1000/3 rounded down
			goals: 10 * 1000, // 1 shared of min(1, 2) goals
			interests: 5 * 500, // 1 shared of min(2, 3) interests
			level: 15 * 1000, // mentor 2 levels above
			department: 10 * 1000, // different departments
			timezone: 10 * 250, // 6 hours apart: 2 of 8 working hours shared
			language: 5 * 1000, // English shared
			location: 20 * 1000, // both in Amsterdam
			orgDistance: 10 * 250, // 3 steps apart: (3 − 2) / 4
		};

		it('returns the hand-worked total from the reference scorer, the fast scorer and the Match output', () => {
			const points = pointsOf('mentoring', { location: 20 }, MENTOR, MENTEE);
			expect(byHand(expected)).toBe(107_490);
			expect(points.reference).toBe(107_490);
			expect(points.fast).toBe(107_490);
			expect(points.maxPoints).toBe(1000 * (40 + 30 + 10 + 5 + 15 + 10 + 10 + 5 + 20 + 10));
			expect(points.match.score).toBe(Math.round((100 * 107_490) / 155_000));
		});

		it('returns each criterion’s points in the breakdown as a share of the largest possible points', () => {
			const { match } = pointsOf('mentoring', { location: 20 }, MENTOR, MENTEE);
			for (const [criterion, points] of Object.entries(expected)) {
				expect([criterion, match.breakdown[criterion as keyof Weights]]).toEqual([criterion, Math.round((10000 * points) / 155_000) / 100]);
			}
		});
	});

	describe('when one criterion varies alone', () => {
		// Only the criterion under test has a weight (100), every other weight is 0.
		const only = (criterion: keyof Weights) => ({
			nomination: 0, skills: 0, goals: 0, interests: 0, level: 0, department: 0, timezone: 0, language: 0, location: 0, orgDistance: 0,
			[criterion]: 100,
		});
		const cases: Array<[string, ProgramKind, keyof Weights, Partial<Participant>, Partial<Participant>, number]> = [
			['first-choice nomination', 'mentoring', 'nomination', {}, { nominations: ['mentor'] }, 1000],
			['fourth-choice nomination', 'mentoring', 'nomination', {}, { nominations: ['a', 'b', 'c', 'mentor@example.com'] }, 250],
			['no nomination', 'mentoring', 'nomination', {}, { nominations: ['a'] }, 0],
			['2 of 4 wanted skills', 'mentoring', 'skills', { skillsOffered: ['a', 'b', 'x'] }, { skillsWanted: ['a', 'b', 'c', 'd'] }, 500],
			['every wanted skill', 'mentoring', 'skills', { skillsOffered: ['a', 'b', 'x'] }, { skillsWanted: ['a', 'b'] }, 1000],
			['2 of min(3, 2) goals', 'mentoring', 'goals', { goals: ['g1', 'g2'] }, { goals: ['g1', 'g2', 'g3'] }, 1000],
			['1 of min(3, 3) interests', 'mentoring', 'interests', { interests: ['a', 'b', 'c'] }, { interests: ['a', 'd', 'e'] }, 333],
			['mentor 4 levels above', 'mentoring', 'level', { level: 7 }, { level: 3 }, 500],
			['mentor at the same level', 'mentoring', 'level', { level: 3 }, { level: 3 }, 0],
			['reverse: mentee 3 levels above', 'reverse', 'level', { level: 2 }, { level: 5 }, 750],
			['reverse: mentor above', 'reverse', 'level', { level: 5 }, { level: 3 }, 0],
			['buddy: 1 level apart, buddy hired earlier', 'buddy', 'level', { level: 4, hireDate: '2020-01-01' }, { level: 3, hireDate: '2025-01-01' }, 375 + 500],
			['buddy: same level, buddy hired later', 'buddy', 'level', { level: 3, hireDate: '2025-02-01' }, { level: 3, hireDate: '2025-01-01' }, 500],
			['same department', 'mentoring', 'department', { department: 'it' }, { department: 'it' }, 0],
			['unknown department', 'mentoring', 'department', { department: 'it' }, {}, 0],
			['Amsterdam and Tokyo (8 hours apart)', 'mentoring', 'timezone', { timezone: 'Europe/Amsterdam' }, { timezone: 'Asia/Tokyo' }, 0],
			['Amsterdam and London (1 hour apart)', 'mentoring', 'timezone', { timezone: 'Europe/Amsterdam' }, { timezone: 'Europe/London' }, 875],
			['Tokyo and New York (14 hours apart, 10 round the circle)', 'mentoring', 'timezone', { timezone: 'Asia/Tokyo' }, { timezone: 'America/New_York' }, 0],
			['no shared language', 'mentoring', 'language', { languages: ['nl'] }, { languages: ['en'] }, 0],
			['a shared language', 'mentoring', 'language', { languages: ['nl', 'en'] }, { languages: ['en'] }, 1000],
			['different sites', 'mentoring', 'location', { location: 'Tokyo' }, { location: 'Amsterdam' }, 0],
		];
		it.each(cases)('returns the hand-worked value for %s', (_, kind, criterion, mentor, mentee, value) => {
			const points = pointsOf(kind, only(criterion), mentor, mentee);
			expect(points.reference).toBe(100 * value);
			expect(points.fast).toBe(100 * value);
		});

		it('returns the org distance by steps to the lowest common manager', () => {
			// 3 steps (see roster): (3 − 2) / 4 of 1000.
			expect(pointsOf('mentoring', only('orgDistance'), {}, {}).fast).toBe(100 * 250);
			// Teammates under lead: 2 steps, 0.
			expect(pointsOf('mentoring', only('orgDistance'), {}, { managerId: 'lead' }).fast).toBe(0);
			// No common manager (separate trees): full value.
			const apart = pointsOf('mentoring', only('orgDistance'), { managerId: undefined }, { managerId: undefined });
			expect([apart.reference, apart.fast]).toEqual([100 * 1000, 100 * 1000]);
		});
	});
});
