/**
 * The program record, field by field: one row per program in `mentorship_programs`.
 * Each field has its column name (the row is flat so the program team can read and edit
 * it in the Data Table), the question the setup form asks, its kind, and its default:
 * the program design the package recommends (mentors who manage anyone in the program
 * excluded, a different department preferred, no pair inside a reporting line).
 */
export type FieldKind =
	| { type: 'text'; max: number; pattern?: 'id' | 'email' | 'date' | 'time' }
	| { type: 'choice'; options: readonly string[] }
	| { type: 'number'; min: number; max: number; integer: boolean }
	| { type: 'boolean' }
	| { type: 'list'; max: number; item: 'text' | 'date' | 'email' };

export interface ProgramField {
	column: string;
	label: string;
	kind: FieldKind;
	required?: boolean;
	default?: string | number | boolean;
	/** For the summary: a short explanation of what the field means. */
	help: string;
}

export const PROGRAM_KINDS = ['mentoring', 'reverse', 'buddy', 'peer', 'group'] as const;
export const PROGRAM_STATUSES = ['draft', 'open', 'closed'] as const;

const text = (max: number, pattern?: 'id' | 'email' | 'date' | 'time'): FieldKind => ({ type: 'text', max, ...(pattern ? { pattern } : {}) });
const whole = (min: number, max: number): FieldKind => ({ type: 'number', min, max, integer: true });

