import type { Language } from '../topics/types';

/** Kinds of message the scheduler sends. */
export type MessageKind = 'introduction' | 'sessionReminder' | 'midpointSurvey' | 'finalSurvey' | 'nudge' | 'sessionFeedback';

export const MESSAGE_KINDS: readonly MessageKind[] = ['introduction', 'sessionReminder', 'midpointSurvey', 'finalSurvey', 'nudge', 'sessionFeedback'];

/**
 * Kinds produced when none are chosen. Session feedback needs a personal link per
 * person and session (see the Session feedback template), so it is asked for by name.
 */
export const DEFAULT_REMINDER_KINDS: readonly MessageKind[] = ['introduction', 'sessionReminder', 'midpointSurvey', 'finalSurvey', 'nudge'];

/** A message template: subject line and body, with `{{placeholders}}`. */
export interface MessageTemplate {
	subject: string;
	body: string;
}

/** Every placeholder a template may use. */
export const PLACEHOLDERS = [
	'recipientName',
	'recipientFirstName',
	'partnerFirstName',
	'partnerName',
	'partnerEmail',
	'programName',
	'sessionNumber',
	'sessionCount',
	'sessionDate',
	'sessionTime',
	'timezone',
	'durationMinutes',
	'topic',
	'icebreakers',
	'surveyUrl',
	'weMetUrl',
	'notYetUrl',
	'meetingLinks',
	'weeksWithoutMeeting',
	'firstSessionDate',
	'firstSessionTime',
	'endPairUrl',
	'withdrawUrl',
	'privateLinks',
] as const;

