import { MalformedInputError } from '../../../nodes/core/errors';
import { pairId } from '../../../nodes/core/matching/pairId';
import { MAX_CIRCLE_MENTEES, MAX_MENTEES_TEXT, readSchedulingCircle } from '../../../nodes/core/scheduling/readCircle';

const circle = {
	circleId: 'c1',
	programId: 'circles',
	mentorId: 'ann',
	mentorEmail: 'Ann@Example.com',
	mentorTimezone: 'Europe/Amsterdam',
};
const liz = { id: 'liz', name: 'Liz', email: 'liz@example.com', timezone: 'Europe/London' };

const issuesOf = (raw: Record<string, unknown>) => {
	try {
		readSchedulingCircle(raw);
	} catch (error) {
		return (error as MalformedInputError).issues.map((issue) => `${issue.field} ${issue.problem}`);
	}
	return [];
};

describe('readSchedulingCircle', () => {
	describe('when the mentees come as JSON text from a Data Table row', () => {
		it('returns the same circle as from a list, each mentee with the pair id the Matcher gives mentor and mentee', () => {
			const fromText = readSchedulingCircle({ ...circle, mentees: JSON.stringify([liz]) });
			expect(fromText).toEqual(readSchedulingCircle({ ...circle, mentees: [liz] }));
			expect(fromText.mentees[0]).toEqual({ ...liz, pairId: pairId({ programId: 'circles', mentorId: 'ann', menteeId: 'liz' }) });
			expect(fromText.mentor.email).toBe('ann@example.com');
		});
	});

	describe('when the mentees cannot be read', () => {
		it('returns an issue for text that is not a JSON list, too long, or a list too long or empty', () => {
			expect(issuesOf({ ...circle, mentees: '{"a":1}' })).toEqual(['mentees is not a JSON list']);
			expect(issuesOf({ ...circle, mentees: ' '.repeat(MAX_MENTEES_TEXT + 1) })).toEqual([`mentees is ${MAX_MENTEES_TEXT + 1} characters long, over the limit of ${MAX_MENTEES_TEXT}`]);
			expect(issuesOf({ ...circle, mentees: Array(MAX_CIRCLE_MENTEES + 1).fill(liz) })).toEqual([`mentees lists ${MAX_CIRCLE_MENTEES + 1} mentees, over the limit of ${MAX_CIRCLE_MENTEES}`]);
			expect(issuesOf({ ...circle, mentees: [] })).toEqual(['mentees is empty']);
		});

		it('returns every problem at once, each mentee field named by its place in the list', () => {
			expect(issuesOf({ mentees: [liz, { email: 'x' }] })).toEqual([
				'circleId is missing',
				'mentorEmail is missing',
				'mentorTimezone is missing',
				'mentees[1].email is not an email address',
				'mentees[1].timezone is missing',
			]);
		});
	});
});
