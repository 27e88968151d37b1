import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * HiBob (Bob) service user. Bob authenticates API calls with HTTP Basic auth:
 * the service user id as user name and its token as password.
 * https://apidocs.hibob.com/docs/api-service-users
 * https://apidocs.hibob.com/reference/getting-started-1
 */
export class HiBobApi implements ICredentialType {
	name = 'hiBobApi';

	displayName = 'HiBob API';

	icon: Icon = { light: 'file:../icons/hibob.svg', dark: 'file:../icons/hibob.dark.svg' };

	documentationUrl = 'https://apidocs.hibob.com/docs/api-service-users';

	properties: INodeProperties[] = [
		{
			displayName: 'Service User ID',
			name: 'serviceUserId',
			type: 'string',
			default: '',
			required: true,
			description: 'From Bob: Settings > Integrations > Automation > Service users',
		},
		{
			displayName: 'Service User Token',
			name: 'serviceUserToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Environment',
			name: 'baseUrl',
			type: 'options',
			options: [
				{ name: 'Production', value: 'https://api.hibob.com' },
				{ name: 'Sandbox', value: 'https://api.sandbox.hibob.com' },
			],
			default: 'https://api.hibob.com',
		},
		{
			displayName:
				'Add the service user to a permission group that may read the People data the directory uses (Basic info, Work, Lifecycle and your custom fields): Bob leaves out fields it may not read without an error',
			name: 'notice',
			type: 'notice',
			default: '',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.serviceUserId}}',
				password: '={{$credentials.serviceUserToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}/v1',
			url: '/company/people/fields',
		},
	};
}
