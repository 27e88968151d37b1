import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IExecuteFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MentorshipError } from '../../core/errors';
import { checkLinkSecret } from '../../core/links';

export const CREDENTIAL = 'mentorshipLinkSecretApi';

const SELECT_HINT =
	'Create a Mentorship Link Secret credential with at least 32 random characters (for example from `openssl rand -base64 48`) and select it in this node. Every node that makes or checks the same links must use the same credential.';

/**
 * The secret from the node's Mentorship Link Secret credential, checked once per
 * run: a missing credential or a short secret stops the node before any item, as
 * no link could be made or checked with it.
 */
export async function readLinkSecret(ctx: IExecuteFunctions): Promise<string> {
	let credentials;
	try {
		credentials = await ctx.getCredentials<{ secret?: unknown }>(CREDENTIAL);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), 'No Mentorship Link Secret credential is selected', {
			description: `${SELECT_HINT} (n8n said: ${error instanceof Error ? error.message : String(error)})`,
		});
	}
	try {
		return checkLinkSecret(credentials?.secret);
	} catch (error) {
		const hint = error instanceof MentorshipError ? error.hint : undefined;
		throw new NodeOperationError(ctx.getNode(), `Credential "Mentorship Link Secret": ${(error as Error).message}`, {
			...(hint ? { description: hint } : {}),
		});
	}
}

/** The credential test n8n runs when the credential is saved: the secret's length, never its content. */
export async function mentorshipLinkSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	try {
		checkLinkSecret(credential.data?.secret);
		return { status: 'OK', message: 'The secret is long enough to sign links' };
	} catch (error) {
		return { status: 'Error', message: error instanceof Error ? error.message : String(error) };
	}
}
