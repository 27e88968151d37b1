import fc from 'fast-check';

import { MalformedInputError } from '../../../nodes/core/errors';
import { meetingFromLink, meetingLinkSubject, outcomeOfPurpose, readMeetingLinkSubject } from '../../../nodes/core/meetings';

describe('meetingLinkSubject', () => {
	it('returns the pair id and the session joined by #', () => {
		expect(meetingLinkSubject('pair-a1', 3)).toBe('pair-a1#3');
	});

	it('reads back every pair id and session it wrote, even a pair id holding #', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 999 }), (pairId, session) => {
				expect(readMeetingLinkSubject(meetingLinkSubject(pairId, session))).toEqual({ pairId, session });
			}),
		);
	});
});

describe('readMeetingLinkSubject', () => {
	describe('when the subject is not <pairId>#<session>', () => {
		it.each(['pair-a1', 'pair-a1#', '#3', 'pair-a1#0', 'pair-a1#03', 'pair-a1#1000', 'pair-a1#1e2', 'pair-a1#-1', 'pair-a1#2.5', 'pair-a1# 2'])(
			'throws a malformed input naming the subject for %p',
			(subject) => {
				expect(() => readMeetingLinkSubject(subject)).toThrow(MalformedInputError);
				expect(() => readMeetingLinkSubject(subject)).toThrow(/^subject: is not a meeting link subject$/);
			},
		);
	});
});

describe('outcomeOfPurpose', () => {
	it('returns met for weMet and notYet for notYet', () => {
		expect([outcomeOfPurpose('weMet'), outcomeOfPurpose('notYet')]).toEqual(['met', 'notYet']);
	});

	it('throws for any other purpose, such as a check-in link', () => {
		expect(() => outcomeOfPurpose('checkInMidpoint')).toThrow(/^purpose: is not a meeting link purpose$/);
	});
});

describe('meetingFromLink', () => {
	describe('when a mentee clicks "We met" for session 2', () => {
		it('returns the row that names the program, pair, session, person, role, outcome and the click time', () => {
			const claims = { programId: 'mentoring-2026', subject: 'pair-m1-e1#2', person: 'ann@example.com', role: 'mentee', purpose: 'weMet' };
			// 10 March 2026, 15:30 UTC.
			expect(meetingFromLink({ claims, at: Date.UTC(2026, 2, 10, 15, 30) })).toEqual({
				programId: 'mentoring-2026',
				pairId: 'pair-m1-e1',
				session: 2,
				personId: 'ann@example.com',
				role: 'mentee',
				outcome: 'met',
				recordedAt: '2026-03-10T15:30:00.000Z',
			});
		});
	});

	describe('when the link is a "Not yet" link', () => {
		it('returns the outcome notYet', () => {
			const claims = { programId: 'p', subject: 'pair-x#7', person: 'bo@example.com', role: 'mentor', purpose: 'notYet' };
			expect(meetingFromLink({ claims, at: 0 })).toMatchObject({ session: 7, outcome: 'notYet', recordedAt: '1970-01-01T00:00:00.000Z' });
		});
	});
});
