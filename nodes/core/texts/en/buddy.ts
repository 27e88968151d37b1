/** The buddy program's introduction of a new hire and their buddy. */
export const buddy = {
	emailSubject: 'Welcome {{menteeName}}: meet your buddy {{mentorName}}',
	emailBody:
		'Hi {{menteeName}} and {{mentorName}},\n\n' +
		'{{menteeName}}, welcome! {{mentorName}} is your buddy for your first months: the person to ask the questions nobody writes down. Why you two: {{reasons}}\n\n' +
		'{{mentorName}}, please invite {{menteeName}} for a coffee in their first week.\n\n' +
		'The people team',
};
