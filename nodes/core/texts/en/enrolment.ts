/** Emails and the form's completion text of the enrolment template, to the applicant. */
export const enrolment = {
	formSubmitted: 'Thank you! Check your inbox and click Confirm to complete your application.',
	confirmSubject: 'Please confirm your mentoring application',
	confirmBody:
		'Hi {{name}},\n\n' +
		'We received an application with this address to {{programName}} as a {{role}}. If this was you, click the button below to confirm it. If it was not you, ignore this email: nothing changes for you, and the application lapses after 7 days.\n\n' +
		'About your preferred mentors: {{unresolvedNominations?}}. You can apply again with the same address to correct them.',
	confirmButton: 'Confirm my application',
	enrolledSubject: 'You are enrolled in the mentoring program',
	enrolledBody:
		'Hi {{name}},\n\n' +
		'Thank you for confirming: you are enrolled as a {{role}}. We will introduce you to your match as soon as matching has run.\n\n' +
		'If you no longer want to take part, you can leave the program (and free your place for someone on the waitlist) with your personal link: {{link}}\n\n' +
		'The mentoring program team',
	waitlistSubject: 'You are on the mentoring program waitlist',
	waitlistBody:
		'Hi {{name}},\n\n' +
		'Thank you for confirming. All places for {{role}}s are taken for now; you are number {{waitlistPosition}} on the waitlist and we will email you as soon as a place opens.\n\n' +
		'If you no longer want to take part, you can leave the program (and free your place for someone on the waitlist) with your personal link: {{link}}\n\n' +
		'The mentoring program team',
	updatedSubject: 'Your mentoring application is updated',
	updatedEnrolledBody:
		'Hi {{name}},\n\n' +
		'Thank you for confirming: your answers are updated and your place is unchanged (enrolled as a {{role}}).\n\n' +
		'If you no longer want to take part, you can leave the program (and free your place for someone on the waitlist) with your personal link: {{link}}\n\n' +
		'The mentoring program team',
	updatedWaitlistedBody:
		'Hi {{name}},\n\n' +
		'Thank you for confirming: your answers are updated and your place is unchanged (waitlisted as a {{role}}).\n\n' +
		'If you no longer want to take part, you can leave the program (and free your place for someone on the waitlist) with your personal link: {{link}}\n\n' +
		'The mentoring program team',
	refusalSubject: 'About your mentoring application',
	rejectionBody:
		'Hi {{name?}},\n\n' +
		'Thank you for applying. We could not accept this application: {{reasonText}}.\n\n' +
		'Reply to this email if you think this is a mistake.\n\n' +
		'The mentoring program team',
	refusalBody:
		'Hi {{name?}},\n\n' +
		'Thank you for confirming. We could not accept this application: {{reasonText}}.\n\n' +
		'Reply to this email if you think this is a mistake.\n\n' +
		'The mentoring program team',
	notOpenBody:
		'Hi {{name?}},\n\n' +
		'Thank you for applying. The program "{{programId}}" does not take applications now, so nothing was saved. Check the link you were given, or ask the program team which program is open.\n\n' +
		'The mentoring program team',
};
