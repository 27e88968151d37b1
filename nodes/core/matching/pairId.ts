const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export interface PairIdOptions {
	programId?: string;
	mentorId: string;
	menteeId: string;
}

/**
 * Stable id of a pair: 64-bit FNV-1a of program, mentor and mentee ids (UTF-16 code
 * units, NUL-separated), as 16 hex digits. The same pair gets the same id in every
 * run, so admins can lock or reject it by id.
 *
 * @example pairId({ mentorId: 'm1', menteeId: 'e1' }) // '…16 hex digits…'
 */
export function pairId(options: PairIdOptions): string {
	const text = `${options.programId ?? ''}\u0000${options.mentorId}\u0000${options.menteeId}`;
	let hash = OFFSET;
	for (let k = 0; k < text.length; k++) {
		hash ^= BigInt(text.charCodeAt(k));
		hash = (hash * PRIME) & MASK;
	}
	return hash.toString(16).padStart(16, '0');
}