/** Built-in templates per language and kind. */
export const DEFAULT_TEMPLATES: Record<Language, Record<MessageKind, MessageTemplate>> = {
	en: {
		introduction: {
			subject: '{{programName}}: meet {{partnerName}}',
			body:
				'Hi {{recipientFirstName}},\n\nWelcome to {{programName}}! You have been paired with {{partnerName}} ({{partnerEmail}}).\n\n' +
				'Your first meeting is on {{firstSessionDate}} at {{firstSessionTime}} ({{timezone}}). Some questions to start with:\n{{icebreakers}}\n\nEnjoy getting to know each other!{{privateLinks}}',
		},
		sessionReminder: {
			subject: 'Reminder: meeting {{sessionNumber}} with {{partnerName}} on {{sessionDate}}',
			body:
				'Hi {{recipientFirstName}},\n\nYour meeting {{sessionNumber}} of {{sessionCount}} with {{partnerName}} is on {{sessionDate}} at {{sessionTime}} ({{timezone}}, {{durationMinutes}} minutes).\n\n' +
				'Suggested topic: *{{topic}}*\n{{icebreakers}}{{meetingLinks}}{{privateLinks}}',
		},
		midpointSurvey: {
			subject: '{{programName}}: how is it going with {{partnerName}}?',
			body: 'Hi {{recipientFirstName}},\n\nYou are halfway through {{programName}}. Please tell us how it is going with {{partnerName}}; it takes two minutes:\n{{surveyUrl}}\n\nThank you!{{privateLinks}}',
		},
		finalSurvey: {
			subject: '{{programName}}: looking back with {{partnerName}}',
			body: 'Hi {{recipientFirstName}},\n\n{{programName}} is coming to an end. Please share what it brought you and {{partnerName}}:\n{{surveyUrl}}\n\nThank you for taking part!{{privateLinks}}',
		},
		nudge: {
			subject: '{{programName}}: time to meet {{partnerName}} again?',
			body:
				'Hi {{recipientFirstName}},\n\nWe have not seen a meeting with {{partnerName}} logged for {{weeksWithoutMeeting}} weeks. ' +
				'Your next planned meeting is on {{sessionDate}} at {{sessionTime}} ({{timezone}}). A suggested topic: *{{topic}}*{{privateLinks}}',
		},
		sessionFeedback: {
			subject: '{{programName}}: how useful was your session with {{partnerName}}?',
			body: 'Hi {{recipientFirstName}},\n\nHow useful was your meeting with {{partnerName}} on {{sessionDate}}? Two questions, half a minute:\n{{surveyUrl}}\n\nThank you!{{privateLinks}}',
		},
	},
	nl: {
		introduction: {
			subject: '{{programName}}: maak kennis met {{partnerName}}',
			body:
				'Hoi {{recipientFirstName}},\n\nWelkom bij {{programName}}! Je vormt een koppel met {{partnerName}} ({{partnerEmail}}).\n\n' +
				'Jullie eerste afspraak is op {{firstSessionDate}} om {{firstSessionTime}} ({{timezone}}). Een paar vragen om mee te beginnen:\n{{icebreakers}}\n\nVeel plezier met kennismaken!{{privateLinks}}',
		},
		sessionReminder: {
			subject: 'Herinnering: afspraak {{sessionNumber}} met {{partnerName}} op {{sessionDate}}',
			body:
				'Hoi {{recipientFirstName}},\n\nJe afspraak {{sessionNumber}} van {{sessionCount}} met {{partnerName}} is op {{sessionDate}} om {{sessionTime}} ({{timezone}}, {{durationMinutes}} minuten).\n\n' +
				'Voorgesteld onderwerp: *{{topic}}*\n{{icebreakers}}{{meetingLinks}}{{privateLinks}}',
		},
		midpointSurvey: {
			subject: '{{programName}}: hoe gaat het met {{partnerName}}?',
			body: 'Hoi {{recipientFirstName}},\n\nJe bent halverwege {{programName}}. Laat ons weten hoe het gaat met {{partnerName}}; het kost twee minuten:\n{{surveyUrl}}\n\nDank je wel!{{privateLinks}}',
		},
		finalSurvey: {
			subject: '{{programName}}: terugblik met {{partnerName}}',
			body: 'Hoi {{recipientFirstName}},\n\n{{programName}} loopt ten einde. Vertel ons wat het jou en {{partnerName}} heeft opgeleverd:\n{{surveyUrl}}\n\nBedankt voor je deelname!{{privateLinks}}',
		},
		nudge: {
			subject: '{{programName}}: tijd om {{partnerName}} weer te spreken?',
			body:
				'Hoi {{recipientFirstName}},\n\nWe hebben al {{weeksWithoutMeeting}} weken geen afspraak met {{partnerName}} zien staan. ' +
				'Jullie volgende geplande afspraak is op {{sessionDate}} om {{sessionTime}} ({{timezone}}). Een onderwerp om te bespreken: *{{topic}}*{{privateLinks}}',
		},
		sessionFeedback: {
			subject: '{{programName}}: hoe nuttig was je sessie met {{partnerName}}?',
			body: 'Hoi {{recipientFirstName}},\n\nHoe nuttig was je afspraak met {{partnerName}} op {{sessionDate}}? Twee vragen, een halve minuut:\n{{surveyUrl}}\n\nDank je wel!{{privateLinks}}',
		},
	},
};

/**
 * The lines `{{meetingLinks}}` becomes in a session reminder when the meeting log's links are
 * set (Due Reminders options We Met URL and Not Yet URL); empty otherwise, so a reminder
 * without a meeting log reads as before.
 */
export const MEETING_LINK_LINES: Record<Language, { ask: string; met: string; notYet: string }> = {
	en: { ask: 'Afterwards, tell the program team in one click:', met: 'We met:', notYet: 'Not yet / reschedule:' },
	nl: { ask: 'Laat het programmateam daarna met één klik weten hoe het ging:', met: 'We hebben elkaar gesproken:', notYet: 'Nog niet / verzetten:' },
};

/**
 * The lines `{{privateLinks}}` becomes in every participant message when the private links are
 * set (Due Reminders options End Pair URL and Withdraw URL): the person's own link to end the
 * pair, and their link to leave the program. Empty when neither is set, so messages read as before.
 */
export const PRIVATE_LINK_LINES: Record<Language, { endPair: string; withdraw: string }> = {
	en: { endPair: 'If this pairing is not working out, you can end it, no questions of fault, with your private link:', withdraw: 'To leave the program:' },
	nl: { endPair: 'Werkt dit koppel niet? Je kunt het beëindigen, zonder dat iemand iets verweten wordt, met je persoonlijke link:', withdraw: 'Om het programma te verlaten:' },
};
