import type { INodeProperties } from 'n8n-workflow';

import { PARTICIPANT_FIELDS } from '../core/participant/fields';
import { fromThisNode, programRecordProperties } from '../shared/programRecordProperties';

const mappableFields = [
	...PARTICIPANT_FIELDS.filter((field) => field !== 'answers'),
	'skills',
	'firstName',
	'lastName',
	'submittedAt',
].map((field) => ({ name: field, value: field }));

/** The parameters of Mentorship Intake, in the order the editor shows them. */
const ownProperties: INodeProperties[] = [
	{
		displayName: 'Program ID',
		name: 'programId',
		type: 'string',
		default: '',
		placeholder: 'e.g. mentoring-2026',
		description: 'Identifies the program when one roster holds several. Given to every applicant whose submission names no program.',
	},
	{
		displayName: 'Enrolment Mode',
		name: 'enrolmentMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Allowed Email Domains', value: 'domains', description: 'Only people with an address at the listed domains (or their subdomains) may enrol' },
			{ name: 'Invite Only', value: 'inviteOnly', description: 'Only the listed emails or employee IDs may enrol' },
			{ name: 'Open', value: 'open', description: 'Anyone who fills in the form may enrol' },
		],
		default: 'open',
		description: 'Who may enrol in the program',
	},
	{
		displayName: 'Invitees',
		name: 'invitees',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		placeholder: 'ann@example.com, E1042',
		description: 'Emails or employee IDs of the people invited, separated by commas or new lines',
		displayOptions: { show: { enrolmentMode: ['inviteOnly'] } },
	},
	{
		displayName: 'Allowed Domains',
		name: 'allowedDomains',
		type: 'string',
		default: '',
		placeholder: 'example.com, example.nl',
		description: 'Email domains whose people may enrol, separated by commas; subdomains are included',
		displayOptions: { show: { enrolmentMode: ['domains'] } },
	},
	{
		displayName: 'Consent Required',
		name: 'consentRequired',
		type: 'boolean',
		default: true,
		description: "Whether applicants must agree to the program's privacy terms (a yes/ja answer or a ticked checkbox) to enrol",
	},
	{
		displayName: 'Seats per Role',
		name: 'seats',
		type: 'collection',
		placeholder: 'Add Limit',
		default: {},
		description: 'How many people of each role the program takes. Once full, applicants go to the Waitlisted output in the order they applied. No limit when unset.',
		options: [
			{ displayName: 'Mentees', name: 'mentee', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Places for mentees; 0 means no limit' },
			{ displayName: 'Mentors', name: 'mentor', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Places for mentors; 0 means no limit' },
			{ displayName: 'Peers (Role Both)', name: 'both', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Places for people who take part as both, as in peer programs; 0 means no limit' },
		],
	},
	{
		displayName: 'Application Deadline',
		name: 'deadline',
		type: 'dateTime',
		default: '',
		description: 'Applications submitted after this moment are rejected. Updates from people already enrolled or waitlisted are still accepted. Leave empty for no deadline.',
	},
	{
		displayName: 'Field Mapping',
		name: 'fieldMapping',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Mapping',
		default: {},
		description: 'Which form question fills which participant field. Only needed for questions the node does not recognise by itself.',
		options: [
			{
				name: 'mappings',
				displayName: 'Mapping',
				values: [
					{
						displayName: 'Participant Field',
						name: 'field',
						type: 'options',
						options: mappableFields,
						default: 'email',
						description: 'The field to fill. "skills" is a generic skills question: offered for mentors, wanted for mentees.',
					},
					{
						displayName: 'Form Question',
						name: 'label',
						type: 'string',
						default: '',
						placeholder: 'e.g. Werk e-mailadres',
						description: 'The question label (or column name) exactly as the form sends it',
					},
				],
			},
		],
	},
	{
		displayName: 'Current Time',
		name: 'currentTime',
		type: 'string',
		default: '={{ $now.toISO() }}',
		description: 'The moment the intake runs, used for the deadline when a submission carries no time of its own. Keep the default: the execution time.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Allowed Roles',
				name: 'allowedRoles',
				type: 'multiOptions',
				options: [
					{ name: 'Both (Peer)', value: 'both' },
					{ name: 'Mentee', value: 'mentee' },
					{ name: 'Mentor', value: 'mentor' },
				],
				default: [],
				description: 'Roles this program takes; applicants with another role are rejected. Empty means all roles.',
			},
			{
				displayName: 'Auto-Detect Fields',
				name: 'autoDetect',
				type: 'boolean',
				default: true,
				description: 'Whether to recognise common English and Dutch questions (e.g. "E-mail", "Afdeling", "Vaardigheden") and HRIS columns without a mapping',
			},
			{
				displayName: 'Confirmation Row Field',
				name: 'confirmationRowField',
				type: 'string',
				default: '',
				placeholder: 'rosterRowId',
				description:
					'For confirmations: the submission field holding the Data Table row ID of the person\'s "confirming" roster row, inserted just before this node. Places then go to confirmations in row order, so people confirming at the same moment never exceed the seats, and a person\'s second row is merged into their first (outputs carry rosterRowId to write and duplicateRowId to delete). Empty: places are decided from the roster counts.',
			},
			{
				displayName: 'Default Role',
				name: 'defaultRole',
				type: 'options',
				options: [
					{ name: 'Both (Peer)', value: 'both' },
					{ name: 'Mentee', value: 'mentee' },
					{ name: 'Mentor', value: 'mentor' },
					{ name: 'None (Role Required)', value: '' },
				],
				default: '',
				description: 'Role for applicants whose submission names none, e.g. Both for a peer program whose form does not ask',
			},
			{
				displayName: 'HRIS Overrides Answers',
				name: 'hrisOverrides',
				type: 'boolean',
				default: true,
				description: 'Whether department, team, title, location, level, manager and hire date from the HRIS input replace what the applicant typed. Time zone and name are only filled in when left empty.',
			},
			{
				displayName: 'Invalid Submissions',
				name: 'invalidSubmissions',
				type: 'options',
				options: [
					{ name: 'Send to Rejected Output', value: 'reject', description: 'Each invalid submission leaves on the Rejected output with every reason' },
					{ name: 'Stop the Workflow', value: 'stop', description: 'The first invalid submission stops the node with an error naming the item and field' },
				],
				default: 'reject',
				description: 'What happens to a submission with an invalid field (bad email, unknown time zone, ...). A payload that is not a submission at all always stops the node unless "On Error" continues.',
			},
			{
				displayName: 'Minimum Mentor Level',
				name: 'minMentorLevel',
				type: 'number',
				default: 0,
				description: 'Mentors (and peers) below this level are rejected; 0 means no minimum',
			},
		],
	},
];

/** Who may enrol and the places: what a program record sets instead of this node. */
const RECORD_FIELDS = new Set(['programId', 'enrolmentMode', 'invitees', 'allowedDomains', 'seats']);

export const intakeProperties: INodeProperties[] = [
	...programRecordProperties({
		example: "{{ $('Read Program').first().json }}",
		fromRecord: 'the program ID, who may enrol (open, invite list, email domains) and the places per role',
	}),
	...ownProperties.map((property) => (RECORD_FIELDS.has(property.name) ? fromThisNode(property) : property)),
];
