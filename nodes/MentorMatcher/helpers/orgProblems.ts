import type { IExecuteFunctions } from 'n8n-workflow';

import { describeOrgIssue } from '../../core/matching/match';
import { buildOrgChart } from '../../core/orgChart/orgChart';
import type { MatcherInput } from './readInput';
import { failOnOrgProblems } from './readInput';

/** With "Stop With an Error", stops at the first unknown manager or cycle, naming its item. */
export function checkOrgChart(ctx: IExecuteFunctions, input: MatcherInput, mode: 'report' | 'fail' | undefined): void {
	if (mode !== 'fail') return;
	const issues = buildOrgChart(input.participants).issues.filter((issue) => issue.kind === 'unknownManager' || issue.kind === 'cycle' || issue.kind === 'selfManaged');
	if (issues.length === 0) return;
	const first = issues[0];
	failOnOrgProblems(ctx, input, [describeOrgIssue(first)], first.kind === 'cycle' ? first.ids : [first.id]);
}
