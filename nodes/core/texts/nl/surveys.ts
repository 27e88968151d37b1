import type { SurveyTextKey } from '../en/surveys';

/** De pagina's van de vragenlijsten in het Nederlands. */
export const surveys: Record<SurveyTextKey, string> = {
	thankYouTitle: 'Dank je wel',
	checkInSaved: 'Je antwoorden zijn opgeslagen. Zolang je link geldig is, kun je hem opnieuw openen om ze te wijzigen; de nieuwe antwoorden vervangen deze.',
	sessionFeedbackSaved: 'Je reactie is opgeslagen. Zolang je link geldig is, kun je hem opnieuw openen om hem te wijzigen; het nieuwe antwoord vervangt dit.',
	endOfProgramSaved: 'Dank je wel voor je deelname. Je antwoorden zijn opgeslagen; zolang je link geldig is, kun je hem opnieuw openen om ze te wijzigen.',
	linkNotValidTitle: 'Deze link werkt niet',
	checkInClosedTitle: 'Deze vragenlijst is gesloten',
	checkInClosed: 'Deze link hoort niet bij een huidig mentorkoppel. Denk je dat dit niet klopt, vraag het programmateam dan om een nieuwe link.',
	sessionFeedbackClosedTitle: 'Deze vragen zijn gesloten',
	sessionFeedbackClosed: 'Deze link hoort niet bij een huidig mentorkoppel. Denk je dat dit niet klopt, neem dan contact op met het programmateam.',
	endOfProgramClosedTitle: 'Deze vragenlijst is gesloten',
	endOfProgramClosed: 'Deze link hoort niet bij een mentorkoppel van dit programma. Denk je dat dit niet klopt, vraag het programmateam dan om een nieuwe link.',
	notSavedTitle: 'Controleer je antwoorden',
	answersNotSaved: 'Je antwoorden zijn niet opgeslagen: {{reason}} Open je link opnieuw om ze nog een keer te versturen.',
	feedbackNotSaved: 'Je reactie is niet opgeslagen: {{reason}} Open je link opnieuw om hem nog een keer te versturen.',
	unreadableAnswer: 'een van de antwoorden kon niet worden gelezen.',
	unreadableFeedback: 'het antwoord kon niet worden gelezen.',
};
