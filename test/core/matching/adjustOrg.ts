import type { Participant } from '../../../nodes/core/types';
import { participant } from './people';

/**
 * The hand-worked org of the review-and-adjust tests: 6 mentors with 2 places each and
 * two skills each (M1 a,b · M2 c,d · M3 e,f · M4 g,h · M5 i,j · M6 k,l), and 12 mentees
 * who each want three skills: both of one "own" mentor's (2 of 3 shared: score 67) and one
 * of a second mentor's (1 of 3: score 33); nobody else shares a skill (score 0, below the
 * minimum). Only the skills criterion weighs, so every score can be read off these lists.
 * E07 reports to M6 (a reporting line).
 *
 * | mentee | wants | own mentor (67) | second mentor (33) |
 * |---|---|---|---|
 * | E01 | a b c | M1 | M2 |
 * | E02 | a b e | M1 | M3 |
 * | E03 | c d e | M2 | M3 |
 * | E04 | c d e | M2 | M3 |
 * | E05 | e f g | M3 | M4 |
 * | E06 | e f i | M3 | M5 |
 * | E07 | g h i | M4 | M5 |
 * | E08 | g h k | M4 | M6 |
 * | E09 | i j k | M5 | M6 |
 * | E10 | i j a | M5 | M1 |
 * | E11 | k l a | M6 | M1 |
 * | E12 | k l c | M6 | M2 |
 */
export const ADJUST_PROGRAM = 'mentoring-2026';

const MENTOR_SKILLS: Record<string, string[]> = {
	M1: ['a', 'b'],
	M2: ['c', 'd'],
	M3: ['e', 'f'],
	M4: ['g', 'h'],
	M5: ['i', 'j'],
	M6: ['k', 'l'],
};

const MENTEE_WANTS: Record<string, string[]> = {
	E01: ['a', 'b', 'c'],
	E02: ['a', 'b', 'e'],
	E03: ['c', 'd', 'e'],
	E04: ['c', 'd', 'e'],
	E05: ['e', 'f', 'g'],
	E06: ['e', 'f', 'i'],
	E07: ['g', 'h', 'i'],
	E08: ['g', 'h', 'k'],
	E09: ['i', 'j', 'k'],
	E10: ['i', 'j', 'a'],
	E11: ['k', 'l', 'a'],
	E12: ['k', 'l', 'c'],
};

/** Each mentee's own mentor: the pairs the first matching run proposes (12 × 67). */
export const OWN_MENTOR: Record<string, string> = {
	E01: 'M1',
	E02: 'M1',
	E03: 'M2',
	E04: 'M2',
	E05: 'M3',
	E06: 'M3',
	E07: 'M4',
	E08: 'M4',
	E09: 'M5',
	E10: 'M5',
	E11: 'M6',
	E12: 'M6',
};

/** The 18 people of the adjust org, in the participant shape. */
export function adjustOrg(): Participant[] {
	return [
		...Object.entries(MENTOR_SKILLS).map(([id, skills]) =>
			participant(id, { name: `Mentor ${id}`, role: 'mentor', capacity: 2, skillsOffered: skills, department: `Dept ${id}`, programId: ADJUST_PROGRAM }),
		),
		...Object.entries(MENTEE_WANTS).map(([id, wants]) =>
			participant(id, { name: `Mentee ${id}`, role: 'mentee', skillsWanted: wants, department: 'Ops', programId: ADJUST_PROGRAM, ...(id === 'E07' ? { managerId: 'M6' } : {}) }),
		),
	];
}

/** Only skills weigh, so that scores are 67, 33 or 0 as the table says. */
export const SKILLS_ONLY = { nomination: 0, skills: 100, goals: 0, interests: 0, level: 0, department: 0, timezone: 0, language: 0, location: 0, orgDistance: 0 };

/**
 * The review of the tests: lock two pairs (filling M1), drop one, move one mentee to a
 * second mentor, leave one out, two moves that must be refused (into the full M1, and into
 * E07's reporting line) and a note.
 */
export const REVIEW = [
	{ action: 'lock', mentorId: 'M1', menteeId: 'E01' },
	{ action: 'lock', mentorId: 'M1', menteeId: 'E02' },
	{ action: 'drop', mentorId: 'M3', menteeId: 'E05' },
	{ action: 'move', menteeId: 'E04', toMentorId: 'M3' },
	{ action: 'leaveOut', personId: 'E12' },
	{ action: 'move', menteeId: 'E10', toMentorId: 'M1' },
	{ action: 'move', menteeId: 'E07', toMentorId: 'M6' },
	{ action: 'note', menteeId: 'E05', note: 'E05 asked for a mentor outside engineering' },
];

/**
 * The adjusted proposals worked out by hand (mentee → mentor, score). Kept: M1–E01,
 * M1–E02 (locked), M3–E04 (moved, 33). E05 may not have M3 again; its only other
 * mentor M4 is wanted by E07 and E08 (67 each). Sending E08 to its second mentor M6
 * (free since E12 is out) makes room for E05 at M4: 33 + 33 = 67 points, as many as
 * E08 alone had, with one pair more, which the "highest total score" objective prefers
 * on equal totals. Any other chain loses points. Everyone else keeps their own mentor.
 * Total 8 × 67 + 3 × 33 = 635, lowest 33, 11 pairs (E12 left out).
 */
export const ADJUSTED: Record<string, [string, number]> = {
	E01: ['M1', 67],
	E02: ['M1', 67],
	E03: ['M2', 67],
	E04: ['M3', 33],
	E05: ['M4', 33],
	E06: ['M3', 67],
	E07: ['M4', 67],
	E08: ['M6', 33],
	E09: ['M5', 67],
	E10: ['M5', 67],
	E11: ['M6', 67],
};
