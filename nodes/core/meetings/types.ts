/** What a person said about one session: it took place, or not yet (to be rescheduled). */
export type MeetingOutcome = 'met' | 'notYet';

export const MEETING_OUTCOMES: readonly MeetingOutcome[] = ['met', 'notYet'];

/**
 * One row of `mentorship_meetings`: one person's answer about one session of their pair.
 * The key is programId + pairId + session + personId, so each person answers each
 * session once; a later answer with the other link replaces the outcome.
 */
export interface MeetingRow {
	programId: string;
	pairId: string;
	/** 1-based session number in the pair's calendar. */
	session: number;
	/** Who answered: the person the link was made for (lower-cased email or id). */
	personId: string;
	/** Their part in the pair: mentor or mentee. */
	role: string;
	outcome: MeetingOutcome;
	/** ISO instant of the click. */
	recordedAt: string;
}

/** A pair's meeting figures, worked out from its meeting rows. */
export interface MeetingTally {
	programId: string;
	pairId: string;
	/** Sessions at least one person of the pair said took place. */
	meetingCount: number;
	/** The latest `recordedAt` of a "met" answer; null when no session took place yet. */
	lastMeetingAt: string | null;
	/** Sessions someone said did not take place yet, and nobody said took place. */
	notYetCount: number;
}
