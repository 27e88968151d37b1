import type { IExecuteFunctions, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { rateLimitDelay } from '../../core/hris/retry';
import type { HrisSystem } from '../../core/hris/person';

/** The credential type and the words a person sees for each HR system. */
export const HRIS_CREDENTIALS: Record<HrisSystem, { type: string; label: string; vendor: string; fix: string }> = {
	personio: {
		type: 'personioApi',
		label: 'Personio API',
		vendor: 'Personio',
		fix: 'Open the "Personio API" credential of this node and check the Client ID and Client Secret (Personio: Settings > Integrations > API credentials). A new secret replaces the old one.',
	},
	hibob: {
		type: 'hiBobApi',
		label: 'HiBob API',
		vendor: 'HiBob',
		fix: 'Open the "HiBob API" credential of this node and check the Service User ID and Token and the environment (Bob: Settings > Integrations > Automation > Service users).',
	},
};

/** Options of {@link hrisRequest}. */
export interface HrisRequestOptions {
	system: HrisSystem;
	request: IHttpRequestOptions;
	/** Retries of a rate-limited (429) request before giving up. */
	maxRetries: number;
	itemIndex: number;
}

/**
 * One authenticated request to the HR system, through n8n's credential system:
 * `httpRequestWithAuthentication` signs it and, for Personio, renews an expired
 * token (a 401 triggers the credential's `preAuthentication` and one resend).
 * A 429 is retried after the wait the vendor asks for; 401 and 403 become errors
 * that name the credential to fix.
 */
export async function hrisRequest(this: IExecuteFunctions, options: HrisRequestOptions): Promise<unknown> {
	const credential = HRIS_CREDENTIALS[options.system];
	for (let attempt = 1; ; attempt++) {
		try {
			return await this.helpers.httpRequestWithAuthentication.call(this, credential.type, options.request);
		} catch (error) {
			const { status, headers } = responseOf(error);
			if (status === 429) {
				const delay = rateLimitDelay({ attempt, maxRetries: options.maxRetries, headers, nowMs: Date.now() });
				if (delay !== undefined) {
					await sleep(delay);
					continue;
				}
				throw new NodeOperationError(
					this.getNode(),
					`${credential.vendor} still answered 429 Too Many Requests after ${options.maxRetries} retries`,
					{
						itemIndex: options.itemIndex,
						description: `The ${credential.vendor} API limits how often it may be called. Run the workflow less often, or raise "Max Retries" under Options.`,
					},
				);
			}
			if (status === 401) {
				throw new NodeOperationError(
					this.getNode(),
					`${credential.vendor} rejected the "${credential.label}" credential (HTTP 401 Unauthorized)`,
					{ itemIndex: options.itemIndex, description: credential.fix },
				);
			}
			if (status === 403) {
				throw new NodeOperationError(
					this.getNode(),
					`The "${credential.label}" credential may not read employees in ${credential.vendor} (HTTP 403 Forbidden)`,
					{
						itemIndex: options.itemIndex,
						description:
							options.system === 'personio'
								? 'In Personio, give the API credential read access to Employees and allow the attributes the directory reads.'
								: 'In Bob, add the service user to a permission group that may read People data for everyone in the directory.',
					},
				);
			}
			// NodeApiError hands back an error that is already one, with its HTTP details.
			throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex: options.itemIndex });
		}
	}
}

/** Status and headers of a failed response, whether n8n wrapped the HTTP error or not. */
function responseOf(error: unknown): { status?: number; headers: Record<string, unknown> } {
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const response = (candidate as { response?: { status?: unknown; headers?: unknown } } | undefined)?.response;
		if (response && typeof response.status === 'number') {
			return { status: response.status, headers: toHeaderRecord(response.headers) };
		}
	}
	const httpCode = Number((error as { httpCode?: unknown })?.httpCode);
	return { status: Number.isInteger(httpCode) ? httpCode : undefined, headers: {} };
}

function toHeaderRecord(headers: unknown): Record<string, unknown> {
	if (!headers || typeof headers !== 'object') return {};
	const withJson = headers as { toJSON?: () => unknown };
	const plain = typeof withJson.toJSON === 'function' ? withJson.toJSON() : headers;
	return plain && typeof plain === 'object' ? { ...(plain as Record<string, unknown>) } : {};
}
