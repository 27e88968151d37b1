import { Credentials } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeProperties,
	IRequestOptionsSimplified,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import type { HarnessCredentialTypes } from './nodeTypes';

/** Replaces `{{$credentials.name}}` in a generic-auth template, as n8n's expression engine would. */
function fillTemplate(template: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	if (typeof template !== 'string' || !template.startsWith('=')) return template;
	return template
		.slice(1)
		.replace(/\{\{\s*\$credentials\.([\w]+)\s*\}\}/g, (_match, key: string) => String(credentials[key] ?? ''));
}

/**
 * Credentials held in memory by type name. Authentication runs the credential
 * type's own `authenticate` (function or generic header/query template) and its
 * `preAuthentication` (token fetch), so requests reach the network edge exactly as
 * a real n8n would send them.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	private readonly store: Record<string, ICredentialDataDecryptedObject>;

	constructor(
		private readonly credentialTypes: HarnessCredentialTypes,
		credentials: Record<string, ICredentialDataDecryptedObject> = {},
	) {
		super();
		this.store = structuredClone(credentials);
	}

	/** Current stored data of a credential type, e.g. to check a renewed token. */
	current(type: string): ICredentialDataDecryptedObject | undefined {
		return this.store[type];
	}

	getParentTypes(name: string): string[] {
		return this.credentialTypes.recognizes(name) ? this.credentialTypes.getParentTypes(name) : [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const { authenticate } = this.credentialTypes.getByName(typeName);
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (authenticate?.type !== 'generic') return options;
		const { properties } = authenticate;
		for (const target of ['headers', 'qs', 'body', 'auth'] as const) {
			const template = properties[target] as Record<string, unknown> | undefined;
			if (!template) continue;
			const filled = Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillTemplate(value, credentials)]));
			const existing = (options[target] ?? {}) as Record<string, unknown>;
			(options as unknown as Record<string, unknown>)[target] = { ...existing, ...filled };
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		const expirable = credentialType.properties.find((property) => property.typeOptions?.expirable === true);
		if (!expirable) return undefined;
		if (!credentialsExpired && credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined) {
			return undefined;
		}
		const renewed = await credentialType.preAuthentication.call(helpers, credentials);
		this.store[typeName] = { ...credentials, ...renewed } as ICredentialDataDecryptedObject;
		return this.store[typeName];
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes.getByName(typeName);
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		return (await credentialType.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(): Promise<ICredentials> {
		return new Credentials({ id: null, name: '' }, '', '');
	}

	async getDecrypted(
		_additionalData: unknown,
		_nodeCredentials: unknown,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`The test gave no credentials of type "${type}"`);
		return data;
	}

	async updateCredentials(_nodeCredentials: unknown, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		this.store[type] = data;
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: unknown,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = data;
	}

	getCredentialsProperties(): INodeProperties[] {
		return [];
	}
}
