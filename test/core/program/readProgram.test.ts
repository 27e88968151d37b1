import fc from 'fast-check';

import { describeProgram } from '../../../nodes/core/program/describeProgram';
import { programColumns } from '../../../nodes/core/program/fields';
import { readProgramRecord } from '../../../nodes/core/program/readProgram';

const NOW = '2026-12-03T10:00:00.000Z';
const minimal = { programId: 'mentoring-2027', name: 'Mentoring 2027', managerEmail: 'People-Team@Example.com', start: '2027-03-01' };

describe('readProgramRecord', () => {
	describe('when only the required fields are given', () => {
		it('fills the recommended program design', () => {
			const result = readProgramRecord(minimal, { now: NOW });
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			// The defaults, as the setup form promises them.
			expect(result.program).toEqual({
				programId: 'mentoring-2027',
				name: 'Mentoring 2027',
				kind: 'mentoring',
				status: 'open',
				audience: '',
				managerEmail: 'people-team@example.com',
				enrolmentMode: 'open',
				invitees: [],
				allowedDomains: [],
				mentorSeats: 0,
				menteeSeats: 0,
				peerSeats: 0,
				start: '2027-03-01',
				lengthMonths: 6,
				cadence: 'biweekly',
				weekday: 2,
				meetingTime: '15:00',
				meetingMinutes: 45,
				workingHoursStart: '09:00',
				workingHoursEnd: '17:00',
				holidays: [],
				language: 'en',
				channel: 'email',
				linkSecretCredential: 'Mentorship Link Secret',
				reportingLine: true,
				managerMentors: 'forbid',
				department: 'preferDifferent',
				sharedLanguage: true,
				maxTimezoneGapHours: 12,
				minLevelGap: 1,
				goalMatchRate: 90,
				goalMeetingsPerMonth: 2,
				goalGoalAttainment: 80,
				goalRetentionPoints: 5,
				circleSizeMin: 3,
				circleSizeMax: 6,
				kickOffWithinDays: 0,
				offerDays: 3,
			});
			expect(result.row).toEqual(expect.objectContaining({ invitees: '', holidays: '', changedAt: NOW, reportingLine: true }));
			expect(Object.keys(result.row).sort()).toEqual(programColumns().map((column) => column.name).sort());
		});
	});

	describe('when the setup form sends its questions as labels', () => {
		it('reads them by question, lists and yes/no answers included', () => {
			const result = readProgramRecord(
				{
					'Program ID': 'buddy-2027',
					'Program name': 'Buddies',
					'Kind of program': 'Buddy',
					'Program manager email': 'hr@example.com',
					'Start date': '2027-01-04',
					'How often pairs meet': 'Weekly',
					'Who may enrol': 'Invite only',
					'Invite list': 'a@example.com; b@example.com\nc@example.com',
					Holidays: '2027-04-27, 2027-01-01, 2027-04-27',
					'Require a shared language': 'nee',
					'Places for mentees': '40',
				},
				{ now: NOW },
			);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.program).toEqual(
				expect.objectContaining({
					kind: 'buddy',
					cadence: 'weekly',
					enrolmentMode: 'inviteOnly',
					invitees: ['a@example.com', 'b@example.com', 'c@example.com'],
					holidays: ['2027-01-01', '2027-04-27'],
					sharedLanguage: false,
					menteeSeats: 40,
				}),
			);
			expect(result.row.holidays).toBe('2027-01-01, 2027-04-27');
		});
	});

	describe('when fields are wrong', () => {
		it('names every field with what was expected', () => {
			const result = readProgramRecord(
				{ programId: 'mentoring 2027!', name: '', managerEmail: 'nobody', start: '2027-02-30', cadence: 'daily', mentorSeats: -1, meetingMinutes: 2.5, holidays: 'soon' },
				{ now: NOW },
			);
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.issues.map((issue) => issue.field)).toEqual(['programId', 'name', 'managerEmail', 'mentorSeats', 'start', 'cadence', 'meetingMinutes', 'holidays']);
			expect(result.issues.find((issue) => issue.field === 'cadence')).toEqual({
				field: 'cadence',
				problem: 'is not one of the choices',
				expected: 'one of weekly, biweekly, monthly',
				received: 'daily',
			});
		});

		it('refuses a meeting that does not fit in working hours, and an invite-only program without invitees', () => {
			const late = readProgramRecord({ ...minimal, meetingTime: '16:30', meetingMinutes: 45 }, { now: NOW });
			expect(late.ok ? [] : late.issues.map((issue) => issue.field)).toEqual(['meetingTime']);
			const invite = readProgramRecord({ ...minimal, enrolmentMode: 'inviteOnly' }, { now: NOW });
			expect(invite.ok ? [] : invite.issues.map((issue) => issue.field)).toEqual(['invitees']);
			const hours = readProgramRecord({ ...minimal, workingHoursStart: '17:00', workingHoursEnd: '09:00' }, { now: NOW });
			expect(hours.ok ? [] : hours.issues.map((issue) => issue.field)).toEqual(['workingHoursEnd']);
		});

		it('refuses a 1 MB answer at once, naming the field', () => {
			const result = readProgramRecord({ ...minimal, audience: 'x'.repeat(1_000_000), kind: 'y'.repeat(1_000_000) }, { now: NOW });
			expect(result.ok ? [] : result.issues.map((issue) => [issue.field, issue.expected])).toEqual([
				['kind', 'at most 20000 characters'],
				['audience', 'at most 20000 characters'],
			]);
		});
	});

	describe('for any input', () => {
		it('never throws, and a stored row reads back as the same program', () => {
			fc.assert(
				fc.property(fc.dictionary(fc.constantFrom('programId', 'name', 'kind', 'start', 'holidays', 'mentorSeats', 'Program name', 'status', 'weekday'), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string()))), (extra) => {
					const result = readProgramRecord({ ...minimal, ...extra }, { now: NOW });
					if (!result.ok) return;
					const again = readProgramRecord(result.row, { now: NOW });
					expect(again).toEqual(result);
				}),
			);
		});
	});
});

describe('describeProgram', () => {
	it('lists every setting as question and answer', () => {
		const result = readProgramRecord({ ...minimal, holidays: '2027-12-25' }, { now: NOW });
		if (!result.ok) throw new Error('expected a valid program');
		const lines = describeProgram(result.program).split('\n');
		expect(lines[0]).toBe('Program ID: mentoring-2027');
		expect(lines).toContain('Holidays: 2027-12-25');
		expect(lines).toContain('Forbid pairs inside a reporting line: yes');
		expect(lines).toContain('Invite list: none');
	});
});
