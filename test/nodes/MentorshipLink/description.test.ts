import type { ICredentialsDecrypted, ICredentialTestFunctions } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { MentorshipLinkSecretApi } from '../../../credentials/MentorshipLinkSecretApi.credentials';
import { MentorshipLink } from '../../../nodes/MentorshipLink/MentorshipLink.node';
import { harnessTypes } from '../../harness/runWorkflow';

const test = new MentorshipLink().methods.credentialTest.mentorshipLinkSecretTest;
const run = (secret: unknown) =>
	test.call({} as ICredentialTestFunctions, { id: '1', name: 'Link secret', type: 'mentorshipLinkSecretApi', data: { secret } } as ICredentialsDecrypted);

describe('Mentorship Link Secret credential', () => {
	it('declares one required, masked secret, telling how to make one', () => {
		const credential = new MentorshipLinkSecretApi();
		expect(credential.name).toBe('mentorshipLinkSecretApi');
		expect(credential.properties).toHaveLength(1);
		expect(credential.properties[0]).toMatchObject({ name: 'secret', type: 'string', required: true, typeOptions: { password: true } });
		expect(credential.properties[0].description).toContain('openssl rand -base64 48');
		expect(credential.properties[0].description).toContain('invalidates every link');
	});

	describe('when n8n tests it on saving', () => {
		it('returns OK for a secret of 32 characters', async () => {
			expect(await run('x'.repeat(32))).toEqual({ status: 'OK', message: 'The secret is long enough to sign links' });
		});

		it('returns an error that gives the length, never the secret, for a short one', async () => {
			const result = await run('hunter2');
			expect(result.status).toBe('Error');
			expect(result.message).toContain('7 characters');
			expect(result.message).not.toContain('hunter2');
		});

		it('returns an error for a missing secret', async () => {
			expect(await run(undefined)).toEqual({ status: 'Error', message: 'The link secret is missing' });
		});
	});
});

describe('Mentorship Link outputs', () => {
	const description = new MentorshipLink().description;
	const outputsFor = (operation: string) => {
		const node = { id: '1', name: 'Link', type: 'n8n-nodes-mentorship.mentorshipLink', typeVersion: 1, position: [0, 0] as [number, number], parameters: { operation } };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: harnessTypes().nodeTypes });
		return NodeHelpers.getNodeOutputs(workflow, node, description);
	};

	it('returns Valid then Invalid for Verify Link', () => {
		expect(outputsFor('verify')).toEqual([
			{ type: 'main', displayName: 'Valid' },
			{ type: 'main', displayName: 'Invalid' },
		]);
	});

	it('returns one output for Create Link', () => {
		expect(outputsFor('create')).toEqual([{ type: 'main' }]);
	});
});
