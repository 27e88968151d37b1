/** The peer coffee pairing's message to a group. */
export const coffee = {
	slackMessage:
		':coffee: Coffee time! {{memberNames}}, you are paired for the next two weeks. Find 30 minutes for a coffee, in person or on a call. {{reasons}}',
};
