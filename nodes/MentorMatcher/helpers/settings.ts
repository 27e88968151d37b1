import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { MatchingSettings } from '../../core/matching/match';
import type { Criterion, HardRules, ProgramKind } from '../../core/matching/types';

/** Options collection of the node, as n8n hands it over. */
export interface MatcherOptions {
	candidatesPerMentee?: number;
	orgChartProblems?: 'report' | 'fail';
	referenceDate?: string;
	requireConsent?: boolean;
	workingDayStart?: number;
	workingDayEnd?: number;
	exact?: boolean;
	respectFreePlaces?: boolean;
}

/** Reads the parameters shared by Match and Suggest into the core's settings. */
export function readSettings(ctx: IExecuteFunctions): { settings: MatchingSettings; options: MatcherOptions } {
	const options = ctx.getNodeParameter('options', 0, {}) as MatcherOptions;
	const referenceDate = options.referenceDate ? new Date(options.referenceDate) : new Date();
	const settings: MatchingSettings = {
		kind: ctx.getNodeParameter('programKind', 0) as ProgramKind,
		weights: ctx.getNodeParameter('weights', 0, {}) as Partial<Record<Criterion, number>>,
		rules: ctx.getNodeParameter('rules', 0, {}) as IDataObject as Partial<HardRules>,
		minScore: ctx.getNodeParameter('minScore', 0) as number,
		candidatesPerMentee: options.candidatesPerMentee ?? 10,
		at: Number.isNaN(referenceDate.getTime()) ? new Date() : referenceDate,
		workingDay: { dayStart: (options.workingDayStart ?? 9) * 60, dayEnd: (options.workingDayEnd ?? 17) * 60 },
		requireConsent: options.requireConsent ?? false,
	};
	return { settings, options };
}
