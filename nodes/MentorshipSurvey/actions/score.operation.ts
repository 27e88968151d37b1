import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { Instrument } from '../../core/survey/types';
import { MalformedInputError } from '../../core/errors';
import { escapeHtml, escapeSlack } from '../../core/messages/escape';
import { SurveyAnswerError } from '../../core/survey/errors';
import { SURVEY_LIMITS } from '../../core/survey/limits';
import { builtInInstrument } from '../../core/survey/builtInInstruments';
import { parseCustomInstrument } from '../../core/survey/customInstrument';
import { DEFAULT_RISK_THRESHOLDS } from '../../core/survey/risk';
import { scoreResponse } from '../../core/survey/scoreResponse';
import { errorItemOrThrow, isItemDataProblem, rejectedItem } from '../../shared/errors';

const show = { show: { operation: ['score'] } };

const CUSTOM_EXAMPLE = JSON.stringify(
	[
		{ id: 'heard', labels: ['I feel heard by my buddy', 'Mijn buddy luistert naar mij'], scale: 'agreement5', subscale: 'support' },
		{ id: 'alone', labels: ['I feel on my own at work', 'Ik sta er alleen voor op mijn werk'], scale: 'agreement5', subscale: 'support', reverse: true },
	],
	null,
	2,
);

