/**
 * Introductions of a new mentoring pair (matching template): `body` for email and Teams, `slackMessage` for Slack.
 * The optional link lines appear only when a template passes the link (see render.ts).
 */
export const introductions = {
	subject: 'Meet your mentoring partner: {{mentorName}} and {{menteeName}}',
	body:
		'Hi {{mentorName}} and {{menteeName}},\n\n' +
		'Meet your mentoring partner! {{mentorName}} will mentor {{menteeName}}. Why we matched you: {{reasons}}\n\n' +
		'Please set up a first conversation in the coming week; reminders with topics follow.\n\n' +
		'Confirm your goals for this mentorship: {{goalsUrl?}}\n\n' +
		'If the pairing does not work out, you can end it without blame: {{endPairUrl?}}\n\n' +
		'To leave the program: {{withdrawUrl?}}\n\n' +
		'The mentoring program team',
	slackMessage:
		':wave: {{{mentorMention}}} meet {{{menteeMention}}}! {{mentorName}} will mentor {{menteeName}}. Why we matched you: {{reasons}} Please set up a first conversation in the coming week.\n' +
		'Confirm your goals for this mentorship: {{goalsUrl?}}\n' +
		'If the pairing does not work out, you can end it without blame: {{endPairUrl?}}\n' +
		'To leave the program: {{withdrawUrl?}}',
};
