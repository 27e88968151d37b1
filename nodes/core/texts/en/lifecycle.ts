/** Emails about a pair's or a place's life: waitlist offers (places), the program's close (closing message, mentor thank-you). */
export const lifecycle = {
	offerSubject: 'A place in the mentoring program is yours if you want it',
	offerBody:
		'Hello {{name}},\n\n' +
		'A place has opened in the mentoring program, and you are next on the waitlist. To take it, open your personal link before {{expiresAt}}:\n\n' +
		'{{{link}}}\n\n' +
		'If you do not take it by then, the place goes to the next person on the waitlist.\n\n' +
		'To leave the program: {{withdrawUrl?}}\n\n' +
		'The mentoring program team',
	closingSubject: 'Your mentoring pair with {{otherName}} has come to its end',
	closingBody:
		'Hello {{name}},\n\n' +
		'{{programName}} ended on {{programEnd}}, and with it your mentoring pair with {{otherName}}. Thank you for the time and openness you brought to it.\n\n' +
		'One last thing: please tell us how it went in the final survey (two minutes). Your personal link: {{{surveyLink}}}\n\n' +
		'Your goals, as you confirmed them: {{goalsList?}}. The survey asks how far you got with each.\n\n' +
		'You are welcome to stay in touch with {{otherName}} in your own way.\n\n' +
		'The mentoring program team',
	mentorThanksSubject: 'Thank you for mentoring, {{name}}',
	mentorThanksBody:
		'CERTIFICATE OF MENTORING\n\n' +
		'This certifies that\n\n' +
		'    {{name}}\n\n' +
		'mentored {{otherName}} in {{programName}}, which ended on {{programEnd}}.\n\n' +
		'Thank you for sharing your experience, your questions and your time. Mentors like you are what makes the program work.\n\n' +
		'The mentoring program team',
};