export const description: INodeProperties[] = [
	{
		displayName: 'Instrument',
		name: 'instrument',
		type: 'options',
		displayOptions: show,
		default: 'mentoringFunctions',
		options: [
			{
				name: 'Custom',
				value: 'custom',
				description: 'Your own list of items with scale, subscale, weight and reverse coding',
			},
			{
				name: 'Employee NPS',
				value: 'enps',
				description: 'How likely people are to recommend the organisation as a place to work (0 to 10)',
			},
			{
				name: 'End of Program',
				value: 'endOfProgram',
				description: 'Mentoring functions, relationship quality, progress on each goal and the recommendation question, in one form',
			},
			{
				name: 'From a Field of the Response',
				value: 'fromField',
				description: 'Each response names its instrument in a field, for exports that mix several surveys',
			},
			{
				name: 'Goal Attainment',
				value: 'goals',
				description: 'Per goal: not started, some, most or achieved (fields "Goal 1" to "Goal 5")',
			},
			{
				name: 'Mentoring Functions',
				value: 'mentoringFunctions',
				description: 'Career support, psychosocial support and role modelling on a 5-point agreement scale',
			},
			{
				name: 'Net Promoter Score',
				value: 'nps',
				description: 'How likely people are to recommend the program (0 to 10)',
			},
			{
				name: 'Relationship Check-In',
				value: 'checkIn',
				description: 'Relationship quality 1 to 5, whether the pair met, meetings since the last check-in',
			},
			{
				name: 'Session Pulse',
				value: 'sessionPulse',
				description: 'After each session: how useful it was (1 to 5) and one line of free text (the comment)',
			},
		],
		description: 'The questionnaire the responses answer',
	},
	{
		displayName: 'Instrument Field',
		name: 'instrumentField',
		type: 'string',
		displayOptions: { show: { operation: ['score'], instrument: ['fromField'] } },
		default: 'survey',
		description:
			'The response field that holds the instrument: mentoringFunctions, checkIn, nps, enps, goals, sessionPulse, endOfProgram or custom (scored with Custom Items)',
	},
	{
		displayName: 'Custom Items (JSON)',
		name: 'customItems',
		type: 'json',
		displayOptions: { show: { operation: ['score'], instrument: ['custom', 'fromField'] } },
		default: CUSTOM_EXAMPLE,
		description:
			'A JSON list of items, each with an ID, a label or labels (every language you ask in), a scale (agreement5, rating5, nps11, yesNo, count, goalStatus, date, or numeric with min and max), a subscale, a weight (default 1), a reverse flag (default false) and optionally what it measures (quality, met, meetings, lastMeeting, recommend, goal)',
		hint: 'Reverse-coded items are mirrored on their scale before averaging, so 5 becomes 1 on a 1 to 5 scale',
	},
	{
		displayName: 'Answer Mapping',
		name: 'answerMapping',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		displayOptions: show,
		default: {},
		placeholder: 'Add Mapping',
		description:
			'Fields matched to items by hand. Without a mapping, a field matches an item when its name is the item ID or one of its English or Dutch question labels.',
		options: [
			{
				displayName: 'Mapping',
				name: 'mappings',
				values: [
					{
						displayName: 'Form Field',
						name: 'field',
						type: 'string',
						default: '',
						placeholder: 'e.g. Q3 How was your last meeting?',
						description: 'The field name as it arrives in the item',
					},
					{
						displayName: 'Item ID',
						name: 'item',
						type: 'string',
						default: '',
						placeholder: 'e.g. quality',
						description: 'The instrument item the field answers (the built-in item IDs are listed in the Mentorship Survey documentation)',
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
		displayOptions: show,
		default: {},
		options: [
			{
				displayName: 'Flag Detractors',
				name: 'flagDetractors',
				type: 'boolean',
				default: true,
				description: 'Whether a recommendation score of 0 to 6 marks the pair as at risk',
			},
			{
				displayName: 'Include Answers',
				name: 'includeAnswers',
				type: 'boolean',
				default: false,
				description: 'Whether to copy the original fields of the response into an "answers" field of the output',
			},
			{
				displayName: 'Low Quality At or Below',
				name: 'lowQualityAtOrBelow',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 5 },
				default: 2,
				description: 'A relationship quality (1 to 5) at or below this marks the pair as at risk; 0 turns this off',
			},
			{
				displayName: 'Minimum Answered Share',
				name: 'minAnsweredShare',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.75,
				description:
					'Share of a subscale\'s items that must be answered for its mean to be reported (custom instruments only; built-in ones use 0.75)',
			},
			{
				displayName: 'No Meeting for Weeks',
				name: 'noMeetingWeeks',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 4,
				description:
					'Weeks without a meeting (from the "When did you last meet" answer or a lastMeetingAt field, up to submittedAt) that mark the pair as at risk; 0 turns this off',
			},
		],
	},
];

interface ScoreOptions {
	flagDetractors?: boolean;
	includeAnswers?: boolean;
	lowQualityAtOrBelow?: number;
	minAnsweredShare?: number;
	noMeetingWeeks?: number;
}

type ParameterReader = ReturnType<typeof parameterReader>;

function readInstrument(
	parameter: ParameterReader,
	itemIndex: number,
	json: IDataObject,
	options: ScoreOptions,
	parsed: Map<string, Instrument>,
): Instrument {
	let id = parameter<string>('instrument', itemIndex, 'mentoringFunctions');
	if (id === 'fromField') {
		const field = parameter<string>('instrumentField', itemIndex, 'survey');
		const value = json[field];
		if (typeof value !== 'string' || value.trim() === '') {
			throw new MalformedInputError(
				[{ field, problem: `response ${itemIndex + 1} does not say which instrument scores it`, expected: 'mentoringFunctions, checkIn, nps, enps, goals or custom' }],
				`Add a "${field}" field to every response, or choose a fixed instrument.`,
			);
		}
		id = value.trim();
	}
	if (id !== 'custom') return builtInInstrument({ id });
	const raw = parameter<unknown>('customItems', itemIndex, '[]');
	const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
	// Parsed once per distinct definition, so matching indexes built on it are reused too.
	const key = `${options.minAnsweredShare ?? ''}|${text}`;
	let instrument = parsed.get(key);
	if (!instrument) {
		let value: unknown = raw;
		if (typeof raw === 'string') {
			try {
				value = JSON.parse(raw);
			} catch {
				value = raw;
			}
		}
		instrument = parseCustomInstrument(value, { minAnsweredShare: options.minAnsweredShare });
		parsed.set(key, instrument);
	}
	return instrument;
}

/** Whether a raw parameter value holds an expression anywhere, so it may differ per item. */
function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

/**
 * Reads a parameter for an item, but only once for all items when it holds no
 * expression: resolving parameters is most of n8n's cost per item, and 100,000
 * responses are a normal survey export.
 */
function parameterReader(context: IExecuteFunctions) {
	const raw = context.getNode().parameters;
	const cache = new Map<string, unknown>();
	return <T>(name: string, itemIndex: number, fallback: T): T => {
		const top = name.split('.')[0];
		if (hasExpression(raw[top])) return context.getNodeParameter(name, itemIndex, fallback as never) as T;
		if (!cache.has(name)) cache.set(name, context.getNodeParameter(name, itemIndex, fallback as never));
		return cache.get(name) as T;
	};
}

/** The response as received for the Rejected output, each long text cut to the answer limit so a 1 MB field is not copied on. */
function boundedAnswer(json: IDataObject): IDataObject {
	const copy: IDataObject = {};
	for (const key of Object.keys(json).slice(0, SURVEY_LIMITS.fields)) {
		const value = json[key];
		copy[key.slice(0, SURVEY_LIMITS.label)] = typeof value === 'string' && value.length > SURVEY_LIMITS.answer ? value.slice(0, SURVEY_LIMITS.answer) : value;
	}
	return copy;
}

const GENERIC_PERSON_MESSAGE = 'Some answers could not be read. Please check them and send the form again.';

/**
 * Scores each input item with the chosen instrument: one scored item per response
 * (output Scored); a response that cannot be scored (an answer off its scale, a text
 * over the limits) goes to output Rejected with the answer, the reasons and a message
 * for the person who sent it, and the other responses go on.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	const parameter = parameterReader(this);
	const instruments = new Map<string, Instrument>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const json = items[itemIndex].json;
		try {
			const options = parameter<ScoreOptions>('options', itemIndex, {});
			const instrument = readInstrument(parameter, itemIndex, json, options, instruments);
			const mappings = parameter<Array<{ field: string; item: string }>>('answerMapping.mappings', itemIndex, []);
			const mapping = Object.fromEntries(mappings.filter((entry) => entry.field && entry.item).map((entry) => [entry.field, entry.item]));
			const scored = scoreResponse(json, {
				instrument,
				mapping,
				label: `Item ${itemIndex}`,
				thresholds: {
					lowQualityAtOrBelow: options.lowQualityAtOrBelow ?? DEFAULT_RISK_THRESHOLDS.lowQualityAtOrBelow,
					noMeetingWeeks: options.noMeetingWeeks ?? DEFAULT_RISK_THRESHOLDS.noMeetingWeeks,
					flagDetractors: options.flagDetractors ?? DEFAULT_RISK_THRESHOLDS.flagDetractors,
				},
			});
			const output = { ...scored } as unknown as IDataObject;
			// Ready for a Slack or HTML message: a comment is the respondent's own text and may hold `<!channel>` or markup.
			output.commentSlack = scored.comment ? escapeSlack(scored.comment) : null;
			output.commentHtml = scored.comment ? escapeHtml(scored.comment) : null;
			if (options.includeAnswers) output.answers = json;
			returnData.push({ json: output, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!isItemDataProblem(error)) {
				rejected.push(errorItemOrThrow(this, error, itemIndex));
				continue;
			}
			const item = rejectedItem(error, itemIndex, {
				status: 'rejected',
				...(typeof json.pairId === 'string' ? { pairId: json.pairId.slice(0, SURVEY_LIMITS.label) } : {}),
				answer: boundedAnswer(json),
				message: error instanceof SurveyAnswerError ? error.personMessage : GENERIC_PERSON_MESSAGE,
			});
			rejected.push(item);
		}
	}
	return [returnData, rejected];
}
