import type { IExecuteFunctions } from 'n8n-workflow';

import { InvalidOptionError } from '../core/errors';
import type { ProgramRecord } from '../core/program/readProgram';
import { readProgramParameter } from '../core/program/programParameter';
import { toNodeError } from './errors';

/**
 * The program record a node's settings come from (Settings From: Program Record), read and
 * checked; undefined when the settings come from the node itself. An empty or invalid record
 * stops the node naming the parameter and every field.
 */
export function programRecordOf(ctx: IExecuteFunctions): ProgramRecord | undefined {
	if (ctx.getNodeParameter('settingsSource', 0, 'parameters') !== 'programRecord') return undefined;
	try {
		const program = readProgramParameter(ctx.getNodeParameter('programRecord', 0, ''));
		if (program === undefined) throw new InvalidOptionError('programRecord', 'Program Record is empty', "Pass the program's row of mentorship_programs, e.g. {{ $('Read Program').first().json }}");
		return program;
	} catch (error) {
		throw toNodeError(ctx, error);
	}
}
