/** Mentor choice: the suggestions email to a mentee (its lines are rendered one per suggested mentor). */
export const choice = {
	suggestionLine: "{{rank}}. {{mentorName}}: {{reason}}.\n   I'd like this mentor: {{{link}}}",
	suggestionLineNoReason: "{{rank}}. {{mentorName}}: a good fit for your goals.\n   I'd like this mentor: {{{link}}}",
	suggestionHtmlLine: '<li><b>{{{mentorNameHtml}}}</b>: {{{reasonHtml}}}. <a href="{{{linkHtml}}}">I\'d like this mentor</a></li>',
	suggestionHtmlLineNoReason: '<li><b>{{{mentorNameHtml}}}</b>: a good fit for your goals. <a href="{{{linkHtml}}}">I\'d like this mentor</a></li>',
	emailSubject: 'Choose your mentor',
	emailBody:
		'Hello {{menteeName}},\n\n' +
		'These mentors suit what you told us and have a free place. Open the link under the one you would like; you can choose more than one, in order of preference.\n\n' +
		'{{{lines}}}\n\n' +
		'The program team matches everyone at once and gives you your choice when the rules of the program allow it. The links work for {{linkDays}} days.\n\n' +
		'To leave the program: {{withdrawUrl?}}',
	emailHtml:
		'<p>Hello {{{menteeNameHtml}}},</p><p>These mentors suit what you told us and have a free place. Open the link under the one you would like; you can choose more than one, in order of preference.</p>' +
		'<ol>{{{htmlLines}}}</ol>' +
		'<p>The program team matches everyone at once and gives you your choice when the rules of the program allow it. The links work for {{linkDays}} days.</p>\n' +
		'<p><a href="{{{withdrawUrlHtml?}}}">Leave the program</a></p>',
	choiceSavedTitle: 'Your choice is saved',
	choiceSavedMessage: "You asked for {{mentorName}} as your mentor. The program team matches everyone at once and gives you your choice when the program's rules allow it; you hear from us when your pair is made.",
	choiceClosedTitle: 'This choice is closed',
	choiceClosedMessage: 'This mentor or your place in the program has changed since the suggestions were sent. Ask the program team for new suggestions.',
};
