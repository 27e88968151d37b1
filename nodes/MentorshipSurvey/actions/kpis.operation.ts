import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, IPairedItemData } from 'n8n-workflow';

import { computeKpis } from '../../core/kpi/computeKpis';
import { goalsOfRecord } from '../../core/program/goals';
import { readProgramParameter } from '../../core/program/programParameter';
import { renderKpiReport } from '../../core/report/kpiReport';
import { pairsCsv } from '../../core/report/pairsCsv';
import { toNodeError } from '../../shared/errors';
import { readOptionalInput } from '../../shared/inputs';
import { chooseLanguage } from '../../core/texts/language';
import type { TextLanguage } from '../../core/texts/language';
import { renderText } from '../../core/texts/render';

const show = { show: { operation: ['kpis'] } };

/** The inputs of the KPIs operation, in connector order. */
export const KPI_INPUTS = ['Participants', 'Pairs', 'Responses', 'HRIS'] as const;

export const description: INodeProperties[] = [
	{
		displayName:
			'Connect four inputs: Participants (enrolled people), Pairs (Mentor Matcher matches), Responses (output of Score) and, optionally, HRIS (employees with hire, termination and promotion dates)',
		name: 'kpiInputsNotice',
		type: 'notice',
		displayOptions: show,
		default: '',
	},
	{
		displayName: 'Program ID',
		name: 'programId',
		type: 'string',
		displayOptions: show,
		default: '',
		placeholder: 'mentoring-2026',
		description:
			'Only this program\'s pairs, participants and the answers about its pairs count. Leave empty to count every program in the input together; the report then names them.',
		hint: 'Whatever the program, only pairs in status active, completed or ended count; proposed and rejected pairs never do',
	},
	{
		displayName: 'Program Record',
		name: 'programRecord',
		type: 'json',
		displayOptions: show,
		default: '',
		description:
			"The program's row of mentorship_programs, as an expression reading a Data Table node (for example one named Read Program): the report then leads with each of the program's goals against its target (met, on track, behind). Leave empty for no goals section.",
	},
	{
		displayName: 'Period Start',
		name: 'periodStart',
		type: 'dateTime',
		displayOptions: show,
		default: '={{ $today.minus({ months: 6 }).toISODate() }}',
		description: 'First day of the reporting period; retention and promotion are measured from here',
	},
	{
		displayName: 'Period End',
		name: 'periodEnd',
		type: 'dateTime',
		displayOptions: show,
		default: '={{ $today.toISODate() }}',
		description: 'Last day of the reporting period',
	},
	{
		displayName: 'Minimum Group Size',
		name: 'minGroupSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		displayOptions: show,
		default: 5,
		description:
			'Breakdown groups with fewer respondents, and retention or promotion groups with fewer people, are not shown so that no small group\'s answers can be singled out',
		hint: 'Lowering this below 5 makes it easier to recognise individual answers',
	},
	{
		displayName: 'Breakdown Fields',
		name: 'breakdownFields',
		type: 'string',
		displayOptions: show,
		default: 'department, location',
		description: 'Participant fields to break the scores down by, separated by commas; leave empty for none',
	},
	{
		displayName: 'Report Title',
		name: 'reportTitle',
		type: 'string',
		displayOptions: show,
		default: 'Mentorship program report',
		description: 'Heading of the HTML report and subject of the report item',
	},
	{
		displayName: 'Report Language',
		name: 'reportLanguage',
		type: 'options',
		displayOptions: show,
		options: [
			{ name: "The Program Record's Language", value: 'programRecord', description: 'The language column of Program Record (en or nl); English when there is none' },
			{ name: 'English', value: 'en' },
			{ name: 'Dutch', value: 'nl' },
		],
		default: 'programRecord',
		description: 'Language of the HTML report, its subject and the CSV column names',
	},
	{
		displayName: 'Options',
		name: 'kpiOptions',
		type: 'collection',
		placeholder: 'Add Option',
		displayOptions: show,
		default: {},
		options: [
			{
				displayName: 'At-Risk Pairs Listed',
				name: 'maxAtRiskListed',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 20,
				description: 'At most this many at-risk pairs are named in the report; the CSV lists all',
			},
			{
				displayName: 'Confidence Level',
				name: 'confidence',
				type: 'number',
				typeOptions: { minValue: 0.5, maxValue: 0.999, numberPrecision: 3 },
				default: 0.95,
				description: 'Confidence level of the NPS interval and of the significance tests',
			},
			{
				displayName: 'CSV Binary Property',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'Binary property of the report item that holds the CSV (the Send Email node attaches "data" by default)',
			},
			{
				displayName: 'CSV File Name',
				name: 'csvFileName',
				type: 'string',
				default: 'mentorship-pairs.csv',
				description: 'File name of the per-pair CSV attached to the report item',
			},
			{
				displayName: 'Meetings Threshold',
				name: 'meetingsThreshold',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 3,
				description: 'The report gives the share of pairs with at least this many meetings',
			},
		],
	},
];

