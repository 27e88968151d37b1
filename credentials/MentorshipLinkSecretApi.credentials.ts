import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The secret that signs personal links (confirm, check-in, "we met", end pair...).
 * It never leaves n8n: links carry a signature made with it, never the secret.
 * Checked by the Mentorship Link node's credential test (length), as there is no
 * outside service to ask.
 */
export class MentorshipLinkSecretApi implements ICredentialType {
	name = 'mentorshipLinkSecretApi';

	// n8n's lint requires credential display names to end in API.
	displayName = 'Mentorship Link Secret API';

	icon: Icon = { light: 'file:../nodes/MentorshipLink/mentorshipLink.svg', dark: 'file:../nodes/MentorshipLink/mentorshipLink.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-mentorship/n8n-nodes-mentorship?tab=readme-ov-file#mentorship-link-secret';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'At least 32 random characters that sign every personal link. Make one with <code>openssl rand -base64 48</code> (or a password manager) and keep it only here. Changing it invalidates every link already sent.',
		},
	];
}
