import type { introductions as english } from '../en/introductions';

/** Dutch texts of the introductions (same keys and placeholders as the English ones). */
export const introductions: Record<keyof typeof english, string> = {
	subject: 'Maak kennis met je mentorpartner: {{mentorName}} en {{menteeName}}',
	body:
		'Hoi {{mentorName}} en {{menteeName}},\n\n' +
		'Maak kennis met je mentorpartner! {{mentorName}} wordt de mentor van {{menteeName}}. Waarom jullie een match zijn: {{reasons}}\n\n' +
		'Plan jullie eerste gesprek in de komende week; herinneringen met gespreksonderwerpen volgen.\n\n' +
		'Bevestig je doelen voor dit mentortraject: {{goalsUrl?}}\n\n' +
		'Klikt het niet? Dan kun je het traject zonder verwijt beëindigen: {{endPairUrl?}}\n\n' +
		'Uit het programma stappen: {{withdrawUrl?}}\n\n' +
		'Het team van het mentorprogramma',
	slackMessage:
		':wave: {{{mentorMention}}}, maak kennis met {{{menteeMention}}}! {{mentorName}} wordt de mentor van {{menteeName}}. Waarom jullie een match zijn: {{reasons}} Plan jullie eerste gesprek in de komende week.\n' +
		'Bevestig je doelen voor dit mentortraject: {{goalsUrl?}}\n' +
		'Klikt het niet? Dan kun je het traject zonder verwijt beëindigen: {{endPairUrl?}}\n' +
		'Uit het programma stappen: {{withdrawUrl?}}',
};
