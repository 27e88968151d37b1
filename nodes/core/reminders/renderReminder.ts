import { InvalidOptionError } from '../errors';
import type { MessageKind, MessageTemplate } from '../messages/defaultTemplates';
import { DEFAULT_TEMPLATES, MEETING_LINK_LINES, PLACEHOLDERS, PRIVATE_LINK_LINES } from '../messages/defaultTemplates';
import type { ParsedTemplate, RenderedMessage } from '../messages/template';
import { parseTemplate, renderTemplate } from '../messages/template';
import type { LocalTimeFormatter } from '../scheduling/localTime';
import type { PairCalendar, SchedulingPair } from '../scheduling/types';
import { sessionTopic } from '../topics/sessionTopics';
import type { TopicBank } from '../topics/topicBank';
import type { Language } from '../topics/types';
import type { ReminderCandidate } from './types';

/** Parsed templates per kind, ready to render many times. */
export type MessageTemplates = Record<MessageKind, { subject: ParsedTemplate; body: ParsedTemplate }>;

/** Options of {@link prepareTemplates}. */
export interface PrepareTemplatesOptions {
	language: Language;
	/** The program manager's own templates per kind; missing kinds use the built-in ones. */
	overrides?: Partial<Record<MessageKind, Partial<MessageTemplate>>>;
}

/**
 * Parses the message templates once per execution, checking every placeholder so that
 * a typo such as `{{partnername}}` is an error on the node, not a hole in a message.
 *
 * @example prepareTemplates({ language: 'nl' }).nudge.subject.parts.length // 4
 */
export function prepareTemplates(options: PrepareTemplatesOptions): MessageTemplates {
	const defaults = DEFAULT_TEMPLATES[options.language];
	const prepared = {} as MessageTemplates;
	for (const kind of Object.keys(defaults) as MessageKind[]) {
		const override = options.overrides?.[kind];
		const parse = (part: 'subject' | 'body') => {
			const text = override?.[part]?.trim() ? (override[part] as string) : defaults[kind][part];
			const parsed = parseTemplate(text, { known: PLACEHOLDERS });
			if (parsed.unknown.length > 0) {
				throw new InvalidOptionError(
					'messages',
					`The ${kind} ${part} template uses unknown placeholder ${parsed.unknown.map((name) => `{{${name}}}`).join(', ')}`,
					`Placeholders are ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}`,
				);
			}
			return { parts: parsed.parts };
		};
		prepared[kind] = { subject: parse('subject'), body: parse('body') };
	}
	return prepared;
}

/** A reminder ready for the Send Email, Slack and Teams nodes. */
export interface RenderedReminder {
	subject: string;
	message: RenderedMessage;
	topic: string;
	icebreakers: string[];
}

/** Options of {@link renderReminder}. */
/** Kinds whose message carries a link to a survey or form ({{surveyUrl}}). */
export type SurveyKind = 'midpointSurvey' | 'finalSurvey' | 'sessionFeedback';

const SURVEY_KINDS: readonly MessageKind[] = ['midpointSurvey', 'finalSurvey', 'sessionFeedback'];

export interface RenderReminderOptions {
	reminder: ReminderCandidate;
	pair: SchedulingPair;
	calendar: PairCalendar;
	templates: MessageTemplates;
	bank: TopicBank;
	language: Language;
	programName: string;
	durationMinutes: number;
	surveyUrl: Partial<Record<SurveyKind, string>>;
	/** The meeting log's "We met" and "Not yet" links of session reminders; both or none are shown. */
	meetingUrls?: { weMet?: string; notYet?: string };
	/** The person's private links, in every kind of message: end the pair, leave the program. */
	privateUrls?: { endPair?: string; withdraw?: string };
	format: LocalTimeFormatter;
}

