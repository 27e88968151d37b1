/** The operations of Mentorship Survey; the router's map is typed by it. */
export type SurveyOperation = 'score' | 'kpis' | 'confirmGoals';
