import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { errorItemOrThrow, isItemDataProblem, rejectedItem } from '../../../shared/errors';

/**
 * Runs `handle` on each pair row of input 1 and gathers what it returns (output 1) and the
 * rows that cannot be used (output 2, with the reason). A row's data problem never stops the
 * others; a problem of the setup (a parameter) follows the package's continue-on-fail rule.
 * `isSetupProblem` tells apart core field problems that come from parameters.
 */
export function perPairRow(
	ctx: IExecuteFunctions,
	handle: (json: INodeExecutionData['json'], itemIndex: number) => INodeExecutionData[],
	isSetupProblem: (field: string) => boolean = () => false,
): INodeExecutionData[][] {
	const items = ctx.getInputData(0);
	const done: INodeExecutionData[] = [];
	const rejected: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			done.push(...handle(items[i].json, i));
		} catch (error) {
			if (isItemDataProblem(error) && !isSetupProblem(error.field)) rejected.push(rejectedItem(error, i, { pairId: items[i].json.pairId ?? null }));
			else done.push(errorItemOrThrow(ctx, error, i));
		}
	}
	return [done, rejected];
}
