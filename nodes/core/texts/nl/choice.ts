import type { choice as english } from '../en/choice';

/** Dutch texts of the mentor choice (same keys and placeholders as the English ones). */
export const choice: Record<keyof typeof english, string> = {
	suggestionLine: '{{rank}}. {{mentorName}}: {{reason}}.\n   Deze mentor wil ik graag: {{{link}}}',
	suggestionLineNoReason: '{{rank}}. {{mentorName}}: past goed bij je doelen.\n   Deze mentor wil ik graag: {{{link}}}',
	suggestionHtmlLine: '<li><b>{{{mentorNameHtml}}}</b>: {{{reasonHtml}}}. <a href="{{{linkHtml}}}">Deze mentor wil ik graag</a></li>',
	suggestionHtmlLineNoReason: '<li><b>{{{mentorNameHtml}}}</b>: past goed bij je doelen. <a href="{{{linkHtml}}}">Deze mentor wil ik graag</a></li>',
	emailSubject: 'Kies je mentor',
	emailBody:
		'Hallo {{menteeName}},\n\n' +
		'Deze mentoren passen bij wat je ons hebt verteld en hebben nog een plek vrij. Open de link onder de mentor van je voorkeur; je mag er meer dan één kiezen, op volgorde van voorkeur.\n\n' +
		'{{{lines}}}\n\n' +
		'Het programmateam koppelt iedereen tegelijk en geeft je je keuze wanneer de regels van het programma dat toelaten. De links werken {{linkDays}} dagen.\n\n' +
		'Uit het programma stappen: {{withdrawUrl?}}',
	emailHtml:
		'<p>Hallo {{{menteeNameHtml}}},</p><p>Deze mentoren passen bij wat je ons hebt verteld en hebben nog een plek vrij. Open de link onder de mentor van je voorkeur; je mag er meer dan één kiezen, op volgorde van voorkeur.</p>' +
		'<ol>{{{htmlLines}}}</ol>' +
		'<p>Het programmateam koppelt iedereen tegelijk en geeft je je keuze wanneer de regels van het programma dat toelaten. De links werken {{linkDays}} dagen.</p>\n' +
		'<p><a href="{{{withdrawUrlHtml?}}}">Uit het programma stappen</a></p>',
	choiceSavedTitle: 'Je keuze is opgeslagen',
	choiceSavedMessage: 'Je hebt gevraagd om {{mentorName}} als mentor. Het programmateam koppelt iedereen tegelijk en geeft je je keuze wanneer de regels van het programma dat toelaten; je hoort van ons zodra je koppel is gemaakt.',
	choiceClosedTitle: 'Deze keuze is gesloten',
	choiceClosedMessage: 'Deze mentor of jouw plek in het programma is veranderd sinds de suggesties zijn verstuurd. Vraag het programmateam om nieuwe suggesties.',
};
