import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { MessageKind, MessageTemplate } from '../../../core/messages/defaultTemplates';
import type { MessageTemplates } from '../../../core/reminders/renderReminder';
import { prepareTemplates, renderReminder } from '../../../core/reminders/renderReminder';
import type { AttemptClaim, DeliveryState, LogRow } from '../../../core/reminders/delivery';
import { attemptOfClaimKey, deliveryStates } from '../../../core/reminders/delivery';
import type { DueReminder, ReminderCandidate, SkippedReminder } from '../../../core/reminders/types';
import type { createLocalTimeFormatter } from '../../../core/scheduling/localTime';
import type { PairCalendar, SchedulingPair } from '../../../core/scheduling/types';
import type { Language } from '../../../core/topics/types';
import type { ItemProgram } from './readProgram';

/** The Due Reminders options collection, as read. */
export interface ReminderOptions {
	programName?: string;
	midpointSurveyUrl?: string;
	finalSurveyUrl?: string;
	weMetUrl?: string;
	notYetUrl?: string;
	endPairUrl?: string;
	withdrawUrl?: string;
	sessionFeedbackUrl?: string;
	kinds?: string[];
	messages?: { message?: Array<{ kind?: string; subject?: string; body?: string }> };
}

/** The sent log and the claims read into one delivery state per dedupe key. */
export function deliveryStatesFrom(log: INodeExecutionData[], claims: INodeExecutionData[], now: number, leaseMs: number): Map<string, DeliveryState> {
	const logRows: LogRow[] = [];
	for (const entry of log) {
		const json = entry.json;
		if (typeof json.dedupeKey !== 'string' || json.dedupeKey === '') continue;
		logRows.push({
			dedupeKey: json.dedupeKey,
			...(typeof json.status === 'string' ? { status: json.status } : {}),
			...(attemptOf(json) !== undefined ? { attempt: attemptOf(json) } : {}),
			...(typeof json.reason === 'string' ? { reason: json.reason.slice(0, 500) } : {}),
		});
	}
	const claimRows: AttemptClaim[] = [];
	for (const entry of claims) {
		const json = entry.json;
		if (typeof json.dedupeKey !== 'string' || json.dedupeKey === '') continue;
		if (typeof json.executionId !== 'string' && typeof json.executionId !== 'number') continue;
		const claimedAt = timeOf(json.claimedAt) ?? timeOf(json.createdAt);
		claimRows.push({
			dedupeKey: json.dedupeKey,
			attempt: attemptOf(json) ?? 1,
			executionId: String(json.executionId),
			...(claimedAt !== undefined ? { claimedAt } : {}),
		});
	}
	return deliveryStates({ log: logRows, claims: claimRows, now, leaseMs });
}

/** The attempt a log or claim row names: its `attempt` column, else its claim key's suffix. */
function attemptOf(json: IDataObject): number | undefined {
	const attempt = typeof json.attempt === 'string' && json.attempt.trim() !== '' ? Number(json.attempt) : json.attempt;
	if (typeof attempt === 'number' && Number.isInteger(attempt) && attempt > 0) return attempt;
	return typeof json.claimKey === 'string' ? attemptOfClaimKey(json.claimKey) : undefined;
}

/** Epoch ms of a Data Table time (Date, ISO text or epoch ms), or undefined. */
function timeOf(value: unknown): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || value.length > 64) return undefined;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? undefined : parsed;
}

function baseFields(reminder: ReminderCandidate, pair: SchedulingPair): IDataObject {
	const recipient = pair[reminder.recipientRole];
	const partner = reminder.recipientRole === 'mentor' ? pair.mentee : pair.mentor;
	return {
		kind: reminder.kind,
		pairId: pair.pairId,
		...(pair.programId ? { programId: pair.programId } : {}),
		sessionNumber: reminder.session && reminder.kind !== 'introduction' ? reminder.session.number : null,
		recipientRole: reminder.recipientRole,
		recipientName: recipient.name,
		recipientEmail: recipient.email,
		recipientTimezone: recipient.timezone,
		partnerName: partner.name,
		partnerEmail: partner.email,
		...(pair.channel ? { channel: pair.channel } : {}),
		dedupeKey: reminder.dedupeKey,
		dueAt: new Date(reminder.dueAt).toISOString(),
	};
}

/** Everything one execution needs to render messages, read once. */
export interface RenderSetup {
	templates: Map<Language, MessageTemplates>;
	format: ReturnType<typeof createLocalTimeFormatter>;
}

function templatesFor(setup: RenderSetup, language: Language, options: ReminderOptions): MessageTemplates {
	let templates = setup.templates.get(language);
	if (!templates) {
		const overrides: Partial<Record<MessageKind, Partial<MessageTemplate>>> = {};
		for (const message of options.messages?.message ?? []) {
			if (message.kind) overrides[message.kind as MessageKind] = { subject: message.subject, body: message.body };
		}
		templates = prepareTemplates({ language, overrides });
		setup.templates.set(language, templates);
	}
	return templates;
}

/** A Due item: identifying fields plus the message in every channel's format. */
export function dueItem(
	reminder: DueReminder,
	pair: SchedulingPair,
	calendar: PairCalendar,
	program: ItemProgram,
	options: ReminderOptions,
	setup: RenderSetup,
	now: number,
	itemIndex: number,
): INodeExecutionData {
	const rendered = renderReminder({
		reminder,
		pair,
		calendar,
		templates: templatesFor(setup, program.language, options),
		bank: program.bank,
		language: program.language,
		programName: options.programName || 'Mentoring program',
		durationMinutes: program.settings.durationMinutes,
		surveyUrl: { midpointSurvey: options.midpointSurveyUrl ?? '', finalSurvey: options.finalSurveyUrl ?? '', sessionFeedback: options.sessionFeedbackUrl ?? '' },
		meetingUrls: { weMet: options.weMetUrl ?? '', notYet: options.notYetUrl ?? '' },
		privateUrls: { endPair: options.endPairUrl ?? '', withdraw: options.withdrawUrl ?? '' },
		format: setup.format,
	});
	const recipient = pair[reminder.recipientRole];
	const session = reminder.session;
	return {
		json: {
			...baseFields(reminder, pair),
			// The message's language, so a template can send the person to the page in the same language.
			language: program.language,
			subject: rendered.subject,
			text: rendered.message.text,
			slackText: rendered.message.slack,
			slackUser: recipient.slackId ?? recipient.email,
			html: rendered.message.html,
			teamsMessage: rendered.message.html,
			teamsContentType: 'html',
			topic: rendered.topic,
			icebreakers: rendered.icebreakers,
			sessionStart: session ? setup.format.iso(session.start, recipient.timezone) : null,
			sessionEnd: session ? setup.format.iso(session.end, recipient.timezone) : null,
			lateByMinutes: Math.max(0, Math.floor((now - reminder.dueAt) / 60_000)),
			claimKey: reminder.claimKey,
			attempt: reminder.attempt,
			failedAttempts: reminder.attempt - 1,
			lastFailureReason: reminder.lastFailureReason ?? null,
		},
		pairedItem: { item: itemIndex },
	};
}

/** A Skipped item: identifying fields and the reason. */
export function skippedItem(reminder: SkippedReminder, pair: SchedulingPair, itemIndex: number): INodeExecutionData {
	return {
		json: {
			...baseFields(reminder, pair),
			status: 'skipped',
			reason: reminder.skipCode,
			skipReason: reminder.skipReason,
			attempts: reminder.attempts,
			lastFailureReason: reminder.lastFailureReason ?? null,
		},
		pairedItem: { item: itemIndex },
	};
}
