import type { FormAnswer } from './forms';
import type { Applicant } from './program';
import { application, FIELD } from './program';

/**
 * The small program of the review-and-adjust scenario, its own record so that the main
 * program's pairs (which the reminders, surveys and KPI tests use) stay as they are.
 *
 * Built so that every outcome is known by hand. The record forbids same-department pairs,
 * which leaves these pairs allowed (Eng = Engineering):
 *
 *   mentor (department, places, offers)          may mentor
 *   A Ilse  (Eng,   1, negotiation, pricing)     Lars, Nina
 *   B Joost (Sales, 1, sql)                      Lars, Mila
 *   C Kim   (Eng,   2, hiring, negotiation)      Lars, Nina
 *
 *   mentee (department, wants): Lars (Marketing, negotiation, pricing), Mila (Eng, sql), Nina (Sales, hiring)
 *
 * Each mentee shares skills with one mentor best (Lars 2 of 2 with Ilse, Mila 1 of 1 with
 * Joost, Nina 1 of 1 with Kim), so matching proposes Ilse-Lars, Joost-Mila, Kim-Nina.
 * The manager drops Joost-Mila and moves Lars to Kim (1 of 2 skills, Kim has a second
 * place). Re-solving around that: Mila may only have Joost, whom she was dropped from, so
 * she is unmatched; Nina stays with Kim (her one skill; Ilse shares none); Lars stays
 * where she put him. The adjusted set is Kim-Lars and Kim-Nina.
 */
export const ADJUST_PROGRAM = 'adjust-2026';
export const ADJUST_PROGRAM_NAME = 'Adjust 2026';
export const ADJUST_MANAGER = 'adjust-manager@acme.example';

export interface AdjustApplicant extends Applicant {
	department: string;
	places?: number;
}

const person = (name: string, role: Applicant['role'], department: string, skill: string, places?: number): AdjustApplicant => ({
	email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@acme.example`,
	name,
	role,
	department,
	skill,
	places,
});

export const ILSE = person('Ilse Dijkstra', 'mentor', 'Engineering', 'negotiation, pricing', 1);
export const JOOST = person('Joost Verbeek', 'mentor', 'Sales', 'sql', 1);
export const KIM = person('Kim Janssen', 'mentor', 'Engineering', 'hiring, negotiation', 2);
export const LARS = person('Lars Hoekstra', 'mentee', 'Marketing', 'negotiation, pricing');
export const MILA = person('Mila de Graaf', 'mentee', 'Engineering', 'sql');
export const NINA = person('Nina Postma', 'mentee', 'Sales', 'hiring');
export const ADJUST_PEOPLE = [ILSE, JOOST, KIM, LARS, MILA, NINA];

/** The application of one of the program's people, through the Enrolment template's form. */
export function adjustApplication(applicant: AdjustApplicant): FormAnswer[] {
	return application(applicant, {
		[FIELD.department]: applicant.department,
		...(applicant.places === undefined ? {} : { [FIELD.capacity]: applicant.places }),
		[FIELD.program]: ADJUST_PROGRAM,
	});
}

/**
 * The Program Setup form's answers for the program: the recommended design, except that
 * same-department pairs are forbidden (which makes the pairs above the only allowed ones).
 */
export const ADJUST_PROGRAM_SETUP: FormAnswer[] = [
	ADJUST_PROGRAM, ADJUST_PROGRAM_NAME, 'mentoring', 'open', '', ADJUST_MANAGER, 'open', '', '', 0, 0,
	'2026-04-06', 6, 'biweekly', 45, '', 'en', 'email', 'forbid', 'forbid', '', '', '', '',
];
