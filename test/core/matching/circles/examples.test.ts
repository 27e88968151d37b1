import { matchCircles } from '../../../../nodes/core/matching/circles/matchCircles';
import type { Participant } from '../../../../nodes/core/types';
import { participant } from '../people';

const AT = new Date('2026-03-02T12:00:00Z');
// Only skills count, so a pair's score is the share of the mentee's wanted skills the mentor offers.
const SKILLS_ONLY = { nomination: 0, skills: 100, goals: 0, interests: 0, level: 0, department: 0, timezone: 0, language: 0, location: 0, orgDistance: 0 };

const mentor = (id: string, offered: string[], fields: Partial<Participant> = {}) => participant(id, { role: 'mentor', skillsOffered: offered, ...fields });
const mentee = (id: string, wanted: string[], fields: Partial<Participant> = {}) => participant(id, { skillsWanted: wanted, ...fields });

const membersOf = (outcome: ReturnType<typeof matchCircles>) =>
	Object.fromEntries(outcome.circles.map((circle) => [circle.mentorId, circle.mentees.map((m) => m.id).sort()]));

describe('matchCircles', () => {
	describe('when 2 mentors meet 7 mentees with circles of 3 to 4 and one mentee reports to a mentor', () => {
		// sqlMentor offers sql, designMentor design; e1..e5 want sql, e6 and e7 design; e5 reports to sqlMentor.
		// Every mentee fits only if one circle holds 4 and the other 3; e5 must be with designMentor, so by
		// hand the best is sqlMentor {e1..e4} (4 × 100) and designMentor {e5, e6, e7} (0 + 100 + 100): 600.
		const participants = [
			mentor('sqlMentor', ['sql']),
			mentor('designMentor', ['design']),
			...['e1', 'e2', 'e3', 'e4'].map((id) => mentee(id, ['sql'])),
			mentee('e5', ['sql'], { managerId: 'sqlMentor' }),
			mentee('e6', ['design']),
			mentee('e7', ['design']),
		];
		const outcome = matchCircles({ participants, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 4 });

		it('returns the two circles worked out by hand', () => {
			expect(membersOf(outcome)).toEqual({ sqlMentor: ['e1', 'e2', 'e3', 'e4'], designMentor: ['e5', 'e6', 'e7'] });
		});

		it('returns a summary that places everyone with a total score of 600, proven optimal', () => {
			expect(outcome.summaries[0]).toMatchObject({ placedMentees: 7, circles: 2, totalScore: 600, optimal: true, circleSizes: { min: 3, max: 4 } });
			expect(outcome.unmatched).toEqual([]);
		});

		it('returns each circle with its members to invite and one pair item per mentee carrying the circle id', () => {
			const design = outcome.circles.find((circle) => circle.mentorId === 'designMentor')!;
			expect(design.memberEmails).toEqual(['designMentor@example.com', 'e5@example.com', 'e6@example.com', 'e7@example.com']);
			expect(design.pairs.map((pair) => [pair.menteeId, pair.score, pair.circleId])).toEqual([
				['e5', 0, design.circleId],
				['e6', 100, design.circleId],
				['e7', 100, design.circleId],
			]);
		});
	});

	describe('when 5 mentees cannot fill two circles of at least 3', () => {
		// Only one circle can open (two need 6). Opening sqlMentor: e1, e2, e3 (100 each) + e4 (wants sql and design: 50) = 350;
		// opening designMentor: e5 (100) + e4 (50) + two of e1..e3 (0) = 150. So sqlMentor's circle, and e5 stays out,
		// although a plain pair assignment would have given e5 to designMentor.
		const participants = [
			mentor('sqlMentor', ['sql']),
			mentor('designMentor', ['design']),
			...['e1', 'e2', 'e3'].map((id) => mentee(id, ['sql'])),
			mentee('e4', ['design', 'sql']),
			mentee('e5', ['design']),
		];
		const outcome = matchCircles({ participants, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 4 });

		it('returns the one circle worth more', () => {
			expect(membersOf(outcome)).toEqual({ sqlMentor: ['e1', 'e2', 'e3', 'e4'] });
			expect(outcome.summaries[0]).toMatchObject({ placedMentees: 4, totalScore: 350, optimal: true });
		});

		it('returns the mentee left out and the mentor without a circle, each with a reason', () => {
			expect(outcome.unmatched.map((person) => [person.id, person.reason])).toEqual([
				['e5', 'capacityExhausted'],
				['designMentor', 'notNeeded'],
			]);
		});
	});

	describe('when a mentor has fewer allowed mentees than the minimum', () => {
		// Everyone excludes loneMentor but e1 and e2, so its circle could hold at most 2 < 3.
		const participants = [
			mentor('loneMentor', ['sql'], { exclusions: ['e3', 'e4'] }),
			mentor('other', ['go']),
			...['e1', 'e2', 'e3', 'e4'].map((id) => mentee(id, ['sql'])),
		];
		const outcome = matchCircles({ participants, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 6 });

		it('returns every mentee in the other circle and says why the mentor leads none', () => {
			expect(membersOf(outcome)).toEqual({ other: ['e1', 'e2', 'e3', 'e4'] });
			expect(outcome.unmatched).toEqual([
				expect.objectContaining({ id: 'loneMentor', reason: 'noEligibleMentee', message: expect.stringContaining('Only 2 mentees') }),
			]);
		});
	});

	describe('when a mentor already leads a circle through locked pairs', () => {
		// lead keeps e1 and e2 (locked) and may be topped up to 4 with no minimum; newLead needs 3 and only 2 mentees are left.
		const participants = [mentor('lead', ['sql']), mentor('newLead', ['sql']), ...['e1', 'e2', 'e3', 'e4'].map((id) => mentee(id, ['sql']))];
		const outcome = matchCircles({
			participants,
			existingPairs: [
				{ mentorId: 'lead', menteeId: 'e1', status: 'locked' },
				{ mentorId: 'lead', menteeId: 'e2', status: 'locked' },
			],
			at: AT,
			weights: SKILLS_ONLY,
			circleSizeMin: 3,
			circleSizeMax: 4,
		});

		it('returns the kept circle topped up to its maximum, locked members marked', () => {
			expect(outcome.circles).toHaveLength(1);
			expect(outcome.circles[0]).toMatchObject({ mentorId: 'lead', size: 4 });
			expect(outcome.circles[0].mentees.map((m) => [m.id, m.locked])).toEqual([
				['e1', true],
				['e2', true],
				['e3', false],
				['e4', false],
			]);
		});
	});

	describe('when two mentees of one circle are in one reporting line or exclude each other', () => {
		// Only one mentor, so all four share the circle: e2 reports to e1, e4 asked not to be paired with e3.
		const participants = [
			mentor('lead', ['sql']),
			mentee('e1', ['sql']),
			mentee('e2', ['sql'], { managerId: 'e1' }),
			mentee('e3', ['sql']),
			mentee('e4', ['sql'], { exclusions: ['e3@example.com'] }),
		];
		const outcome = matchCircles({ participants, at: AT, weights: SKILLS_ONLY, circleSizeMin: 3, circleSizeMax: 6 });

		it('returns the circle with both pairs named in its member warnings', () => {
			expect(membersOf(outcome)).toEqual({ lead: ['e1', 'e2', 'e3', 'e4'] });
			expect(outcome.circles[0].memberWarnings).toEqual(['e1 and e2 are in one reporting line', 'e3 and e4 asked not to be paired']);
		});
	});

	describe('when the circle sizes are not usable', () => {
		it('throws an error naming both sizes', () => {
			expect(() => matchCircles({ participants: [], at: AT, circleSizeMin: 5, circleSizeMax: 4 })).toThrow('Circle sizes from 5 to 4 cannot be used');
		});
	});
});
