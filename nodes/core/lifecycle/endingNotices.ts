import type { EndReason } from './endReasons';
import { END_REASON_LABELS } from './endReasons';
import type { ActivePair, PairMember } from './pairMembers';
import type { EndedBy, EndingNotice, PairRole, RosterChange } from './types';

/** What the notices need to know about one ending. */
export interface NoticeFacts {
	pair: ActivePair;
	endedBy: EndedBy;
	/** Roles of the people who left the company (an HRIS ending can have one or both). */
	leavers: PairRole[];
	reason: EndReason;
	/** The day the pair ended, `YYYY-MM-DD`. */
	day: string;
	roster: RosterChange[];
	programManager: string;
}

const SIGN_OFF = 'The mentoring program team';

/** Why the pair ended, in words that blame nobody, as a clause after "has ended". */
function reasonClause(facts: NoticeFacts, ender: PairMember | undefined): string {
	if (facts.reason === 'leftCompany') return ender ? ` because ${ender.name} is leaving the company` : ' because of a change of employment';
	if (facts.reason === 'changedRole') return ' after a change of role';
	return '';
}

function nextStep(told: PairMember, roster: RosterChange[]): string {
	const change = roster.find((row) => row.email === told.email);
	if (told.role === 'mentee' && change?.rematch) return 'You stay in the program: the next matching run proposes a new mentor for you, and we will introduce you as before.';
	if (told.role === 'mentor') return 'Your place as a mentor is free again, so the next matching run may propose a new mentee to you.';
	return 'If you would like to take part again, tell the program team.';
}

function toPartner(facts: NoticeFacts, ender: PairMember | undefined, told: PairMember): EndingNotice {
	const who = ender ? ender.name : 'Your mentoring partner';
	return {
		to: told.email,
		audience: told.role,
		subject: `Your mentoring pair with ${ender?.name ?? (told.role === 'mentor' ? facts.pair.mentee.name : facts.pair.mentor.name)} has ended`,
		text: [
			`Hello ${told.name},`,
			'',
			`${who} and you are no longer a mentoring pair as of ${facts.day}: the pair has ended${reasonClause(facts, ender)}.`,
			'Pairs end for many reasons, and this says nothing about you or how you took part. Thank you for the time and attention you gave each other.',
			'',
			nextStep(told, facts.roster),
			'',
			SIGN_OFF,
		].join('\n'),
	};
}

function endedByText(facts: NoticeFacts): string {
	if (facts.endedBy === 'hris') return `the HR system (termination date of ${facts.leavers.map((role) => `the ${role}`).join(' and ')})`;
	return `the ${facts.endedBy}, through their personal link`;
}

function rematchText(facts: NoticeFacts): string {
	const mentee = facts.roster.find((row) => row.role === 'mentee');
	const name = facts.pair.mentee.name;
	if (mentee?.rematch) return `${name} stays in the program and is matched again in the next matching run (never with the same mentor).`;
	if (mentee?.status === 'withdrawn') return `${name} did not ask for a new mentor and has withdrawn from the program.`;
	if (mentee?.status === 'left') return `${name} has left the company.`;
	return `${name} stays in the program.`;
}

function toProgramManager(facts: NoticeFacts): EndingNotice {
	const { mentor, mentee } = facts.pair;
	const mentorLeft = facts.roster.some((row) => row.role === 'mentor' && row.status === 'left');
	return {
		to: facts.programManager,
		audience: 'programManager',
		subject: `Mentoring pair ended: ${mentor.name} and ${mentee.name}`,
		text: [
			`${mentor.name} (mentor) and ${mentee.name} (mentee) are no longer a pair as of ${facts.day}.`,
			'',
			`Ended by: ${endedByText(facts)}`,
			`Reason: ${END_REASON_LABELS[facts.reason]}`,
			rematchText(facts),
			mentorLeft ? `${mentor.name} has left the company.` : `${mentor.name}'s mentoring place is free again.`,
			'',
			'Nobody is at fault; no action is needed unless you want to follow up.',
			'',
			`Pair ${facts.pair.pairId} in program ${facts.pair.programId}.`,
		].join('\n'),
	};
}

/**
 * The messages about an ending: one to each pair member who did not end the pair and
 * is still with the company, and one to the program manager (when an address is given).
 * The wording blames nobody, whatever the reason.
 */
export function endingNotices(facts: NoticeFacts): EndingNotice[] {
	const ender = facts.endedBy === 'hris' ? undefined : facts.pair[facts.endedBy];
	const leaver = facts.endedBy === 'hris' && facts.leavers.length === 1 ? facts.pair[facts.leavers[0]] : ender;
	const told = [facts.pair.mentor, facts.pair.mentee].filter((member) => member !== ender && !facts.leavers.includes(member.role));
	const notices = told.map((member) => toPartner(facts, leaver, member));
	if (facts.programManager.trim() !== '') notices.push(toProgramManager(facts));
	return notices;
}
