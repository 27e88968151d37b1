import type { MessageKind } from '../messages/defaultTemplates';
import type { SessionTime } from '../scheduling/types';

/** Who of the pair a reminder goes to. */
export type RecipientRole = 'mentor' | 'mentee';

/** A reminder that exists in a pair's program, whether or not it is due. */
export interface ReminderCandidate {
	kind: MessageKind;
	recipientRole: RecipientRole;
	/** Epoch ms at which it should go out. */
	dueAt: number;
	/** The same in every run, so the sent log and the claims can recognise it. */
	dedupeKey: string;
	/** The session it is about: the reminded one, the first (introduction) or the next (nudge). */
	session?: SessionTime;
	/** For session reminders: minutes before the start. */
	leadMinutes?: number;
	/** For nudges: whole weeks without a logged meeting. */
	weeksWithoutMeeting?: number;
}

/** What the catch-up policy does with reminders whose time passed while nothing ran. */
export type CatchUpPolicy = 'sendWithinMaxLateness' | 'sendAll';

export const CATCH_UP_POLICIES: readonly CatchUpPolicy[] = ['sendWithinMaxLateness', 'sendAll'];

/** A reminder to send now, with the attempt it is (claims are decided per attempt). */
export interface DueReminder extends ReminderCandidate {
	/** 1 + the earlier attempts that failed or whose claim's lease expired. */
	attempt: number;
	/** `${dedupeKey}#${attempt}`: the key to claim and to read claims back by. */
	claimKey: string;
	/** The reason of the latest failed attempt, if any. */
	lastFailureReason?: string;
}

/** Why a reminder is not sent: too late, its session began, or either after failed or expired attempts. */
export type SkipCode = 'tooLate' | 'sessionStarted' | 'tooLateAfterFailures';

/** A reminder that is not sent, with the reason (it goes to the Skipped output). */
export interface SkippedReminder extends ReminderCandidate {
	skipReason: string;
	skipCode: SkipCode;
	/** Attempts made before giving up (failed or expired). */
	attempts: number;
	lastFailureReason?: string;
}
