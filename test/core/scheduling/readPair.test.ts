import { MalformedInputError } from '../../../nodes/core/errors';
import { readSchedulingPair } from '../../../nodes/core/scheduling/readPair';

const flat = {
	pairId: 'p1',
	mentorEmail: 'Ann@Example.com',
	mentorName: 'Ann',
	mentorTimezone: 'europe/amsterdam',
	menteeEmail: 'bo@example.com',
	menteeName: 'Bo',
	menteeTimezone: 'America/New_York',
};

describe('readSchedulingPair', () => {
	describe('when the item has flat match fields', () => {
		it('returns both people with lower-cased emails and canonical zones', () => {
			const pair = readSchedulingPair(flat);
			expect([pair.mentor.email, pair.mentor.timezone, pair.mentee.timezone]).toEqual(['ann@example.com', 'Europe/Amsterdam', 'America/New_York']);
		});
	});

	describe('when the item nests each person', () => {
		it('returns the nested fields', () => {
			const pair = readSchedulingPair({
				pairId: 'p2',
				mentor: { email: 'ann@example.com', name: 'Ann', timezone: 'Asia/Tokyo', slackId: 'U1' },
				mentee: { email: 'bo@example.com', name: 'Bo', timezone: 'Europe/London' },
			});
			expect([pair.mentor.timezone, pair.mentor.slackId, pair.mentee.timezone]).toEqual(['Asia/Tokyo', 'U1', 'Europe/London']);
		});
	});

	describe('when fields are wrong', () => {
		it('throws one error listing the unknown zone and the missing email', () => {
			try {
				readSchedulingPair({ ...flat, mentorTimezone: 'Mars/Olympus', menteeEmail: '' });
				throw new Error('no error');
			} catch (error) {
				expect(error).toBeInstanceOf(MalformedInputError);
				expect((error as MalformedInputError).issues.map((issue) => [issue.field, issue.problem])).toEqual([
					['mentorTimezone', 'is not a known time zone'],
					['menteeEmail', 'is missing'],
				]);
			}
		});
	});

	describe('when the last meeting comes as text, a Date or epoch milliseconds', () => {
		it('returns the same instant each time', () => {
			const ms = Date.parse('2026-03-10T14:00:00Z');
			const read = (lastMeetingAt: unknown) => readSchedulingPair({ ...flat, lastMeetingAt }).lastMeetingAt;
			expect([read('2026-03-10T14:00:00Z'), read(new Date(ms)), read(ms)]).toEqual([ms, ms, ms]);
		});
	});

	describe('when a person has no zone', () => {
		it('returns the default zone', () => {
			const pair = readSchedulingPair({ ...flat, menteeTimezone: undefined }, { defaultTimezone: 'Europe/Berlin' });
			expect(pair.mentee.timezone).toBe('Europe/Berlin');
		});
	});
});
