import type { FormAnswer } from './forms';

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
	const answers: FormAnswer[] = [
		person.email,
		person.name,
		person.role === 'mentor' ? 'Mentor' : 'Mentee',
		person.role === 'mentor' ? 'Engineering' : 'Sales',
		TIME_ZONE,
		'English',
		person.role === 'mentor' ? person.skill : '',
		person.role === 'mentee' ? person.skill : '',
		'',
		person.role === 'mentor' ? 1 : null,
		[CONSENT],
	];
	for (const [index, value] of Object.entries(overrides)) answers[Number(index)] = value ?? null;
	return answers;
}

/** Six applications the Intake must turn down, with the field each one gets wrong. */
export const INVALID: Array<{ label: string; answers: FormAnswer[]; field?: string }> = [
	{
		label: 'a mentee without consent',
		answers: application(
			{ email: 'no.consent@acme.example', name: 'Noor Consent', role: 'mentee', skill: 'sql' },
			{ 10: null },
		),
		field: 'consent',
	},
	{
		label: 'a mentor without consent',
		answers: application(
			{ email: 'also.no.consent@acme.example', name: 'Olaf Consent', role: 'mentor', skill: 'sql' },
			{ 10: null },
		),
		field: 'consent',
	},
	{
		label: 'an unknown time zone',
		answers: application(
			{ email: 'mars@acme.example', name: 'Marco Mars', role: 'mentee', skill: 'sql' },
			{ 4: 'Mars/Olympus_Mons' },
		),
		field: 'timezone',
	},
	{
		label: 'a role the program does not have',
		answers: application(
			{ email: 'boss@acme.example', name: 'Bella Boss', role: 'mentee', skill: 'sql' },
			{ 2: 'Boss' },
		),
		field: 'role',
	},
	{
		label: 'a negative number of mentees',
		answers: application(
			{ email: 'minus@acme.example', name: 'Mike Minus', role: 'mentor', skill: 'sql' },
			{ 9: -2 },
		),
		field: 'capacity',
	},
	// No address to write back to: rejected without an email.
	{
		label: 'no email address',
		answers: application(
			{ email: '', name: 'Nobody Known', role: 'mentee', skill: 'sql' },
			{ 0: null },
		),
	},
];

/** Second applications of people who applied already, the address typed in capitals. */
export const DUPLICATES: FormAnswer[][] = [
	application({ ...MENTORS[0], email: MENTORS[0].email.toUpperCase() }),
	application({ ...MENTEES[0], email: MENTEES[0].email.toUpperCase() }),
];
