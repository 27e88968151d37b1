import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { programColumns } from '../../../nodes/core/program/fields';
import { readProgramRecord } from '../../../nodes/core/program/readProgram';
import type { ColumnSpec } from '../../harness/dataTables';
import { InMemoryDataTables } from '../../harness/dataTables';
import type { WorkflowJson } from '../../harness/runWorkflow';

/** Template folder, relative to the repository root (jest runs there). */
export const WORKFLOWS_DIR = path.resolve('workflows');

/** File names of every template. */
export function templateFiles(): string[] {
	return readdirSync(WORKFLOWS_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort();
}

/** A template as the user imports it. */
export function loadTemplate(file: string): WorkflowJson & IDataObject {
	return JSON.parse(readFileSync(path.join(WORKFLOWS_DIR, file), 'utf8')) as WorkflowJson & IDataObject;
}

/** A person of the shared sample organisation (test/fixtures/sample-org.json). */
export interface SamplePerson {
	id: string;
	email: string;
	name: string;
	role: 'mentor' | 'mentee' | 'both';
	department: string;
	team: string;
	title: string;
	location: string;
	level: number;
	managerId: string | null;
	timezone: string;
	languages: string[];
	skillsOffered: string[];
	skillsWanted: string[];
	goals: string[];
	interests: string[];
	capacity: number;
	hireDate: string;
	consent: boolean;
	lastPromotionDate: string | null;
	terminationDate: string | null;
}

let org: SamplePerson[] | undefined;

/** The ~300 people of the sample organisation, generated with a fixed seed. */
export function sampleOrg(): SamplePerson[] {
	org ??= JSON.parse(readFileSync(path.resolve('test/fixtures/sample-org.json'), 'utf8')) as SamplePerson[];
	return org;
}

/** A row as a test puts it into a Data Table. */
export type TableRow = Record<string, string | number | boolean | null>;

const PROFILE_COLUMNS: ColumnSpec[] = [
	...['participantId', 'email', 'name', 'role', 'department', 'title', 'timezone', 'languages', 'skillsOffered', 'skillsWanted', 'goals', 'programId', 'managerId', 'nominations', 'menteeGoals'].map(
		(name) => ({ name, type: 'string' as const }),
	),
	{ name: 'level', type: 'number' },
	{ name: 'capacity', type: 'number' },
	{ name: 'consent', type: 'boolean' },
];

/** Roster columns the templates use (the data model in docs/data-model.md). */
export const ROSTER_COLUMNS: ColumnSpec[] = [
	...PROFILE_COLUMNS,
	...['status', 'applicationId', 'appliedAt', 'confirmedAt'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'waitlistPosition', type: 'number' },
];

/** Columns of `mentorship_applications`: applications waiting for their confirmation. */
export const APPLICATION_COLUMNS: ColumnSpec[] = [
	...PROFILE_COLUMNS,
	...['applicationId', 'status', 'decision', 'appliedAt', 'confirmedAt'].map((name) => ({ name, type: 'string' as const })),
];

/** A sample person as a roster row (lists joined with commas, as the templates store them). */
export function rosterRow(person: SamplePerson, status: string, programId = 'mentoring-2026'): TableRow {
	return {
		participantId: person.id,
		email: person.email,
		name: person.name,
		role: person.role,
		department: person.department,
		title: person.title,
		timezone: person.timezone,
		languages: person.languages.join(', '),
		skillsOffered: person.skillsOffered.join(', '),
		skillsWanted: person.skillsWanted.join(', '),
		goals: person.goals.join(', '),
		programId,
		status,
		managerId: person.managerId ?? '',
		level: person.level,
		capacity: person.capacity,
		consent: true,
	};
}

/** Pair columns of the `mentorship_pairs` table (see the Matching template's sticky note). */
export const PAIR_COLUMNS: ColumnSpec[] = [
	...[
		'pairId', 'programId', 'status', 'channel', 'reasons', 'mentorId', 'mentorName', 'mentorEmail', 'mentorTimezone', 'mentorSlackId', 'mentorTeamsChatId',
		'menteeId', 'menteeName', 'menteeEmail', 'menteeTimezone', 'menteeSlackId', 'menteeTeamsChatId', 'lastMeetingAt',
		'runId', 'approvedAt', 'introducedAt', 'introductionError', 'reviewNote', 'adjustment', 'adjustRound',
		// Goals (docs/data-model.md): the mentee's own, the pair's confirmed ones, and the pair's goals link.
		'menteeGoals', 'goals', 'goalsConfirmedAt', 'goalsLink',
	].map((name) => ({ name, type: 'string' as const })),
	{ name: 'score', type: 'number' },
	{ name: 'adjusted', type: 'boolean' },
];

/** Sent-log columns of `mentorship_sent_log`: one row per message outcome (sent, failed, skipped). */
export const SENT_LOG_COLUMNS: ColumnSpec[] = [
	...['dedupeKey', 'claimKey', 'programId', 'pairId', 'kind', 'channel', 'status', 'reason', 'executionId'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'attempt', type: 'number' },
	{ name: 'sentAt', type: 'date' },
];

/** Claim columns of `mentorship_claims`: claims are decided on `claimKey`, by the table's own row id. */
export const CLAIM_COLUMNS: ColumnSpec[] = [
	...['dedupeKey', 'claimKey', 'programId', 'executionId'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'attempt', type: 'number' },
	{ name: 'claimedAt', type: 'date' },
];

/** Columns of `mentorship_email_retries`: lifecycle emails the mail server refused, kept to be sent again. */
export const EMAIL_RETRY_COLUMNS: ColumnSpec[] = [
	...['programId', 'kind', 'recipient', 'payload', 'nextAttemptAt', 'status', 'lastError'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'attempts', type: 'number' },
];

/** A person's Slack member ID and Teams 1:1 chat ID in the tests' made-up workspace. */
export const slackIdOf = (person: SamplePerson) => `U${person.id}`;
export const teamsChatOf = (person: SamplePerson) => `19:${person.id.toLowerCase()}_mentoring@unq.gbl.spaces`;

/** A pair row as the Matching template stores it. */
export function pairRow(mentor: SamplePerson, mentee: SamplePerson, channel: string, programId = 'mentoring-2026'): Record<string, string | number> {
	return {
		pairId: `pair-${mentor.id}-${mentee.id}`,
		programId,
		status: 'active',
		channel,
		reasons: '',
		score: 80,
		mentorId: mentor.id,
		mentorName: mentor.name,
		mentorEmail: mentor.email,
		mentorTimezone: mentor.timezone,
		mentorSlackId: slackIdOf(mentor),
		mentorTeamsChatId: teamsChatOf(mentor),
		menteeId: mentee.id,
		menteeName: mentee.name,
		menteeEmail: mentee.email,
		menteeTimezone: mentee.timezone,
		menteeSlackId: slackIdOf(mentee),
		menteeTeamsChatId: teamsChatOf(mentee),
		lastMeetingAt: '',
	};
}

/** Columns of `mentorship_responses` (Surveys template): one row per program, pair, respondent and round. */
export const RESPONSE_COLUMNS: ColumnSpec[] = [
	...[
		'programId', 'pairId', 'respondentId', 'role', 'round', 'status', 'instrument', 'submittedAt', 'riskReasons', 'comment', 'rejectReason', 'answer', 'scored',
	].map((name) => ({ name, type: 'string' as const })),
	{ name: 'atRisk', type: 'boolean' },
	{ name: 'quality', type: 'number' },
];

/** Columns of `mentorship_circles` (Group circles template): one row per circle of a group program (docs/data-model.md). */
export const CIRCLE_COLUMNS: ColumnSpec[] = [
	...['programId', 'circleId', 'status', 'channel', 'mentorId', 'mentorName', 'mentorEmail', 'mentorTimezone', 'mentorSlackId', 'mentees', 'memberEmails', 'runId'].map((name) => ({
		name,
		type: 'string' as const,
	})),
	{ name: 'size', type: 'number' },
	{ name: 'meanScore', type: 'number' },
	...['slackChannelId', 'teamsChatId', 'introducedAt', 'introductionError'].map((name) => ({ name, type: 'string' as const })),
];

/** Columns of `mentorship_picks` (Mentor choice template): one row per pick, inserted and never updated (docs/data-model.md). */
export const PICK_COLUMNS: ColumnSpec[] = [
	...['programId', 'menteeEmail', 'mentorEmail', 'executionId'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'pickedAt', type: 'date' },
];

/** Columns of `mentorship_programs`: one record per program (docs/data-model.md). */
export const PROGRAM_COLUMNS: ColumnSpec[] = programColumns();

/**
 * A program's row of `mentorship_programs`, as the Program Setup template stores it: the
 * demo program `mentoring-2026` (the calendar the templates used before they read records:
 * from Monday 2 March 2026, six months, every other Tuesday at 15:00 for 45 minutes), with
 * the given changes. Made by the package's own record reader, so defaults are the real ones.
 */
export function programRow(changes: Record<string, string | number | boolean> = {}): TableRow {
	const read = readProgramRecord(
		{
			programId: 'mentoring-2026',
			name: 'Mentoring 2026',
			managerEmail: 'program-manager@example.com',
			start: '2026-03-02',
			lengthMonths: 6,
			cadence: 'biweekly',
			weekday: 2,
			meetingTime: '15:00',
			meetingMinutes: 45,
			...changes,
		},
		{ now: '2026-01-05T09:00:00.000Z' },
	);
	if (!read.ok) throw new Error(`Test program record is not valid: ${read.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ')}`);
	return read.row;
}

/** The buddy program's record: buddies up to two levels below or three above the new hire, managers welcome. */
export const buddyProgramRow = (): TableRow =>
	programRow({ programId: 'buddy', name: 'Buddies for new hires', kind: 'buddy', managerEmail: 'people-team@example.com', start: '2026-01-05', minLevelGap: -2, managerMentors: 'allow' });

/** The coffee program's record: peers from anywhere in the org, a shared language required. */
export const coffeeProgramRow = (): TableRow =>
	programRow({ programId: 'coffee', name: 'Coffee roulette', kind: 'peer', managerEmail: 'people-team@example.com', start: '2026-01-05', reportingLine: false });

/** The tables of the survey-style templates (Session feedback, End of program): the programs and pairs given, the rest empty. */
export function surveyTemplateTables(pairs: Array<Record<string, string | number>>, programs: TableRow[] = [programRow()]): InMemoryDataTables {
	const tables = new InMemoryDataTables();
	tables.create('mentorship_programs', PROGRAM_COLUMNS, programs);
	tables.create('mentorship_pairs', PAIR_COLUMNS, pairs);
	tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
	tables.create('mentorship_claims', CLAIM_COLUMNS);
	tables.create('mentorship_responses', RESPONSE_COLUMNS);
	return tables;
}
