/**
 * What a personal link stands for. Every field is bound into the token's signature,
 * so none of them can be changed by whoever holds the link.
 */
export interface LinkClaims {
	/** The program the link belongs to. */
	programId: string;
	/** What the link acts on: a pair id, an application id, a session id. */
	subject: string;
	/** The person the link was sent to: their id or (lower-cased) email. */
	person: string;
	/** The part that person plays here, e.g. mentor, mentee, applicant, manager. */
	role: string;
	/** What the link does, letters and digits only: confirm, checkIn, met, endPair... */
	purpose: string;
	/** The first moment (epoch seconds) the link no longer works. */
	expiresAt: number;
}

/** Claims a verifier insists on; a field left out is not checked. */
export type ExpectedClaims = Partial<Pick<LinkClaims, 'purpose' | 'programId' | 'subject' | 'person' | 'role'>>;

/** Why a link was refused. Codes are stable: templates may branch on them. */
export type LinkErrorCode =
	| 'malformed'
	| 'badSignature'
	| 'expired'
	| 'wrongPurpose'
	| 'wrongProgram'
	| 'wrongSubject'
	| 'wrongPerson'
	| 'wrongRole';

/** The outcome of checking a link: its claims, or a code and a message for the person who clicked. */
export type LinkVerification = { ok: true; claims: LinkClaims } | { ok: false; code: LinkErrorCode; message: string };