export const PROGRAM_FIELDS: readonly ProgramField[] = [
	{ column: 'programId', label: 'Program ID', kind: text(64, 'id'), required: true, help: 'the key every table uses (letters, digits, - and _)' },
	{ column: 'name', label: 'Program name', kind: text(120), required: true, help: 'what participants read' },
	{ column: 'kind', label: 'Kind of program', kind: { type: 'choice', options: PROGRAM_KINDS }, default: 'mentoring', help: 'mentoring, reverse, buddy, peer or group' },
	{ column: 'status', label: 'Status', kind: { type: 'choice', options: PROGRAM_STATUSES }, default: 'open', help: 'open programs take applications and run their schedules' },
	{ column: 'audience', label: 'Who is it for', kind: text(500), default: '', help: 'the audience, in words' },
	{ column: 'managerEmail', label: 'Program manager email', kind: text(254, 'email'), required: true, help: 'who gets reviews, alerts and reports' },
	{ column: 'enrolmentMode', label: 'Who may enrol', kind: { type: 'choice', options: ['open', 'inviteOnly', 'domains'] }, default: 'open', help: 'anyone, an invite list, or email domains' },
	{ column: 'invitees', label: 'Invite list', kind: { type: 'list', max: 5000, item: 'text' }, default: '', help: 'emails or employee ids, for invite-only programs' },
	{ column: 'allowedDomains', label: 'Email domains', kind: { type: 'list', max: 50, item: 'text' }, default: '', help: 'for domain-only programs' },
	{ column: 'mentorSeats', label: 'Places for mentors', kind: whole(0, 100000), default: 0, help: '0 means no limit' },
	{ column: 'menteeSeats', label: 'Places for mentees', kind: whole(0, 100000), default: 0, help: '0 means no limit' },
	{ column: 'peerSeats', label: 'Places for peers', kind: whole(0, 100000), default: 0, help: '0 means no limit' },
	{ column: 'start', label: 'Start date', kind: text(10, 'date'), required: true, help: 'the first day of the program' },
	{ column: 'lengthMonths', label: 'Length in months', kind: whole(1, 36), default: 6, help: 'how long pairs work together' },
	{ column: 'cadence', label: 'How often pairs meet', kind: { type: 'choice', options: ['weekly', 'biweekly', 'monthly'] }, default: 'biweekly', help: 'weekly, every other week, or monthly' },
	{ column: 'weekday', label: 'Meeting day', kind: whole(1, 5), default: 2, help: '1 Monday to 5 Friday' },
	{ column: 'meetingTime', label: 'Meeting time', kind: text(5, 'time'), default: '15:00', help: "in the mentor's own time zone" },
	{ column: 'meetingMinutes', label: 'Meeting length in minutes', kind: whole(5, 480), default: 45, help: '' },
	{ column: 'workingHoursStart', label: 'Working hours start', kind: text(5, 'time'), default: '09:00', help: '' },
	{ column: 'workingHoursEnd', label: 'Working hours end', kind: text(5, 'time'), default: '17:00', help: '' },
	{ column: 'holidays', label: 'Holidays', kind: { type: 'list', max: 100, item: 'date' }, default: '', help: 'dates without meetings' },
	{ column: 'language', label: 'Default language', kind: { type: 'choice', options: ['en', 'nl'] }, default: 'en', help: "for people whose languages we do not speak" },
	{ column: 'channel', label: 'Channel', kind: { type: 'choice', options: ['email', 'slack', 'teams'] }, default: 'email', help: 'where pairs are introduced and reminded' },
	{ column: 'linkSecretCredential', label: 'Link secret credential', kind: text(120), default: 'Mentorship Link Secret', help: "the name of the n8n credential that signs this program's links" },
	{ column: 'reportingLine', label: 'Forbid pairs inside a reporting line', kind: { type: 'boolean' }, default: true, help: 'never pair someone with their own (indirect) manager' },
	{ column: 'managerMentors', label: 'Mentors who manage someone in the program', kind: { type: 'choice', options: ['forbid', 'farOnly', 'allow'] }, default: 'forbid', help: 'excluded, only far from their mentee, or allowed' },
	{ column: 'department', label: 'Same department', kind: { type: 'choice', options: ['preferDifferent', 'forbid', 'noPreference'] }, default: 'preferDifferent', help: 'prefer pairs across departments, forbid same-department pairs, or no preference' },
	{ column: 'sharedLanguage', label: 'Require a shared language', kind: { type: 'boolean' }, default: true, help: '' },
	{ column: 'maxTimezoneGapHours', label: 'Largest time-zone gap in hours', kind: whole(0, 12), default: 12, help: '12 means no limit' },
	{ column: 'minLevelGap', label: 'Smallest level gap', kind: whole(-10, 10), default: 1, help: 'mentor minus mentee level (mentee minus mentor in reverse programs)' },
	{ column: 'goalMatchRate', label: 'Goal: match rate (%)', kind: whole(0, 100), default: 90, help: 'share of mentees matched' },
	{ column: 'goalMeetingsPerMonth', label: 'Goal: meetings per pair per month', kind: { type: 'number', min: 0, max: 31, integer: false }, default: 2, help: 'logged meetings' },
	{ column: 'goalGoalAttainment', label: 'Goal: goals at least mostly achieved (%)', kind: whole(0, 100), default: 80, help: 'share of rated goals' },
	{ column: 'goalRetentionPoints', label: 'Goal: retention above non-participants (points)', kind: { type: 'number', min: -100, max: 100, integer: false }, default: 5, help: 'percentage points' },
	{ column: 'circleSizeMin', label: 'Circle size: fewest mentees', kind: whole(1, 50), default: 3, help: 'group programs: a mentor leads a circle of at least this many mentees, or none' },
	{ column: 'circleSizeMax', label: 'Circle size: most mentees', kind: whole(1, 50), default: 6, help: 'group programs: the most mentees in one circle' },
	{
		column: 'kickOffWithinDays',
		label: 'Rolling start: first meeting within (working days)',
		kind: whole(0, 20),
		default: 0,
		help: "0: every pair follows the program's calendar; 1 to 20: each pair's sessions, surveys and end count from its own introduction (or startedAt), the first meeting within that many working days",
	},
	{ column: 'offerDays', label: 'Days to accept a freed place', kind: whole(1, 30), default: 3, help: 'how long a waitlist offer stays open' },
];

/** Columns of `mentorship_programs`, with their Data Table types. */
export function programColumns(): Array<{ name: string; type: 'string' | 'number' | 'boolean' }> {
	return [
		...PROGRAM_FIELDS.map((field) => ({
			name: field.column,
			type: field.kind.type === 'number' ? ('number' as const) : field.kind.type === 'boolean' ? ('boolean' as const) : ('string' as const),
		})),
		{ name: 'changedAt', type: 'string' as const },
	];
}
