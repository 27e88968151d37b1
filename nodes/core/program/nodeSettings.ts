import type { HardRules } from '../matching/types';
import type { ProgramSettingsInput } from '../scheduling/programSettings';
import type { Language, TopicBankKind } from '../topics/types';
import type { ProgramRecord } from './readProgram';

/**
 * What each node takes from a program record, in the names of that node's own
 * parameters, so a node given a record and a node given parameters run the same code.
 * The record has been read by {@link readProgramParameter}, so every value is valid.
 */

const list = (value: ProgramRecord[string]): string[] => (Array.isArray(value) ? value : String(value ?? '').split(',').map((part) => part.trim()).filter(Boolean));

/** Mentorship Intake: who may enrol and how many places each role has. */
export interface IntakeProgramSettings {
	programId: string;
	enrolment: { mode: 'open' } | { mode: 'inviteOnly'; invitees: string[] } | { mode: 'domains'; domains: string[] };
	seats: { mentor: number; mentee: number; both: number };
}

/** @example intakeSettingsOf(record).seats // { mentor: 40, mentee: 60, both: 0 } */
export function intakeSettingsOf(program: ProgramRecord): IntakeProgramSettings {
	const mode = String(program.enrolmentMode);
	return {
		programId: String(program.programId),
		enrolment:
			mode === 'inviteOnly' ? { mode, invitees: list(program.invitees) } : mode === 'domains' ? { mode, domains: list(program.allowedDomains) } : { mode: 'open' },
		seats: { mentor: Number(program.mentorSeats), mentee: Number(program.menteeSeats), both: Number(program.peerSeats) },
	};
}

/** Mentor Matcher: the program kind and the hard rules the record decides. */
export interface MatchingProgramSettings {
	/** `peer` programs are paired by Pair Peers, which takes no kind. */
	kind: 'mentoring' | 'reverse' | 'buddy' | 'group' | 'peer';
	rules: Partial<HardRules>;
	/** Weights the record overrides; the node's own weights hold for the rest. */
	weights: { department?: number };
}

/**
 * "Prefer a different department" keeps the department criterion's weight, "no preference"
 * sets it to 0, and "forbid" turns the same-department hard rule on. A time-zone gap of 12
 * hours is the whole circle, so it sets no limit. In peer programs the level gap and the
 * rule on mentors who manage are left out: nobody mentors anybody.
 *
 * @example matchingSettingsOf({ ...record, department: 'forbid' }).rules.sameDepartment // true
 */
export function matchingSettingsOf(program: ProgramRecord): MatchingProgramSettings {
	const gap = Number(program.maxTimezoneGapHours);
	// Peers have no mentor and mentee, so the rules about who mentors whom do not apply to them.
	const directed = program.kind !== 'peer';
	return {
		kind: program.kind as MatchingProgramSettings['kind'],
		rules: {
			reportingLine: program.reportingLine === true,
			sameDepartment: program.department === 'forbid',
			sharedLanguage: program.sharedLanguage === true,
			...(directed ? { managerMentors: program.managerMentors as HardRules['managerMentors'], minLevelGap: Number(program.minLevelGap) } : {}),
			...(gap < 12 ? { maxTimezoneGapHours: gap } : {}),
		},
		weights: program.department === 'noPreference' ? { department: 0 } : {},
	};
}

const BANK_OF_KIND: Record<string, TopicBankKind> = { mentoring: 'mentoring', reverse: 'reverse', buddy: 'buddy', peer: 'peer', group: 'mentoring' };

/** Mentorship Scheduler: the calendar (as the node's own parameters give it), the topic bank of the program's kind and its language. */
export type SchedulingProgramSettings = Omit<ProgramSettingsInput, 'anchor' | 'lengthUnit' | 'endDate'> & {
	lengthUnit: 'months';
	topicBank: TopicBankKind;
	language: Language;
	programName: string;
	/** Rolling programs: each pair's first meeting within this many working days of its own start; 0 for a cohort. */
	kickOffWithinDays: number;
};

/** @example schedulingSettingsOf(record).preferredTime // '15:00' (the record's meetingTime) */
export function schedulingSettingsOf(program: ProgramRecord): SchedulingProgramSettings {
	return {
		start: String(program.start),
		lengthUnit: 'months',
		length: Number(program.lengthMonths),
		cadence: String(program.cadence),
		weekday: Number(program.weekday),
		preferredTime: String(program.meetingTime),
		durationMinutes: Number(program.meetingMinutes),
		workingHoursStart: String(program.workingHoursStart),
		workingHoursEnd: String(program.workingHoursEnd),
		holidays: list(program.holidays),
		topicBank: BANK_OF_KIND[String(program.kind)] ?? 'mentoring',
		language: program.language as Language,
		programName: String(program.name),
		kickOffWithinDays: Number(program.kickOffWithinDays ?? 0),
	};
}