/** `{{privateLinks}}`: a paragraph with the person's end-pair and withdrawal links that are set, or nothing. */
function privateLinks(language: Language, urls: RenderReminderOptions['privateUrls']): { endPairUrl: string; withdrawUrl: string; privateLinks: string } {
	const endPairUrl = urls?.endPair ?? '';
	const withdrawUrl = urls?.withdraw ?? '';
	const lines = PRIVATE_LINK_LINES[language];
	const paragraph = [endPairUrl && `${lines.endPair} ${endPairUrl}`, withdrawUrl && `${lines.withdraw} ${withdrawUrl}`].filter(Boolean).join('\n');
	return { endPairUrl, withdrawUrl, privateLinks: paragraph ? `\n\n${paragraph}` : '' };
}

/** `{{meetingLinks}}`: a paragraph with both links of a session reminder, or nothing. */
function meetingLinks(kind: string, language: Language, urls: RenderReminderOptions['meetingUrls']): { weMetUrl: string; notYetUrl: string; meetingLinks: string } {
	const weMetUrl = kind === 'sessionReminder' ? (urls?.weMet ?? '') : '';
	const notYetUrl = kind === 'sessionReminder' ? (urls?.notYet ?? '') : '';
	if (weMetUrl === '' || notYetUrl === '') return { weMetUrl, notYetUrl, meetingLinks: '' };
	const lines = MEETING_LINK_LINES[language];
	return { weMetUrl, notYetUrl, meetingLinks: `\n\n${lines.ask}\n${lines.met} ${weMetUrl}\n${lines.notYet} ${notYetUrl}` };
}

/**
 * Renders one reminder in the recipient's language and time zone: subject (plain
 * text, as mail subjects are), and the body in plain text, Slack mrkdwn and HTML.
 *
 * @example renderReminder({ reminder, pair, calendar, templates, bank, language: 'en', ... }).subject
 * // 'Reminder: meeting 3 with Bo on Tuesday 17 March 2026'
 */
export function renderReminder(options: RenderReminderOptions): RenderedReminder {
	const { reminder, pair, calendar, bank, format, language } = options;
	const recipient = pair[reminder.recipientRole];
	const partner = reminder.recipientRole === 'mentor' ? pair.mentee : pair.mentor;
	const zone = recipient.timezone;
	const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
	const session = reminder.session;
	const { topic, icebreakers } = session
		? sessionTopic({ bank, pairId: pair.pairId, sessionNumber: session.number })
		: { topic: '', icebreakers: undefined };
	const first = calendar.sessions[0];
	const values: Record<string, string | undefined> = {
		recipientName: recipient.name,
		recipientFirstName: recipient.name.split(/\s+/)[0],
		partnerFirstName: partner.name.split(/\s+/)[0],
		partnerName: partner.name,
		partnerEmail: partner.email,
		programName: options.programName,
		sessionNumber: session ? String(session.number) : '',
		sessionCount: String(calendar.sessions.length),
		sessionDate: session ? format.longDate(session.start, zone, locale) : '',
		sessionTime: session ? format.clock(session.start, zone) : '',
		timezone: zone,
		durationMinutes: String(options.durationMinutes),
		topic,
		icebreakers: icebreakers ? icebreakers.map((question) => `- ${question}`).join('\n') : '',
		surveyUrl: SURVEY_KINDS.includes(reminder.kind as SurveyKind) ? (options.surveyUrl[reminder.kind as SurveyKind] ?? '') : '',
		...meetingLinks(reminder.kind, language, options.meetingUrls),
		...privateLinks(language, options.privateUrls),
		weeksWithoutMeeting: reminder.weeksWithoutMeeting === undefined ? '' : String(reminder.weeksWithoutMeeting),
		firstSessionDate: first ? format.longDate(first.start, zone, locale) : '',
		firstSessionTime: first ? format.clock(first.start, zone) : '',
	};
	const template = options.templates[reminder.kind];
	const subject = renderTemplate(template.subject, { values }).text.replace(/\s+/g, ' ').trim();
	return { subject, message: renderTemplate(template.body, { values }), topic, icebreakers: icebreakers ?? [] };
}
