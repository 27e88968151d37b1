import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { EnrolmentRule, IntakeOptions, IntakeOutcome, MappableField } from '../core/intake';
import { runIntake } from '../core/intake';
import { intakeSettingsOf } from '../core/program/nodeSettings';
import { splitList } from '../core/text/tags';
import type { Role } from '../core/types';
import { itemMessage, toNodeError } from '../shared/errors';
import { readOptionalInput } from '../shared/inputs';
import { programRecordOf } from '../shared/programRecord';

const ENROLLED = 0;
const WAITLISTED = 1;
const REJECTED = 2;

type ProgramPart = Pick<IntakeOptions, 'programId' | 'enrolment' | 'seats'>;

/** The program, who may enrol and the places: from the node, or from the program record. */
function readProgramPart(ctx: IExecuteFunctions): ProgramPart {
	const program = programRecordOf(ctx);
	if (program) return intakeSettingsOf(program);
	const mode = ctx.getNodeParameter('enrolmentMode', 0) as EnrolmentRule['mode'];
	const list = (name: string) => splitList(ctx.getNodeParameter(name, 0, '') as string).map(String);
	return {
		programId: (ctx.getNodeParameter('programId', 0, '') as string).trim(),
		enrolment: mode === 'inviteOnly' ? { mode, invitees: list('invitees') } : mode === 'domains' ? { mode, domains: list('allowedDomains') } : { mode: 'open' },
		seats: ctx.getNodeParameter('seats', 0, {}) as IntakeOptions['seats'],
	};
}

function readOptions(ctx: IExecuteFunctions): IntakeOptions & { invalidSubmissions: 'reject' | 'stop' } {
	const mappings = (ctx.getNodeParameter('fieldMapping.mappings', 0, []) as Array<{ field: MappableField; label: string }>) ?? [];
	const options = ctx.getNodeParameter('options', 0, {}) as {
		allowedRoles?: Role[];
		autoDetect?: boolean;
		confirmationRowField?: string;
		defaultRole?: Role | '';
		hrisOverrides?: boolean;
		invalidSubmissions?: 'reject' | 'stop';
		minMentorLevel?: number;
	};
	const deadline = ctx.getNodeParameter('deadline', 0, '') as string;
	return {
		now: String(ctx.getNodeParameter('currentTime', 0)),
		...readProgramPart(ctx),
		consentRequired: ctx.getNodeParameter('consentRequired', 0, true) as boolean,
		...(deadline ? { deadline } : {}),
		mapping: {
			autoDetect: options.autoDetect !== false,
			explicit: Object.fromEntries(mappings.filter((m) => m.label).map((m) => [m.field, m.label])),
		},
		...(options.defaultRole ? { defaultRole: options.defaultRole } : {}),
		...(options.allowedRoles?.length ? { allowedRoles: options.allowedRoles } : {}),
		...(options.minMentorLevel ? { minMentorLevel: options.minMentorLevel } : {}),
		hrisOverrides: options.hrisOverrides !== false,
		...(options.confirmationRowField?.trim() ? { confirmationRowField: options.confirmationRowField.trim() } : {}),
		invalidSubmissions: options.invalidSubmissions ?? 'reject',
	};
}

function describeReasons(outcome: Extract<IntakeOutcome, { status: 'rejected' }>): string {
	return outcome.reasons.map((reason) => `${reason.field} ${reason.problem} (expected ${reason.expected})`).join('; ');
}

/**
 * Mentorship Intake: submissions in, three outputs out. Every input item leaves
 * exactly once, with `pairedItem` pointing back at it.
 */
export async function executeIntake(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const submissions = this.getInputData(0);
	const roster = readOptionalInput(this, 1);
	const hris = readOptionalInput(this, 2);

	let options: ReturnType<typeof readOptions>;
	let outcomes: IntakeOutcome[];
	try {
		options = readOptions(this);
		outcomes = runIntake(
			{ submissions: submissions.map((item) => item.json), roster: roster.map((item) => item.json), hris: hris.map((item) => item.json) },
			options,
		);
	} catch (error) {
		throw toNodeError(this, error);
	}

	const outputs: INodeExecutionData[][] = [[], [], []];
	const decidedAt = new Date(Date.parse(options.now)).toISOString();
	outcomes.forEach((outcome, index) => {
		const pairedItem = { item: index };
		if (outcome.status !== 'rejected') {
			// The participant object is this run's own: extend it rather than copy it for 50,000 items.
			const json = Object.assign(outcome.participant, {
				status: outcome.status,
				isUpdate: outcome.isUpdate,
				...(outcome.previousStatus ? { previousStatus: outcome.previousStatus } : {}),
				...(outcome.waitlistPosition ? { waitlistPosition: outcome.waitlistPosition } : {}),
				...(outcome.rosterRowId !== undefined ? { rosterRowId: outcome.rosterRowId } : {}),
				...(outcome.duplicateRowId !== undefined ? { duplicateRowId: outcome.duplicateRowId } : {}),
				hrisMatched: outcome.hrisMatched,
				source: outcome.source,
				...(outcome.unresolvedNominations ? { unresolvedNominations: outcome.unresolvedNominations } : {}),
				...(outcome.menteeGoals ? { menteeGoals: outcome.menteeGoals } : {}),
				decidedAt,
			}) as unknown as IDataObject;
			outputs[outcome.status === 'enrolled' ? ENROLLED : WAITLISTED].push({ json, pairedItem });
			return;
		}
		const stops = outcome.kind === 'malformed' || (outcome.kind === 'invalid' && options.invalidSubmissions === 'stop');
		const first = outcome.reasons[0];
		const rejection = {
			status: 'rejected',
			...(outcome.partial.email ? { email: outcome.partial.email } : {}),
			...(outcome.partial.name ? { name: outcome.partial.name } : {}),
			rejectionKind: outcome.kind,
			reasons: outcome.reasons,
			reasonText: describeReasons(outcome),
			submission: submissions[index].json,
		} as unknown as IDataObject;
		if (!stops) {
			outputs[REJECTED].push({ json: rejection, pairedItem });
			return;
		}
		const message = itemMessage(index, first ? [first] : []);
		if (this.continueOnFail()) {
			outputs[REJECTED].push({ json: { ...rejection, error: message }, pairedItem });
			return;
		}
		throw new NodeOperationError(this.getNode(), message, {
			itemIndex: index,
			description: `Expected ${first?.expected}. ${outcome.reasons.length > 1 ? `All problems: ${describeReasons(outcome)}.` : ''}`.trim(),
		});
	});
	return outputs;
}
