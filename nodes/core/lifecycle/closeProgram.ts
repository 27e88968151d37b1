import { MalformedInputError } from '../errors';
import type { ActivePair, PairMember } from './pairMembers';
import { readActivePair } from './pairMembers';
import type { PairRole } from './types';

type Json = Record<string, unknown>;

/** Where a closing message's personal survey link goes: the template puts the signed link there. */
export const SURVEY_LINK_PLACEHOLDER = 'PERSONAL_SURVEY_LINK';

/** One message of the program's close, ready for a Send Email node. */
export interface ClosingMessage {
	to: string;
	name: string;
	role: PairRole;
	/** `closing`: the pair's last message, with the end survey link; `mentorThanks`: the mentor's certificate. */
	kind: 'closing' | 'mentorThanks';
	subject: string;
	text: string;
	/** Whether `text` holds {@link SURVEY_LINK_PLACEHOLDER}. */
	needsSurveyLink: boolean;
}

/** What closing one pair changes. */
export interface PairClosing {
	programId: string;
	pairId: string;
	/** Columns to write to the pair row, only while it is still `active`. */
	pair: { status: 'completed'; completedAt: string };
	messages: ClosingMessage[];
}

/** Options of {@link closeProgram}. */
export interface CloseProgramOptions {
	/** Rows of `mentorship_pairs`; rows that are not `active` are passed over. */
	pairs: Json[];
	/** The program's last day, `YYYY-MM-DD`. */
	programEnd: string;
	/** The run's moment, ISO 8601. */
	now: string;
	/** How the program is called in messages. */
	programName: string;
}

const SIGN_OFF = 'The mentoring program team';

function closingMessage(
	self: PairMember,
	other: PairMember,
	options: CloseProgramOptions,
): ClosingMessage {
	return {
		to: self.email,
		name: self.name,
		role: self.role,
		kind: 'closing',
		subject: `Your mentoring pair with ${other.name} has come to its end`,
		text: [
			`Hello ${self.name},`,
			'',
			`${options.programName} ended on ${options.programEnd}, and with it your mentoring pair with ${other.name}. Thank you for the time and openness you brought to it.`,
			'',
			`One last thing: please tell us how it went in the final survey (two minutes). Your personal link: ${SURVEY_LINK_PLACEHOLDER}`,
			'',
			`You are welcome to stay in touch with ${other.name} in your own way.`,
			'',
			SIGN_OFF,
		].join('\n'),
		needsSurveyLink: true,
	};
}

function mentorThanks(pair: ActivePair, options: CloseProgramOptions): ClosingMessage {
	const { mentor, mentee } = pair;
	return {
		to: mentor.email,
		name: mentor.name,
		role: 'mentor',
		kind: 'mentorThanks',
		subject: `Thank you for mentoring, ${mentor.name}`,
		text: [
			'CERTIFICATE OF MENTORING',
			'',
			'This certifies that',
			'',
			`    ${mentor.name}`,
			'',
			`mentored ${mentee.name} in ${options.programName}, which ended on ${options.programEnd}.`,
			'',
			'Thank you for sharing your experience, your questions and your time. Mentors like you are what makes the program work.',
			'',
			SIGN_OFF,
		].join('\n'),
		needsSurveyLink: false,
	};
}

/**
 * Closes a program on its last day or after: every `active` pair becomes `completed`
 * (which frees its mentor's place), each member gets a closing message with a place for
 * their own end survey link, and each mentor a certificate-style thank-you. Before the
 * last day nothing closes. Rows that are not active (already completed, ended) are left
 * alone, so a second run closes nothing twice.
 *
 * @example closeProgram({ pairs: [row], programEnd: '2026-09-02', now: '2026-09-02T09:00:00Z', programName: 'Mentoring 2026' })[0].pair
 * // { status: 'completed', completedAt: '2026-09-02T09:00:00Z' }
 */
export function closeProgram(options: CloseProgramOptions): PairClosing[] {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(options.programEnd)) {
		throw new MalformedInputError([
			{
				field: 'programEnd',
				problem: 'is not a date',
				expected: 'the last day of the program, YYYY-MM-DD',
				received: options.programEnd.slice(0, 40),
			},
		]);
	}
	if (!Number.isFinite(Date.parse(options.now)))
		throw new MalformedInputError([
			{ field: 'now', problem: 'is not a moment', expected: 'an ISO 8601 date and time' },
		]);
	if (options.now.slice(0, 10) < options.programEnd) return [];
	const closings: PairClosing[] = [];
	for (const row of options.pairs) {
		if (
			String(row.status ?? '')
				.trim()
				.toLowerCase() !== 'active'
		)
			continue;
		const pair = readActivePair(row);
		closings.push({
			programId: pair.programId,
			pairId: pair.pairId,
			pair: { status: 'completed', completedAt: options.now },
			messages: [
				closingMessage(pair.mentor, pair.mentee, options),
				closingMessage(pair.mentee, pair.mentor, options),
				mentorThanks(pair, options),
			],
		});
	}
	return closings;
}
