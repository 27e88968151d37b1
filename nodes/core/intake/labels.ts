import type { ParticipantField } from '../participant/fields';

/** Fields a form or HRIS column can be mapped to; `skills` is split by role later. */
export type MappableField = Exclude<ParticipantField, 'answers'> | 'skills' | 'firstName' | 'lastName' | 'submittedAt';

/**
 * Labels that name each field, written as `normaliseLabel` leaves them (lower case,
 * no accents or punctuation). English and Dutch form labels, and the column names of
 * BambooHR, Google Forms and Microsoft Forms exports. When two columns name the same
 * field, the one listed first wins: `participant id` beats a Data Table's row `id`,
 * `work email` beats a personal `email`.
 */
export const FIELD_LABELS: Record<MappableField, string[]> = {
	id: ['participant id', 'employee id', 'employee number', 'employeeid', 'employee no', 'personnel number', 'personeelsnummer', 'medewerkernummer', 'werknemersnummer', 'personeels nr', 'staff id', 'id'],
	email: ['work email', 'work e mail', 'business email', 'company email', 'email', 'e mail', 'email address', 'e mail address', 'e mailadres', 'emailadres', 'zakelijk e mailadres', 'werk e mail', 'mail', 'your email', 'jouw e mailadres'],
	name: ['name', 'full name', 'your name', 'display name', 'preferred name', 'naam', 'volledige naam', 'je naam', 'jouw naam', 'roepnaam'],
	firstName: ['first name', 'given name', 'voornaam'],
	lastName: ['last name', 'surname', 'family name', 'achternaam'],
	role: ['role', 'program role', 'i want to be', 'i would like to be', 'participate as', 'join as', 'mentor or mentee', 'rol', 'ik wil', 'ik doe mee als', 'deelnemen als', 'mentor of mentee'],
	department: ['department', 'dept', 'division', 'business unit', 'afdeling', 'divisie', 'bedrijfsonderdeel'],
	team: ['team', 'squad', 'teamnaam'],
	title: ['title', 'job title', 'position', 'job', 'function', 'functie', 'functietitel', 'job title functie'],
	location: ['location', 'office', 'site', 'city', 'work location', 'locatie', 'kantoor', 'vestiging', 'standplaats', 'werklocatie'],
	level: ['level', 'seniority', 'grade', 'career level', 'job level', 'niveau', 'functieniveau', 'schaal', 'senioriteit'],
	managerId: ['manager id', 'managerid', 'manager email', 'manager e mail', 'supervisor id', 'supervisor eid', 'supervisor email', 'reports to id', 'manager e mailadres', 'e mailadres leidinggevende', 'leidinggevende id', 'id leidinggevende'],
	timezone: ['timezone', 'time zone', 'tz', 'your time zone', 'tijdzone'],
	languages: ['languages', 'language', 'spoken languages', 'languages spoken', 'talen', 'taal', 'gesproken talen'],
	skills: ['skills', 'vaardigheden', 'expertise areas', 'topics', 'onderwerpen'],
	skillsOffered: ['skills offered', 'skills i can offer', 'skills i can teach', 'skills to offer', 'expertise', 'areas of expertise', 'i can help with', 'can help with', 'aangeboden vaardigheden', 'vaardigheden die ik bied', 'vaardigheden die ik kan delen', 'ik kan helpen met', 'expertisegebieden'],
	skillsWanted: ['skills wanted', 'skills to develop', 'skills i want to learn', 'skills i want to develop', 'i want to learn', 'want to learn', 'learning areas', 'development areas', 'gewenste vaardigheden', 'vaardigheden die ik wil leren', 'vaardigheden die ik wil ontwikkelen', 'ik wil leren', 'ontwikkelpunten'],
	goals: ['goals', 'goal', 'objectives', 'my goals', 'mentoring goals', 'development goals', 'doelen', 'doel', 'leerdoelen', 'mijn doelen', 'ontwikkeldoelen'],
	interests: ['interests', 'hobbies', 'personal interests', 'interesses', 'hobbys', 'hobby s', 'persoonlijke interesses'],
	capacity: ['capacity', 'max mentees', 'maximum mentees', 'number of mentees', 'how many mentees', 'mentee capacity', 'capaciteit', 'aantal mentees', 'maximaal aantal mentees', 'hoeveel mentees'],
	nominations: ['nominations', 'preferred mentors', 'preferred mentor', 'mentor preferences', 'wish list', 'voorkeursmentoren', 'voorkeursmentor', 'voorkeur mentor', 'voorkeur'],
	exclusions: ['exclusions', 'do not match with', 'do not pair with', 'not with', 'avoid', 'niet koppelen aan', 'niet koppelen met', 'uitsluitingen', 'liever niet met'],
	hireDate: ['hire date', 'start date', 'date hired', 'original hire date', 'employment start date', 'datum in dienst', 'in dienst sinds', 'startdatum', 'indienstdatum', 'datum indiensttreding'],
	programId: ['program', 'programme', 'program id', 'programme id', 'program name', 'programma', 'programma id'],
	consent: ['consent', 'i agree', 'i consent', 'agree', 'privacy consent', 'gdpr consent', 'data consent', 'privacy', 'toestemming', 'akkoord', 'ik ga akkoord', 'privacyverklaring', 'ik geef toestemming'],
	submittedAt: ['submitted at', 'submittedat', 'timestamp', 'submitted', 'completion time', 'submit date', 'tijdstempel', 'ingediend op', 'date submitted'],
};

/**
 * Words that, found inside a longer question label, point at a field. Checked in
 * this order after an exact label match failed, so "What is your work e-mail
 * address?" still finds `email` and "Manager's e-mail" finds `managerId` first.
 */
export const LABEL_KEYWORDS: Array<[MappableField, RegExp]> = [
	// Only an id or an address identifies a manager; a "Manager" field holding a name stays an answer.
	['managerId', /\b(manager|supervisor|leidinggevende)\b.*\b(id|e ?mail\w*|emailadres|number|nummer)\b|\b(id|e ?mail\w*|emailadres)\b.*\b(manager|supervisor|leidinggevende)\b/],
	['consent', /\b(consent|toestemming|privacy|gdpr|avg|akkoord|i agree)\b/],
	['nominations', /\b(preferred mentors?|nominat\w*|voorkeursmentor\w*|wish list)\b/],
	['exclusions', /\b(do not (match|pair)|niet koppelen|exclu\w*|uitsluit\w*)\b/],
	['goals', /\b(goals?|doelen|leerdoelen|objectives?)\b/],
	['skillsWanted', /\b(learn|develop|grow|leren|ontwikkelen|groeien)\b/],
	['skillsOffered', /\b(offer|teach|share|help (with|others)|bieden|delen|helpen)\b/],
	['capacity', /\b(how many mentees|capacity|capaciteit|aantal mentees)\b/],
	['timezone', /\b(time ?zone|tijdzone)\b/],
	['languages', /\b(languages?|talen|taal)\b/],
	['email', /\b(e ?mail\w*|emailadres)\b/],
	['role', /\b(mentor or mentee|mentor of mentee|your role|je rol|jouw rol)\b/],
	['interests', /\b(interests?|hobb\w*|interesses)\b/],
	['department', /\b(department|afdeling)\b/],
	['location', /\b(location|office|locatie|kantoor|vestiging)\b/],
	['hireDate', /\b(hire date|start date|in dienst)\b/],
	['name', /\b(full name|your name|naam)\b/],
];
