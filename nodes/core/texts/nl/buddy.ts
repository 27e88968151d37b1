import type { buddy as english } from '../en/buddy';

/** Dutch texts of the buddy program (same keys and placeholders as the English ones). */
export const buddy: Record<keyof typeof english, string> = {
	emailSubject: 'Welkom {{menteeName}}: maak kennis met je buddy {{mentorName}}',
	emailBody:
		'Hoi {{menteeName}} en {{mentorName}},\n\n' +
		'{{menteeName}}, welkom! {{mentorName}} is je buddy voor je eerste maanden: bij wie je terechtkunt met de vragen die nergens op papier staan. Waarom jullie twee: {{reasons}}\n\n' +
		'{{mentorName}}, nodig {{menteeName}} in de eerste week uit voor een kop koffie.\n\n' +
		'Het HR-team',
};
