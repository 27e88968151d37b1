import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { MalformedInputError } from '../../core/errors';
import type { Channel } from '../../core/messages/escape';
import type { TextArea } from '../../core/texts';
import { chooseLanguage, renderText, TEXT_AREAS, textKeys } from '../../core/texts';
import { errorItemOrThrow } from '../../shared/errors';

const show = { show: { operation: ['render'] } };

/** "emailSubject" → "Email Subject", the way n8n names options. */
function label(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The parameter that holds the chosen texts of one area. */
export function textsParameter(area: TextArea): string {
	return `${area}Texts`;
}

const areaParameter: INodeProperties = {
	displayName: 'Area',
	name: 'area',
	type: 'options',
	noDataExpression: true,
	options: TEXT_AREAS.map((area) => ({ name: label(area), value: area })).sort((a, b) => a.name.localeCompare(b.name)),
	default: 'introductions',
	displayOptions: show,
	description: 'Which template\'s texts: each area holds the texts of one template or theme',
};

const textsParameters: INodeProperties[] = TEXT_AREAS.map((area) => ({
	displayName: 'Texts',
	name: textsParameter(area),
	type: 'multiOptions',
	options: textKeys(area)
		.map((key) => ({ name: label(key), value: key }))
		.sort((a, b) => a.name.localeCompare(b.name)),
	default: [],
	displayOptions: { show: { operation: ['render'], area: [area] } },
	description: 'The texts to render. Leave empty for every text of the area (each then needs its values).',
}));

export const description: INodeProperties[] = [
	areaParameter,
	...textsParameters,
	{
		displayName: 'Languages',
		name: 'languages',
		type: 'string',
		default: '={{ $json.languages }}',
		displayOptions: show,
		description:
			'The person\'s languages, a list or text like "nl, en": the first one with texts (English or Dutch) is used. For a message to several people give one list per person (an expression giving [mentor languages, mentee languages]): the first language they all read.',
	},
	{
		displayName: 'Default Language',
		name: 'defaultLanguage',
		type: 'string',
		default: '={{ $json.program?.language ?? \'en\' }}',
		displayOptions: show,
		description: 'The program\'s default language (en or nl), for people whose languages have no texts',
	},
	{
		displayName: 'Values',
		name: 'values',
		type: 'json',
		default: '={{ $json }}',
		displayOptions: show,
		description: 'The values of the placeholders ({{name}} in the texts), as an object. Keep the item, or give an expression that adds fields to it (a program name, a link). Values written differently per language (a date) can sit under en and nl: those of the chosen language win.',
	},
	{
		displayName: 'Output Field',
		name: 'outputField',
		type: 'string',
		default: 'text',
		displayOptions: show,
		description: 'Field of the output item that holds the language and the rendered texts',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Escape Values For',
				name: 'channel',
				type: 'options',
				options: [
					{ name: 'HTML', value: 'html', description: 'Values escaped for an HTML body' },
					{ name: 'Plain Text', value: 'text', description: 'Control characters removed' },
					{ name: 'Slack', value: 'slack', description: 'Values escaped for Slack mrkdwn, no @channel' },
				],
				default: 'text',
				description: 'Where the texts go: values from people (names, goals) are escaped for it',
			},
		],
	},
];

function readValues(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const value = ctx.getNodeParameter('values', itemIndex, {}) as unknown;
	if (typeof value === 'string') {
		try {
			const parsed = JSON.parse(value) as unknown;
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
		} catch {
			// Reported below with what was expected.
		}
	} else if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	throw new MalformedInputError(
		[{ field: 'Values', problem: 'is not an object', expected: 'an object of placeholder values, such as the item' }],
		'Give the Values parameter an expression that returns an object.',
	);
}

function renderItem(ctx: IExecuteFunctions, itemIndex: number, area: TextArea, channel: Channel): INodeExecutionData {
	const chosen = ctx.getNodeParameter(textsParameter(area), itemIndex, []) as string[];
	const keys = Array.isArray(chosen) && chosen.length > 0 ? chosen : textKeys(area);
	const language = chooseLanguage(ctx.getNodeParameter('languages', itemIndex, '') as unknown, ctx.getNodeParameter('defaultLanguage', itemIndex, 'en') as unknown);
	const given = readValues(ctx, itemIndex);
	// Values written differently per language (a date, a list joined with "and") may sit under `en` and `nl`.
	const localized = given[language];
	const values = localized && typeof localized === 'object' && !Array.isArray(localized) ? { ...given, ...(localized as IDataObject) } : given;
	const texts: IDataObject = { language };
	for (const key of keys) texts[key] = renderText(area, key as never, language, values, { channel });
	const outputField = (ctx.getNodeParameter('outputField', itemIndex, 'text') as string) || 'text';
	return { json: { ...ctx.getInputData()[itemIndex].json, [outputField]: texts }, pairedItem: { item: itemIndex } };
}

/** Render: each item gets its texts in its person's language under the output field. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const area = this.getNodeParameter('area', 0) as TextArea;
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const { channel } = this.getNodeParameter('options', itemIndex, {}) as { channel?: Channel };
			output.push(renderItem(this, itemIndex, area, channel ?? 'text'));
		} catch (error) {
			output.push(errorItemOrThrow(this, error, itemIndex));
		}
	}
	return [output];
}
