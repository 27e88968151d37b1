import type { LinkErrorCode } from './types';

/**
 * What the person who clicked reads, per refusal. Written to be shown as is on a
 * form's page: no token content, no ids, and always a next step.
 */
export const LINK_ERROR_MESSAGES: Readonly<Record<LinkErrorCode, string>> = {
	malformed: 'This link is incomplete or damaged. Open it again from the message you received, or ask the program team for a new one.',
	badSignature: 'This link is not valid. Open it again from the message you received, or ask the program team for a new one.',
	expired: 'This link has expired. Ask the program team for a new one.',
	wrongPurpose: 'This link is meant for a different page. Use the link from the message that asked you to do this.',
	wrongProgram: 'This link belongs to another program. Use the link from this program’s message.',
	wrongSubject: 'This link is about something else. Use the link from the message about this.',
	wrongPerson: 'This link was sent to someone else. Use the link from your own message.',
	wrongRole: 'This link was sent for another role. Use the link from your own message.',
};
