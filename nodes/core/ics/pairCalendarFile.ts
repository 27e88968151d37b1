import { escapeIcsText, foldIcsLine, icsParameterValue } from './text';

/** One meeting in a calendar file. */
export interface IcsSession {
	number: number;
	/** Epoch ms. */
	start: number;
	end: number;
	summary: string;
	description: string;
}

/** Someone invited to every meeting. */
export interface IcsPerson {
	name: string;
	email: string;
}

/** Options of {@link pairCalendarFile}. */
export interface PairCalendarFileOptions {
	pairId: string;
	/** Epoch ms written as DTSTAMP: taken from the input so the file is the same on every run. */
	stamp: number;
	calendarName: string;
	organizer: IcsPerson;
	attendees: IcsPerson[];
	sessions: IcsSession[];
	/** All-day reminders such as survey dates, `YYYY-MM-DD`. */
	allDayEvents?: Array<{ key: string; date: string; summary: string; description: string }>;
}

function utcStamp(ms: number): string {
	return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function uidPart(text: string): string {
	return text.replace(/[^A-Za-z0-9._-]/g, (char) => `=${char.charCodeAt(0).toString(16)}`);
}

/**
 * An iCalendar file (RFC 5545) with every session of a pair: UTC times (so no
 * VTIMEZONE is needed and Google Calendar and Outlook show each person their own
 * local time), a UID per session that is stable across runs so a re-import updates
 * instead of duplicating, escaped text, lines folded at 75 octets and CRLF endings.
 *
 * @example
 * pairCalendarFile({ pairId: 'p1', stamp: 0, calendarName: 'Mentoring', organizer, attendees: [], sessions })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n...'
 */
export function pairCalendarFile(options: PairCalendarFileOptions): string {
	const stamp = utcStamp(options.stamp);
	const uid = uidPart(options.pairId);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//n8n-nodes-mentorship//Mentorship Scheduler//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
	];
	const people = [
		`ORGANIZER;CN=${icsParameterValue(options.organizer.name)}:mailto:${options.organizer.email}`,
		...options.attendees.map(
			(person) => `ATTENDEE;CN=${icsParameterValue(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:${person.email}`,
		),
	];
	for (const session of options.sessions) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${uid}-session-${session.number}@n8n-nodes-mentorship`,
			`DTSTAMP:${stamp}`,
			`DTSTART:${utcStamp(session.start)}`,
			`DTEND:${utcStamp(session.end)}`,
			`SUMMARY:${escapeIcsText(session.summary)}`,
			`DESCRIPTION:${escapeIcsText(session.description)}`,
			...people,
			'SEQUENCE:0',
			'STATUS:CONFIRMED',
			'TRANSP:OPAQUE',
			'END:VEVENT',
		);
	}
	for (const event of options.allDayEvents ?? []) {
		const day = event.date.replace(/-/g, '');
		const next = new Date(Date.parse(`${event.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${uid}-${uidPart(event.key)}@n8n-nodes-mentorship`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${day}`,
			`DTEND;VALUE=DATE:${next}`,
			`SUMMARY:${escapeIcsText(event.summary)}`,
			`DESCRIPTION:${escapeIcsText(event.description)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
