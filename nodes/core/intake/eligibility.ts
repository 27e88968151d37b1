import type { FieldIssue, Participant, Role } from '../types';

/** Who may enrol. */
export type EnrolmentRule =
	| { mode: 'open' }
	| { mode: 'inviteOnly'; invitees: string[] }
	| { mode: 'domains'; domains: string[] };

export interface EligibilityOptions {
	enrolment?: EnrolmentRule;
	/** Roles the program accepts; all three when absent. */
	allowedRoles?: Role[];
	/** Lowest level a mentor (or peer acting as mentor) may have. */
	minMentorLevel?: number;
	/** Whether a person must have agreed to the program's privacy terms. */
	consentRequired?: boolean;
}

/** Whether an email's domain is one of the allowed domains or a subdomain of one. */
function domainAllowed(email: string, domains: string[]): boolean {
	const domain = email.slice(email.lastIndexOf('@') + 1);
	return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/**
 * Every reason this person may not enrol, empty when they may. All reasons are
 * returned together so an applicant can be told everything at once.
 *
 * @example
 * eligibilityIssues(person, { enrolment: { mode: 'domains', domains: ['example.com'] }, consentRequired: true })
 */
export function eligibilityIssues(person: Participant, options: EligibilityOptions): FieldIssue[] {
	const issues: FieldIssue[] = [];
	const enrolment = options.enrolment ?? { mode: 'open' };
	if (enrolment.mode === 'inviteOnly') {
		const invited = new Set(enrolment.invitees.map((entry) => entry.trim().toLowerCase()));
		if (!invited.has(person.email) && !invited.has(person.id.toLowerCase())) {
			issues.push({ field: 'email', problem: 'is not on the invitation list', expected: 'an invited email address or employee id', received: person.email });
		}
	} else if (enrolment.mode === 'domains') {
		const domains = enrolment.domains.map((entry) => entry.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
		if (!domainAllowed(person.email, domains)) {
			issues.push({ field: 'email', problem: 'is not at an allowed email domain', expected: `an address at ${domains.join(', ')}`, received: person.email });
		}
	}
	const allowed = options.allowedRoles && options.allowedRoles.length > 0 ? options.allowedRoles : undefined;
	if (allowed && !allowed.includes(person.role)) {
		issues.push({ field: 'role', problem: `${person.role} is not a role this program takes`, expected: allowed.join(' or '), received: person.role });
	}
	if (options.minMentorLevel !== undefined && person.role !== 'mentee') {
		if (person.level === undefined) {
			issues.push({ field: 'level', problem: 'is missing for a mentor', expected: `a level of ${options.minMentorLevel} or higher` });
		} else if (person.level < options.minMentorLevel) {
			issues.push({ field: 'level', problem: `${person.level} is below the mentor minimum`, expected: `${options.minMentorLevel} or higher`, received: String(person.level) });
		}
	}
	if (options.consentRequired !== false && !person.consent) {
		issues.push({ field: 'consent', problem: 'was not given', expected: 'agreement to the program\'s privacy terms (yes)' });
	}
	return issues;
}
