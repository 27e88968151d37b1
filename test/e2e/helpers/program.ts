import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { FormAnswer } from './forms';

/** The Application Form's questions, read from the Enrolment template so that answers follow its field order. */
const APPLICATION_FIELDS = (
	JSON.parse(readFileSync(path.resolve('workflows/mentorship-enrolment.json'), 'utf8')) as {
		nodes: Array<{ name: string; parameters: { formFields?: { values: Array<{ fieldLabel?: string; fieldName?: string }> } } }>;
	}
).nodes
	.find((node) => node.name === 'Application Form')!
	.parameters.formFields!.values.map((field) => field.fieldLabel ?? field.fieldName ?? '');

const fieldIndex = (label: string): number => {
	const index = APPLICATION_FIELDS.indexOf(label);
	if (index < 0) throw new Error(`The Application Form has no field "${label}"`);
	return index;
};

/** Where each answer goes on the Application Form (the hidden `program` field is filled by the link's ?program=). */
export const FIELD = {
	email: fieldIndex('Work email'),
	name: fieldIndex('Full name'),
	role: fieldIndex('I want to be'),
	department: fieldIndex('Department'),
	timezone: fieldIndex('Time zone'),
	languages: fieldIndex('Languages'),
	offers: fieldIndex('Skills I can offer'),
	wants: fieldIndex('What do you want to learn'),
	goals: fieldIndex('Goals'),
	goal1: fieldIndex('Goal 1'),
	capacity: fieldIndex('How many mentees can you take'),
	consent: fieldIndex('Consent'),
	program: fieldIndex('program'),
};

/**
 * The applicants of the end-to-end program, built so that the right answer is known by
 * hand: every mentee wants exactly one skill that exactly one mentor offers, and all else
 * (time zone, language, department) is the same for every possible pair. The best
 * matching therefore pairs mentee i with mentor i, for a reason naming skill i.
 */
export const PROGRAM_ID = 'mentoring-2026';
export const TIME_ZONE = 'Europe/Amsterdam';
export const CONSENT = 'I agree that my answers are used to match me with a colleague';

const SKILLS = [
	'negotiation',
	'sql',
	'public speaking',
	'budgeting',
	'hiring',
	'kubernetes',
	'copywriting',
	'pricing',
	'forecasting',
	'accessibility',
	'python',
	'storytelling',
	'product discovery',
	'security',
	'coaching',
	'analytics',
];
const MENTOR_NAMES = [
	'Anouk Visser',
	'Bram de Wit',
	'Carla Mendes',
	'Daan Bakker',
	'Eva Lindqvist',
	'Femke Smit',
	'Gijs Mulder',
	'Hanna Kowalski',
	'Ivo Peters',
	'Jasmijn Bos',
	'Karim Haddad',
	'Lotte Vos',
	'Milan Dekker',
	'Nadia Rossi',
	'Otto Brink',
	'Puck Hendriks',
];
const MENTEE_NAMES = [
	'Quinten Jacobs',
	'Roos van Dam',
	'Sem Willems',
	'Tess Koster',
	'Umar Farouk',
	'Vera Meijer',
	'Wout Claes',
	'Xenia Popova',
	'Yara de Boer',
	'Zeno Kramer',
	'Amira Saleh',
	'Boris Novak',
	'Cato Verhoeven',
	'Dirk Maas',
	'Elif Yilmaz',
	'Floor Schouten',
];

export interface Applicant {
	email: string;
	name: string;
	role: 'mentor' | 'mentee';
	skill: string;
}

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@acme.example`;

export const MENTORS: Applicant[] = MENTOR_NAMES.map((name, index) => ({
	email: emailOf(name),
	name,
	role: 'mentor',
	skill: SKILLS[index],
}));
export const MENTEES: Applicant[] = MENTEE_NAMES.map((name, index) => ({
	email: emailOf(name),
	name,
	role: 'mentee',
	skill: SKILLS[index],
}));

/** The mentee who applies but never clicks the confirmation link: she stays pending and is not matched. */
export const UNCONFIRMED = MENTEES[15];
/** The mentor left without a mentee, because the mentee who wants his skill never confirmed. */
export const UNMATCHED_MENTOR = MENTORS[15];

/** The answers of the Enrolment template's Application Form, in its field order. */
export function application(
	person: Applicant,
	overrides: Partial<Record<number, FormAnswer>> = {},
): FormAnswer[] {
	const answers: FormAnswer[] = APPLICATION_FIELDS.map(() => null);
	answers[FIELD.email] = person.email;
	answers[FIELD.name] = person.name;
	answers[FIELD.role] = person.role === 'mentor' ? 'Mentor' : 'Mentee';
	answers[FIELD.department] = person.role === 'mentor' ? 'Engineering' : 'Sales';
	answers[FIELD.timezone] = TIME_ZONE;
	answers[FIELD.languages] = 'English';
	answers[FIELD.offers] = person.role === 'mentor' ? person.skill : '';
	answers[FIELD.wants] = person.role === 'mentee' ? person.skill : '';
	answers[FIELD.goals] = '';
	// A mentee names at least one goal of their own (Goal 1..3); mentors leave them blank.
	answers[FIELD.goal1] = person.role === 'mentee' ? `Get better at ${person.skill}` : '';
	answers[FIELD.capacity] = person.role === 'mentor' ? 1 : null;
	answers[FIELD.consent] = [CONSENT];
	for (const [index, value] of Object.entries(overrides)) answers[Number(index)] = value ?? null;
	return answers;
}

/** Six applications the Intake must turn down, with the field each one gets wrong. */
export const INVALID: Array<{ label: string; answers: FormAnswer[]; field?: string }> = [
	{
		label: 'a mentee without consent',
		answers: application(
			{ email: 'no.consent@acme.example', name: 'Noor Consent', role: 'mentee', skill: 'sql' },
			{ [FIELD.consent]: null },
		),
		field: 'consent',
	},
	{
		label: 'a mentor without consent',
		answers: application(
			{ email: 'also.no.consent@acme.example', name: 'Olaf Consent', role: 'mentor', skill: 'sql' },
			{ [FIELD.consent]: null },
		),
		field: 'consent',
	},
	{
		label: 'an unknown time zone',
		answers: application(
			{ email: 'mars@acme.example', name: 'Marco Mars', role: 'mentee', skill: 'sql' },
			{ [FIELD.timezone]: 'Mars/Olympus_Mons' },
		),
		field: 'timezone',
	},
	{
		label: 'a role the program does not have',
		answers: application(
			{ email: 'boss@acme.example', name: 'Bella Boss', role: 'mentee', skill: 'sql' },
			{ [FIELD.role]: 'Boss' },
		),
		field: 'role',
	},
	{
		label: 'a negative number of mentees',
		answers: application(
			{ email: 'minus@acme.example', name: 'Mike Minus', role: 'mentor', skill: 'sql' },
			{ [FIELD.capacity]: -2 },
		),
		field: 'capacity',
	},
	// No address to write back to: rejected without an email.
	{
		label: 'no email address',
		answers: application(
			{ email: '', name: 'Nobody Known', role: 'mentee', skill: 'sql' },
			{ [FIELD.email]: null },
		),
	},
];

/** Second applications of people who applied already, the address typed in capitals. */
export const DUPLICATES: FormAnswer[][] = [
	application({ ...MENTORS[0], email: MENTORS[0].email.toUpperCase() }),
	application({ ...MENTEES[0], email: MENTEES[0].email.toUpperCase() }),
];
