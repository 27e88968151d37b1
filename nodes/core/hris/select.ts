import { parseIsoDate } from '../participant/dates';
import type { HrisPerson } from './person';

/** Options of {@link selectPeople}. */
export interface SelectPeopleOptions {
	/** Whether people who left are returned too. */
	includeFormer?: boolean;
	/**
	 * With `includeFormer`, only people who left on or after this ISO date
	 * (`YYYY-MM-DD`); a former employee without a termination date is kept, since
	 * dropping them would hide a gap in the HR data.
	 */
	formerSince?: string;
}

/**
 * Keeps current employees, and former ones when asked (since a date). People
 * whose status the HRIS did not give are kept with an issue rather than
 * dropped: a missing status is a permission setting to fix, not a reason to
 * make a person disappear from the program.
 *
 * @example
 * selectPeople([{ system: 'personio', status: 'former', terminationDate: '2024-05-31', issues: [] }], { includeFormer: true, formerSince: '2024-01-01' }).length // 1
 */
export function selectPeople(people: readonly HrisPerson[], options: SelectPeopleOptions = {}): HrisPerson[] {
	const since = options.formerSince ? parseIsoDate(options.formerSince) : undefined;
	const selected: HrisPerson[] = [];
	for (const person of people) {
		if (person.status === 'current') selected.push(person);
		else if (person.status === 'former') {
			if (!options.includeFormer) continue;
			const left = parseIsoDate(person.terminationDate);
			if (since === undefined || left === undefined || left >= since) selected.push(person);
		} else {
			person.issues.push({
				field: 'status',
				problem: person.rawStatus === undefined ? 'is missing' : `"${person.rawStatus}" is not a status the directory knows`,
				expected:
					person.system === 'personio'
						? 'active, onboarding, leave or inactive (allow the "Status" attribute for the API credential)'
						: 'Active or Inactive (field internal.status, readable by the service user)',
			});
			selected.push(person);
		}
	}
	return selected;
}
