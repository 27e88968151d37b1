import type { circles as english } from '../en/circles';

/** Dutch texts of the group mentoring circles (same keys and placeholders as the English ones). */
export const circles: Record<keyof typeof english, string> = {
	slackMessage:
		':wave: Welkom in je mentorcirkel! {{mentorName}} begeleidt de cirkel, samen met {{menteeNames}}. Jullie komen samen bij elkaar: herinneringen met de data en onderwerpen volgen. Zeg hier gerust even hallo.',
	teamsMessage:
		'Welkom in je mentorcirkel! {{mentorName}} begeleidt de cirkel, samen met {{menteeNames}}. Jullie komen samen bij elkaar: herinneringen met de data en onderwerpen volgen.\n\n' +
		'Het team van het mentorprogramma',
	emailSubject: 'Je mentorcirkel met {{mentorName}}',
	emailBody:
		'Hallo allemaal,\n\n' +
		'Welkom in je mentorcirkel! {{mentorName}} begeleidt de cirkel, samen met {{menteeNames}}. Jullie komen samen bij elkaar: herinneringen met de data en onderwerpen volgen. Zeg hallo door iedereen te antwoorden.\n\n' +
		'Het team van het mentorprogramma',
};
