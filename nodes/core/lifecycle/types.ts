import type { EndReason } from './endReasons';

/** The two sides of a pair. */
export type PairRole = 'mentor' | 'mentee';

/** Who ended a pair: one of its people (through their link), or the HR system (a termination date). */
export type EndedBy = PairRole | 'hris';

/** A roster row to change after an ending (`programId` + `email` is the row's key). */
export interface RosterChange {
	email: string;
	role: PairRole;
	/** `enrolled`: stays in the program; `withdrawn`: left the program; `left`: left the company. */
	status: 'enrolled' | 'withdrawn' | 'left';
	/** Whether the next matching run should find this person a new partner (a late joiner). */
	rematch: boolean;
}

/** One message about an ending, ready for a Send Email node. */
export interface EndingNotice {
	to: string;
	/** `programManager`, or the role of the pair member told. */
	audience: PairRole | 'programManager';
	subject: string;
	text: string;
}

/** What ending one pair changes: the pair row, roster rows, and who is told what. */
export interface PairEnding {
	programId: string;
	pairId: string;
	/** Columns to write to the pair row (only if it is still `active`: an ending acts once). */
	pair: { status: 'ended'; endReason: EndReason; endedAt: string; endedBy: EndedBy };
	roster: RosterChange[];
	notices: EndingNotice[];
}
