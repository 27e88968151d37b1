import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { InvalidOptionError } from '../../core/errors';
import type { MatchingSettings } from '../../core/matching/match';
import { matchingSettingsOf } from '../../core/program/nodeSettings';
import { toNodeError } from '../../shared/errors';
import { programRecordOf } from '../../shared/programRecord';
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

type ProgramPart = Pick<MatchingSettings, 'kind' | 'weights' | 'rules'>;

/** The kind, weights and rules: from the node, or from the program record over the node's own. */
function readProgramPart(ctx: IExecuteFunctions): ProgramPart {
	const own: ProgramPart = {
		kind: ctx.getNodeParameter('programKind', 0, 'mentoring') as ProgramKind,
		weights: ctx.getNodeParameter('weights', 0, {}) as Partial<Record<Criterion, number>>,
		rules: ctx.getNodeParameter('rules', 0, {}) as IDataObject as Partial<HardRules>,
	};
	const program = programRecordOf(ctx);
	if (!program) return own;
	const fromRecord = matchingSettingsOf(program);
	const operation = ctx.getNodeParameter('operation', 0, 'match') as string;
	if (fromRecord.kind === 'peer' && operation !== 'pairPeers') {
		throw toNodeError(
			ctx,
			new InvalidOptionError('programRecord', `Program ${String(program.programId)} is a peer program, which Pair Peers pairs`, 'Choose the Pair Peers operation for peer programs'),
		);
	}
	return {
		kind: fromRecord.kind === 'peer' ? own.kind : fromRecord.kind,
		weights: { ...own.weights, ...fromRecord.weights },
		rules: { ...own.rules, ...fromRecord.rules },
	};
}

/**
 * The program kind the run uses: the node's, or the program record's when settings come
 * from it (Match forms circles for a group program either way).
 */
export function programKindOf(ctx: IExecuteFunctions): ProgramKind {
	return readProgramPart(ctx).kind;
}

/** Reads the parameters shared by Match and Suggest into the core's settings. */
export function readSettings(ctx: IExecuteFunctions): { settings: MatchingSettings; options: MatcherOptions } {
	const options = ctx.getNodeParameter('options', 0, {}) as MatcherOptions;
	const referenceDate = options.referenceDate ? new Date(options.referenceDate) : new Date();
	const settings: MatchingSettings = {
		...readProgramPart(ctx),
		minScore: ctx.getNodeParameter('minScore', 0) as number,
		candidatesPerMentee: options.candidatesPerMentee ?? 10,
		at: Number.isNaN(referenceDate.getTime()) ? new Date() : referenceDate,
		workingDay: { dayStart: (options.workingDayStart ?? 9) * 60, dayEnd: (options.workingDayEnd ?? 17) * 60 },
		requireConsent: options.requireConsent ?? false,
	};
	return { settings, options };
}
