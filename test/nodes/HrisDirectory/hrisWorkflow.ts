import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import type { RunResult } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';

export const HRIS = 'HRIS Directory';

export const PERSONIO_API = 'https://api.personio.de';
export const HIBOB_API = 'https://api.hibob.com';

export const PERSONIO_CREDENTIALS = { clientId: 'client-id', clientSecret: 'client-secret', accessToken: '' };
export const HIBOB_CREDENTIALS = { serviceUserId: 'SERVICE-42', serviceUserToken: 'bob-token', baseUrl: HIBOB_API };

/** A fixture written from the vendor's documented response shape. */
export function fixture<T = IDataObject>(name: string): T {
	return JSON.parse(readFileSync(path.resolve('test/fixtures/hris', name), 'utf8')) as T;
}

/**
 * Runs HRIS Directory after a Manual Trigger, with credentials held by the harness
 * (whose credential helper runs the credential types' own authenticate and
 * preAuthentication, so the requests reach nock as n8n would send them).
 */
export async function runHrisNode(
	parameters: INodeParameters,
	extra: {
		credentials?: Record<string, ICredentialDataDecryptedObject>;
		items?: IDataObject[];
		continueOnFail?: boolean;
	} = {},
): Promise<RunResult> {
	const hris = (parameters.hris as string | undefined) ?? 'personio';
	const credentialType = hris === 'hibob' ? 'hiBobApi' : 'personioApi';
	return await runWorkflow(
		{
			nodes: [
				{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: '2',
					name: HRIS,
					type: 'n8n-nodes-mentorship.hrisDirectory',
					typeVersion: 1,
					position: [300, 0],
					parameters: { operation: 'listPeople', ...parameters },
					credentials: { [credentialType]: { id: '1', name: `${credentialType} account` } },
					...(extra.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				},
			],
			connections: { Start: { main: [[{ node: HRIS, type: 'main', index: 0 }]] } },
		},
		{
			start: { node: 'Start', items: extra.items ?? [{}] },
			credentials: extra.credentials ?? { personioApi: PERSONIO_CREDENTIALS, hiBobApi: HIBOB_CREDENTIALS },
		},
	);
}
