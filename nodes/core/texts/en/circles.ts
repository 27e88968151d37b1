/** The welcome of a group mentoring circle, by Slack, Teams and email. */
export const circles = {
	slackMessage:
		':wave: Welcome to your mentoring circle! {{mentorName}} leads it, with {{menteeNames}}. You meet together: reminders with the dates and topics follow. Please say hello here.',
	teamsMessage:
		'Welcome to your mentoring circle! {{mentorName}} leads it, with {{menteeNames}}. You meet together: reminders with the dates and topics follow.\n\n' +
		'The mentoring program team',
	emailSubject: 'Your mentoring circle with {{mentorName}}',
	emailBody:
		'Hello all,\n\n' +
		'Welcome to your mentoring circle! {{mentorName}} leads it, with {{menteeNames}}. You meet together: reminders with the dates and topics follow. Reply to all to say hello.\n\n' +
		'The mentoring program team',
};
