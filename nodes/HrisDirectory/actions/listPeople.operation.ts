import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { InvalidOptionError } from '../../core/errors';
import { readHibobEmployee } from '../../core/hris/hibob';
import { PERSONIO_MAX_PAGE_SIZE } from '../../core/hris/paging';
import { toParticipants } from '../../core/hris/participants';
import type { HrisIdSource } from '../../core/hris/participants';
import type { CustomFieldMapping, CustomFieldTarget } from '../../core/hris/person';
import { CUSTOM_FIELD_TARGETS } from '../../core/hris/person';
import { readPersonioEmployee } from '../../core/hris/personio';
import { selectPeople } from '../../core/hris/select';
import { parseIsoDate } from '../../core/participant/dates';
import type { Role } from '../../core/types';
import { fetchHibobEmployees } from '../transport/hibob';
import { fetchPersonioEmployees } from '../transport/personio';
import type { HrisDirectorySystem } from './node.types';

const show = { operation: ['listPeople'] };

const TARGET_NAMES: Record<CustomFieldTarget, string> = {
	level: 'Level',
	skillsOffered: 'Skills Offered',
	skillsWanted: 'Skills Wanted',
	languages: 'Languages',
	interests: 'Interests',
	goals: 'Goals',
	team: 'Team',
	title: 'Title',
	department: 'Department',
	location: 'Location',
	timezone: 'Time Zone',
	hireDate: 'Hire Date',
	terminationDate: 'Termination Date',
	lastPromotionDate: 'Last Promotion Date',
};

export const description: INodeProperties[] = [
	{
		displayName:
			'Every person comes out as one item. A record that cannot be used (no work email, markup in the name, an unreadable record) comes out with "valid": false and "warnings" naming each field; it never stops the run. Mentor Matcher reports such people on its Unmatched output.',
		name: 'invalidPeopleNotice',
		type: 'notice',
		displayOptions: { show },
		default: '',
	},
	{
		displayName: 'Include Former Employees',
		name: 'includeFormer',
		type: 'boolean',
		default: false,
		description: 'Whether to return people who left too, for retention and promotion KPIs',
		displayOptions: { show },
	},
	{
		displayName: 'Former Employees Since',
		name: 'formerSince',
		type: 'dateTime',
		default: '',
		description: 'Only former employees who left on or after this date; leave empty for all',
		hint: 'Former employees without a termination date in the HRIS are always returned',
		displayOptions: { show: { ...show, includeFormer: [true] } },
	},
	{
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: 'Participant fields that live in custom HRIS fields, such as level and skills',
		displayOptions: { show },
		options: [
			{
				displayName: 'Mapping',
				name: 'mappings',
				values: [
					{
						displayName: 'Participant Field',
						name: 'target',
						type: 'options',
						options: CUSTOM_FIELD_TARGETS.map((target) => ({ name: TARGET_NAMES[target], value: target })).sort((a, b) =>
							a.name.localeCompare(b.name),
						),
						default: 'level',
						description: 'The participant field to fill',
					},
					{
						displayName: 'HRIS Field',
						name: 'source',
						type: 'string',
						default: '',
						placeholder: 'e.g. dynamic_24407, Career level, work.custom.field_1699',
						description:
							'Personio: the attribute key (dynamic_…), its universal ID or its label. HiBob: the field ID from Bob\'s fields metadata, e.g. work.custom.field_1699.',
						hint: 'A mapped field overrides the standard one; a field the API user may not read gives a warning on each person',
					},
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'ID From',
				name: 'idFrom',
				type: 'options',
				options: [
					{ name: 'HRIS Employee ID', value: 'hrisId', description: 'Stable even when an email address changes' },
					{ name: 'Email', value: 'email', description: 'Matches rosters built from application forms' },
				],
				default: 'hrisId',
				description: 'What becomes the participant ID; the manager ID follows the same choice',
			},
			{
				displayName: 'Max Retries',
				name: 'maxRetries',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 5,
				description: 'How often a request the HRIS rate-limits (HTTP 429) is retried, after the wait the HRIS asks for',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: PERSONIO_MAX_PAGE_SIZE },
				default: PERSONIO_MAX_PAGE_SIZE,
				description: 'Employees per Personio request (at most 100); HiBob returns everyone in one response',
			},
			{
				displayName: 'Program ID',
				name: 'programId',
				type: 'string',
				default: '',
				description: 'Given to every participant, when one roster holds several programs',
			},
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				options: [
					{ name: 'Leave Out', value: 'none', description: "HR data says nothing about a person's role; their application decides" },
					{ name: 'Both', value: 'both', description: 'For peer programs' },
					{ name: 'Mentee', value: 'mentee' },
					{ name: 'Mentor', value: 'mentor' },
				],
				default: 'none',
				description: 'Role given to every participant',
			},
		],
	},
];

interface ListPeopleOptions {
	idFrom?: HrisIdSource;
	maxRetries?: number;
	pageSize?: number;
	programId?: string;
	role?: Role | 'none';
}

/** Fetches the directory, keeps the people asked for and returns them as participants. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const system = this.getNodeParameter('hris', itemIndex) as HrisDirectorySystem;
	const includeFormer = this.getNodeParameter('includeFormer', itemIndex, false) as boolean;
	const formerSinceText = includeFormer ? (this.getNodeParameter('formerSince', itemIndex, '') as string) : '';
	const mappings = (this.getNodeParameter('customFields.mappings', itemIndex, []) as CustomFieldMapping[]).filter(
		(mapping) => typeof mapping.source === 'string' && mapping.source.trim() !== '',
	);
	const options = this.getNodeParameter('options', itemIndex, {}) as ListPeopleOptions;

	let formerSince: string | undefined;
	if (formerSinceText) {
		formerSince = parseIsoDate(formerSinceText);
		if (formerSince === undefined) {
			throw new InvalidOptionError('Former Employees Since', `"${formerSinceText}" is not a date`, 'Pick a date such as 2024-01-01.');
		}
	}
	const maxRetries = options.maxRetries ?? 5;

	const records =
		system === 'personio'
			? await fetchPersonioEmployees.call(this, { pageSize: options.pageSize ?? PERSONIO_MAX_PAGE_SIZE, maxRetries, itemIndex })
			: await fetchHibobEmployees.call(this, { includeInactive: includeFormer, customFields: mappings, maxRetries, itemIndex });

	const read = system === 'personio' ? readPersonioEmployee : readHibobEmployee;
	const people = selectPeople(
		records.map((record) => read(record, { customFields: mappings })),
		{ includeFormer, formerSince },
	);
	const entries = toParticipants(people, {
		idFrom: options.idFrom ?? 'hrisId',
		role: options.role === undefined || options.role === 'none' ? undefined : options.role,
		programId: options.programId || undefined,
	});
	return entries.map((entry) => ({
		json: { ...entry.participant, valid: entry.valid, warnings: entry.warnings } as unknown as IDataObject,
		pairedItem: { item: itemIndex },
	}));
}
