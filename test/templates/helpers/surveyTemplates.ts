import { closeEdges, isolateNetwork, mockGraph, mockSlack } from './edges';
import type { LoopbackSmtp } from './smtp';
import { startSmtp } from './smtp';
import type { SamplePerson } from './templates';
import { pairRow, sampleOrg, surveyTemplateTables } from './templates';

/**
 * The first `count` mentors and mentees of the sample organisation as email pairs, everyone in
 * Amsterdam (so that session and survey times can be worked out by hand), with the given statuses.
 */
export function amsterdamPairs(count: number, statusOf: (index: number) => string = () => 'active'): Array<Record<string, string | number>> {
	const of = (role: SamplePerson['role']) => sampleOrg().filter((person) => person.role === role);
	const [mentors, mentees] = [of('mentor'), of('mentee')];
	return Array.from({ length: count }, (_, index) => ({
		...pairRow(mentors[index], mentees[index], 'email'),
		mentorTimezone: 'Europe/Amsterdam',
		menteeTimezone: 'Europe/Amsterdam',
		status: statusOf(index),
	}));
}

/** Network isolated (Slack and Graph mocked), a loopback SMTP server and the survey tables with these pairs: what a survey-style template test starts from. */
export async function openSurveyTemplate(pairs: Array<Record<string, string | number>>) {
	isolateNetwork();
	mockSlack();
	mockGraph();
	return { smtp: await startSmtp(), tables: surveyTemplateTables(pairs) };
}

/** Undoes {@link openSurveyTemplate}. */
export async function closeSurveyTemplate(smtp: LoopbackSmtp): Promise<void> {
	closeEdges();
	await smtp.close();
}
