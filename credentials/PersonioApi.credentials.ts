import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Personio Public API client credentials. The token comes from POST /v1/auth with
 * the client id and secret and stays valid for 24 hours; n8n stores it in the
 * hidden, expirable `accessToken` and asks again through `preAuthentication` when
 * a request answers 401.
 * https://developer.personio.de/reference/auth
 * https://developer.personio.de/v1.0/reference/post_auth
 */
export class PersonioApi implements ICredentialType {
	name = 'personioApi';

	displayName = 'Personio API';

	icon: Icon = { light: 'file:../icons/personio.svg', dark: 'file:../icons/personio.dark.svg' };

	documentationUrl = 'https://developer.personio.de/docs/getting-started-with-the-personio-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'From Personio: Settings > Integrations > API credentials',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName:
				'Allow the employee attributes the directory reads (ID, first and last name, email, status, position, supervisor, department, team, office, hire and termination date, and your custom attributes) for this credential in Personio',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: 'https://api.personio.de/v1/auth',
			headers: { Accept: 'application/json' },
			body: { client_id: credentials.clientId, client_secret: credentials.clientSecret },
			json: true,
		})) as { data?: { token?: unknown } };
		const token = response?.data?.token;
		if (typeof token !== 'string' || token === '') {
			throw new Error('Personio did not return a token: check the Client ID and Client Secret of the Personio API credential');
		}
		return { accessToken: token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: 'https://api.personio.de/v1',
			url: '/company/employees',
			qs: { limit: 1, offset: 0 },
		},
	};
}