interface KpiOptions {
	maxAtRiskListed?: number;
	confidence?: number;
	csvFileName?: string;
	binaryPropertyName?: string;
	meetingsThreshold?: number;
}

function inputItems(context: IExecuteFunctions, index: number): INodeExecutionData[] {
	const items = readOptionalInput(context, index);
	// One empty item is what a Data Table read with Always Output Data gives for "no rows": a program
	// with nobody in it yet still gets its report, so a loop over programs goes on to the next.
	return items.length === 1 && Object.keys(items[0].json).length === 0 ? [] : items;
}

/** The report's language: the parameter, or the program record's `language` column. */
function reportLanguage(context: IExecuteFunctions): TextLanguage {
	const choice = context.getNodeParameter('reportLanguage', 0, 'programRecord') as string;
	if (choice !== 'programRecord') return chooseLanguage([], choice);
	return chooseLanguage([], readProgramParameter(context.getNodeParameter('programRecord', 0, ''))?.language);
}

function asDate(value: unknown): string {
	return typeof value === 'string' ? value : String(value ?? '');
}

/** Computes the program KPIs over every input: a Summary item and a Report item with the HTML and the CSV. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const inputs = KPI_INPUTS.map((_, index) => inputItems(this, index));
	const pairedItem: IPairedItemData[] = inputs.flatMap((items, input) => items.map((_, item) => ({ item, input })));
	try {
		const options = this.getNodeParameter('kpiOptions', 0, {}) as KpiOptions;
		const breakdownFields = (this.getNodeParameter('breakdownFields', 0, '') as string)
			.split(',')
			.map((field) => field.trim())
			.filter((field) => field !== '');
		const title = this.getNodeParameter('reportTitle', 0) as string;
		const [participants, pairs, responses, hris] = inputs.map((items) => items.map((item) => item.json));
		const result = computeKpis({
			participants,
			pairs,
			responses,
			hris,
			periodStart: asDate(this.getNodeParameter('periodStart', 0)),
			periodEnd: asDate(this.getNodeParameter('periodEnd', 0)),
			minGroupSize: this.getNodeParameter('minGroupSize', 0) as number,
			breakdownFields,
			confidence: options.confidence,
			meetingsThreshold: options.meetingsThreshold,
			programId: this.getNodeParameter('programId', 0, '') as string,
		});
		const programGoals = goalsOfRecord(this.getNodeParameter('programRecord', 0, ''), result.summary);
		const summary = programGoals ? { ...result.summary, programGoals } : result.summary;
		const language = reportLanguage(this);
		const html = renderKpiReport({ summary: result.summary, pairs: result.pairs, title, maxAtRiskListed: options.maxAtRiskListed, programGoals, language });
		// A byte-order mark makes Excel read the file as UTF-8 (names with é, ë, ø).
		const csv = Buffer.from(`\uFEFF${pairsCsv({ pairs: result.pairs, language })}`, 'utf8');
		const binary = await this.helpers.prepareBinaryData(csv, options.csvFileName || renderText('kpi', 'csvFileName', language, {}), 'text/csv');
		const subject = renderText('kpi', 'emailSubject', language, { title, start: result.summary.period.start, end: result.summary.period.end });
		return [
			[{ json: summary as unknown as IDataObject, pairedItem }],
			[
				{
					json: { subject, html, pairs: result.pairs.length, language },
					binary: { [options.binaryPropertyName || 'data']: binary },
					pairedItem: pairedItem.slice(),
				},
			],
		];
	} catch (error) {
		if (this.continueOnFail()) {
			const message = error instanceof Error ? error.message : String(error);
			return [[{ json: { error: message }, pairedItem }], []];
		}
		throw toNodeError(this, error);
	}
}
