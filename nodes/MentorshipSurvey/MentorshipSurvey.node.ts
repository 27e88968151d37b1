import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { KPI_INPUTS_JSON, properties } from './actions/properties';
import { router } from './actions/router';

/**
 * Mentorship Survey: scores survey responses with an instrument (Score) and turns
 * participants, pairs, scored responses and HR records into program KPIs with an
 * e-mail-ready report and a CSV (KPIs). Inputs and outputs follow the operation:
 * Score reads one list of responses; KPIs reads four named lists, so each can come
 * from its own Data Table or HR node, and writes a Summary and a Report.
 */
export class MentorshipSurvey implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mentorship Survey',
		name: 'mentorshipSurvey',
		icon: { light: 'file:mentorshipSurvey.svg', dark: 'file:mentorshipSurvey.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] === "kpis" ? "KPIs" : $parameter["operation"] === "confirmGoals" ? "Confirm Goals" : "Score" }}',
		description: 'Score mentorship surveys and report program KPIs',
		defaults: { name: 'Mentorship Survey' },
		inputs: `={{ $parameter["operation"] === "kpis" ? ${KPI_INPUTS_JSON} : $parameter["operation"] === "confirmGoals" ? [{ "type": "main", "displayName": "Pairs" }] : [{ "type": "main", "displayName": "Responses" }] }}`,
		outputs: `={{ $parameter["operation"] === "kpis" ? [{ "type": "main", "displayName": "Summary" }, { "type": "main", "displayName": "Report" }] : $parameter["operation"] === "confirmGoals" ? [{ "type": "main", "displayName": "Confirmed" }, { "type": "main", "displayName": "Rejected" }] : [{ "type": "main", "displayName": "Scored" }, { "type": "main", "displayName": "Rejected" }] }}`,
		usableAsTool: true,
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
