/**
 * The pages of the check-in, session-feedback and end-of-program surveys: what a person
 * reads after sending a form or opening a link that no longer works. (The emails that
 * carry the survey links are the Scheduler's reminder texts, nodes/core/messages/defaultTemplates.ts,
 * and the Program close template's closing message.)
 */
export const surveys = {
	thankYouTitle: 'Thank you',
	checkInSaved: 'Your answers are saved. Until your link expires you can open it again to change them; the new answers replace these.',
	sessionFeedbackSaved: 'Your feedback is saved. Until your link expires you can open it again to change it; the new answer replaces this one.',
	endOfProgramSaved: 'Thank you for taking part. Your answers are saved; until your link expires you can open it again to change them.',
	linkNotValidTitle: 'This link does not work',
	checkInClosedTitle: 'This check-in is closed',
	checkInClosed: 'This link is not for a current mentoring pair. If you think this is wrong, ask the program team for a new link.',
	sessionFeedbackClosedTitle: 'This feedback is closed',
	sessionFeedbackClosed: 'This link is not for a current mentoring pair. If you think this is wrong, ask the program team.',
	endOfProgramClosedTitle: 'This survey is closed',
	endOfProgramClosed: 'This link is not for a mentoring pair of this program. If you think this is wrong, ask the program team for a new link.',
	notSavedTitle: 'Please check your answers',
	answersNotSaved: 'Your answers were not saved: {{reason}} Open your link again to send them once more.',
	feedbackNotSaved: 'Your feedback was not saved: {{reason}} Open your link again to send it once more.',
	unreadableAnswer: 'one of them could not be read.',
	unreadableFeedback: 'the answer could not be read.',
};

export type SurveyTextKey = keyof typeof surveys;
