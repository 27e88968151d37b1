import type { INodeProperties } from 'n8n-workflow';

import { fromThisNode, programRecordProperties } from '../../../shared/programRecordProperties';

const showFor = { show: { operation: ['plan', 'dueReminders'] } };

/** The calendar parameters that a program record replaces. */
const RECORD_FIELDS = new Set(['programStart', 'programLengthUnit', 'programLength', 'programEnd', 'cadence', 'weekday', 'preferredTime', 'durationMinutes', 'workingHoursStart', 'workingHoursEnd', 'holidays', 'topicBank', 'customTopics', 'language', 'kickOffWithinDays']);

/** Parameters that fix a program's calendar and topics; Plan and Due Reminders share them so both see the same sessions. */
const calendarFields: INodeProperties[] = [
	{
		displayName: 'Program Start',
		name: 'programStart',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: showFor,
		description: 'First day of the program. Only the date is used.',
	},
	{
		displayName: 'Program Length In',
		name: 'programLengthUnit',
		type: 'options',
		default: 'months',
		displayOptions: showFor,
		options: [
			{ name: 'Weeks', value: 'weeks' },
			{ name: 'Months', value: 'months' },
			{ name: 'End Date', value: 'endDate', description: 'Give the last day of the program' },
		],
	},
	{
		displayName: 'Program Length',
		name: 'programLength',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 520 },
		default: 6,
		displayOptions: { show: { operation: ['plan', 'dueReminders'], programLengthUnit: ['weeks', 'months'] } },
		description: 'How many weeks or months the program runs',
	},
	{
		displayName: 'Program End',
		name: 'programEnd',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { operation: ['plan', 'dueReminders'], programLengthUnit: ['endDate'] } },
		description: 'Last day of the program (included)',
	},
	{
		displayName: 'Cadence',
		name: 'cadence',
		type: 'options',
		default: 'biweekly',
		displayOptions: showFor,
		options: [
			{ name: 'Weekly', value: 'weekly' },
			{ name: 'Every Two Weeks', value: 'biweekly' },
			{ name: 'Monthly', value: 'monthly', description: 'On the preferred weekday, once a month' },
		],
	},
	{
		displayName: 'Preferred Weekday',
		name: 'weekday',
		type: 'options',
		default: 2,
		displayOptions: showFor,
		options: [
			{ name: 'Monday', value: 1 },
			{ name: 'Tuesday', value: 2 },
			{ name: 'Wednesday', value: 3 },
			{ name: 'Thursday', value: 4 },
			{ name: 'Friday', value: 5 },
		],
	},
	{
		displayName: 'Preferred Time',
		name: 'preferredTime',
		type: 'string',
		default: '15:00',
		placeholder: '15:00',
		displayOptions: showFor,
		description: '24-hour time in the anchor person\'s time zone. Moved to the nearest time inside both people\'s working hours when needed.',
	},
	{
		displayName: 'Meeting Length (Minutes)',
		name: 'durationMinutes',
		type: 'number',
		typeOptions: { minValue: 5, maxValue: 480 },
		default: 45,
		displayOptions: showFor,
	},
	{
		displayName: 'Working Hours Start',
		name: 'workingHoursStart',
		type: 'string',
		default: '09:00',
		displayOptions: showFor,
		description: 'Start of the working day, in each person\'s own time zone',
	},
	{
		displayName: 'Working Hours End',
		name: 'workingHoursEnd',
		type: 'string',
		default: '17:00',
		displayOptions: showFor,
		description: 'End of the working day, in each person\'s own time zone',
	},
	{
		displayName: 'Preferred Time Is In',
		name: 'anchor',
		type: 'options',
		default: 'mentor',
		displayOptions: showFor,
		options: [
			{ name: 'Mentor\'s Time Zone', value: 'mentor' },
			{ name: 'Mentee\'s Time Zone', value: 'mentee' },
		],
		description: 'Whose calendar the preferred weekday and time are read in',
	},
	{
		displayName: 'Holidays',
		name: 'holidays',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Holiday',
		displayOptions: showFor,
		description: 'Days without sessions. A session on a holiday moves to the next working day.',
		options: [
			{
				name: 'holiday',
				displayName: 'Holiday',
				values: [{ displayName: 'Date', name: 'date', type: 'string', default: '', placeholder: '2026-12-25' }],
			},
		],
	},
	{
		displayName: 'Topic Bank',
		name: 'topicBank',
		type: 'options',
		default: 'mentoring',
		displayOptions: showFor,
		options: [
			{ name: 'Buddy (New Hires)', value: 'buddy' },
			{ name: 'Career', value: 'career' },
			{ name: 'Custom', value: 'custom', description: 'Your own list of topics' },
			{ name: 'Life and Well-Being', value: 'life' },
			{ name: 'Mentoring', value: 'mentoring' },
			{ name: 'Peer', value: 'peer' },
			{ name: 'Reverse Mentoring', value: 'reverse' },
		],
		description: 'Where session topics come from. The first session is always the kick-off with icebreakers.',
	},
	{
		displayName: 'Topics',
		name: 'customTopics',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Topic',
		displayOptions: { show: { operation: ['plan', 'dueReminders'], topicBank: ['custom'] } },
		options: [
			{
				name: 'topic',
				displayName: 'Topic',
				values: [{ displayName: 'Text', name: 'text', type: 'string', default: '' }],
			},
		],
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		default: 'en',
		displayOptions: showFor,
		options: [
			{ name: 'English', value: 'en' },
			{ name: 'Dutch', value: 'nl' },
		],
		description: 'Language of built-in topics and messages',
	},
	{
		displayName: 'Rolling Start: First Meeting Within (Working Days)',
		name: 'kickOffWithinDays',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 20 },
		default: 0,
		displayOptions: showFor,
		description:
			"0: every pair follows the program's calendar. 1 to 20: each pair's sessions, surveys and end count from its own start (the pair's startedAt, else introducedAt), its first meeting within that many working days.",
	},
];

export const programFields: INodeProperties[] = [
	...programRecordProperties({
		show: { operation: ['plan', 'dueReminders'] },
		example: '{{ $json.program }} (each pair carrying its program)',
		fromRecord: "the calendar (start, length, cadence, day, time, meeting length, working hours, holidays), the topic bank of the program's kind, the language and the program name",
	}),
	...calendarFields.map((field) => (RECORD_FIELDS.has(field.name) ? fromThisNode(field) : field)),
];
