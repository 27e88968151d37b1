/**
 * Review and adjust: what changed, by email and on the page, for the program manager (in the
 * program's default language). `changes` is the Matcher's own summary of the adjustment.
 */
export const review = {
	whatChangedSubject: 'Adjusted proposals for {{programId}} (run {{runId}})',
	whatChangedBody:
		'{{reviewer}} adjusted the proposed pairs of run {{runId}}.\n\n' +
		'{{changes}}\n\n' +
		'Not applied:{{notApplied?}}\n\n' +
		'Approve in the review email to introduce these pairs, or open the Review and adjust link again.',
	whatChangedTitle: 'Proposals adjusted',
	whatChangedMessage:
		'{{changes}}\n\n' +
		'Not applied:{{notApplied?}}\n\n' +
		'Approve in the review email to introduce these pairs, or open the Review and adjust link again to change more.',
};
