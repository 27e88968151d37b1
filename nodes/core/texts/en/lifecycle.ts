/** Emails about a pair's or a place's life: waitlist offers (places template). */
export const lifecycle = {
	offerSubject: 'A place in the mentoring program is yours if you want it',
	offerBody:
		'Hello {{name}},\n\n' +
		'A place has opened in the mentoring program, and you are next on the waitlist. To take it, open your personal link before {{expiresAt}}:\n\n' +
		'{{{link}}}\n\n' +
		'If you do not take it by then, the place goes to the next person on the waitlist.\n\n' +
		'The mentoring program team',
};
