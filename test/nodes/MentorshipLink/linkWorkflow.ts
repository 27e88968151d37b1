import { createHmac } from 'crypto';

import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import type { RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';

export const CREATE = 'Create Link';
export const VERIFY = 'Verify Link';
export const SECRET = 'correct horse battery staple, 32+ characters';
export const OTHER_SECRET = 'another secret of well over thirty-two chars';
export const CREDENTIALS = { mentorshipLinkSecretApi: { secret: SECRET } };

/** The token for a payload, signed as the format says, written here without our code. */
export function handSignedToken(payload: IDataObject, secret = SECRET): string {
	const payloadPart = Buffer.from(JSON.stringify(payload)).toString('base64url');
	const signature = createHmac('sha256', secret).update(`mentorship-link.v1.${payloadPart}`).digest('base64url');
	return `${payloadPart}.${signature}`;
}

const CREDENTIAL_REF = { mentorshipLinkSecretApi: { id: '1', name: 'Mentorship Link Secret account' } };

function linkNode(name: string, parameters: INodeParameters, position: number, extra: { continueOnFail?: boolean; noCredential?: boolean }) {
	return {
		id: name,
		name,
		type: 'n8n-nodes-mentorship.mentorshipLink',
		typeVersion: 1,
		position: [position, 0] as [number, number],
		parameters,
		...(extra.noCredential ? {} : { credentials: CREDENTIAL_REF }),
		...(extra.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
}

export interface LinkRun {
	create?: INodeParameters;
	verify?: INodeParameters;
	items: IDataObject[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	continueOnFail?: boolean;
	noCredential?: boolean;
}

/**
 * Runs Manual Trigger → [Create Link] → [Verify Link] (each only when given)
 * through n8n's engine, with the secret held by the harness's credential store.
 */
export async function runLinks(run: LinkRun): Promise<RunResult> {
	const nodes: WorkflowJson['nodes'] = [
		{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
	];
	const chain = ['Start'];
	if (run.create) {
		nodes.push(linkNode(CREATE, { operation: 'create', ...run.create }, 200, run));
		chain.push(CREATE);
	}
	if (run.verify) {
		nodes.push(linkNode(VERIFY, { operation: 'verify', ...run.verify }, 400, run));
		chain.push(VERIFY);
	}
	const connections: WorkflowJson['connections'] = {};
	for (let index = 1; index < chain.length; index++) {
		connections[chain[index - 1]] = { main: [[{ node: chain[index], type: 'main', index: 0 }]] };
	}
	return await runWorkflow({ nodes, connections }, { start: { node: 'Start', items: run.items }, credentials: run.credentials ?? CREDENTIALS });
}
