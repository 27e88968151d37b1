import { MalformedInputError } from '../../../nodes/core/errors';
import { closeProgram, SURVEY_LINK_PLACEHOLDER } from '../../../nodes/core/lifecycle';

const pair = (pairId: string, status: string) => ({
	programId: 'mentoring-2026',
	pairId,
	status,
	mentorName: 'Ada Mentor',
	mentorEmail: 'ada@example.com',
	menteeName: 'Ben Mentee',
	menteeEmail: 'ben@example.com',
});
const options = (now: string) => ({ pairs: [pair('p1', 'active'), pair('p2', 'ended'), pair('p3', 'completed')], programEnd: '2026-09-02', now, programName: 'Mentoring 2026' });

describe('closeProgram', () => {
	describe('before the program’s last day', () => {
		it('returns nothing to close', () => {
			expect(closeProgram(options('2026-09-01T23:59:00.000Z'))).toEqual([]);
		});
	});

	describe('on the last day', () => {
		const [closing, ...more] = closeProgram(options('2026-09-02T09:00:00.000Z'));

		it('completes only the active pair, at the run’s moment', () => {
			expect(more).toEqual([]);
			expect([closing.pairId, closing.pair]).toEqual(['p1', { status: 'completed', completedAt: '2026-09-02T09:00:00.000Z' }]);
		});

		it('writes a closing message to each member with a place for their survey link, and a certificate to the mentor', () => {
			expect(closing.messages.map((message) => [message.to, message.kind, message.needsSurveyLink, message.subject])).toEqual([
				['ada@example.com', 'closing', true, 'Your mentoring pair with Ben Mentee has come to its end'],
				['ben@example.com', 'closing', true, 'Your mentoring pair with Ada Mentor has come to its end'],
				['ada@example.com', 'mentorThanks', false, 'Thank you for mentoring, Ada Mentor'],
			]);
			expect(closing.messages[0].text).toContain(`Your personal link: ${SURVEY_LINK_PLACEHOLDER}`);
			expect(closing.messages[2].text).toContain('CERTIFICATE OF MENTORING');
			expect(closing.messages[2].text).toContain('mentored Ben Mentee in Mentoring 2026, which ended on 2026-09-02.');
			expect(closing.messages[2].text).not.toContain(SURVEY_LINK_PLACEHOLDER);
		});
	});

	describe('when the program end is not a date', () => {
		it('throws a problem naming programEnd', () => {
			expect(() => closeProgram({ ...options('2026-09-02T09:00:00.000Z'), programEnd: 'September' })).toThrow(MalformedInputError);
		});
	});
});
