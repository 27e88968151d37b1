/**
 * Every participant-facing sentence about personal goals, in one place so that a
 * translation (nodes/core/texts/ catalogs) can replace them later. English only today.
 */
export const GOAL_TEXTS = {
	/** Enrolment form: the three goal fields. */
	formGoalLabel: (slot: number) => `Goal ${slot}`,
	formGoalPlaceholder: 'Mentees: one goal for the program in a sentence, e.g. "Lead my first project meeting"',
	/** Rejection reasons on the application. */
	goalTooLong: (limit: number) => `is longer than ${limit} characters`,
	goalTooLongExpected: (limit: number) => `a goal of at most ${limit} characters`,
	goalNotText: 'is not text',
	goalNotTextExpected: 'a goal written as one line of text',
	noGoal: 'names no goal',
	noGoalExpected: 'at least one goal (Goal 1, Goal 2 or Goal 3) for a mentee',
	/** The confirmation page of the goals link. */
	confirmFormTitle: 'Your mentoring goals',
	confirmFormDescription:
		'These are the goals you agreed on for this program. Press Confirm to keep them, or type up to three new ones to replace them. Either of you can change them later through the same link.',
	confirmedTitle: 'Goals confirmed',
	confirmedMessage: 'Thank you: your goals are saved. We will ask you both how far you got at the mid-point and at the end.',
	unchangedMessage: 'These goals were already confirmed; nothing changed.',
	notInPairTitle: 'These goals are closed',
	notInPairMessage: 'This link is not for a current mentoring pair, so nothing was saved. If you think this is wrong, ask the program team.',
	invalidTitle: 'Please check your goals',
	/** Survey: the question per goal. */
	ratingQuestion: (slot: number) => `Goal ${slot} (as agreed with your partner): how far are you?`,
	ratingLevels: ['Not started', 'Some', 'Most', 'Achieved'] as const,
} as const;

/**
 * The problems with typed goals as one sentence for the person who typed them.
 *
 * @example goalProblemsText([{ field: 'Goal 2', problem: 'is longer than 200 characters', expected: '' }])
 * // 'Goal 2 is longer than 200 characters.'
 */
export function goalProblemsText(issues: ReadonlyArray<{ field: string; problem: string }>): string {
	return issues.map((issue) => `${issue.field} ${issue.problem}.`).join(' ');
}
