import type { Participant } from '../../../nodes/core/types';
import { seededRandom } from './randomOrg';

export interface ScarceOrgOptions {
	/** Everyone in the org; the most senior fifth mentor, the rest are mentees. */
	people: number;
	seed: number;
	programId?: string;
}

const SMALL_DEPARTMENTS = ['finance', 'people', 'legal', 'marketing', 'support', 'data', 'security', 'facilities'];
const SITES: Array<[string, string, string[]]> = [
	['Amsterdam', 'Europe/Amsterdam', ['en', 'nl']],
	['Rotterdam', 'Europe/Amsterdam', ['en', 'nl']],
	['Brussels', 'Europe/Brussels', ['en', 'nl', 'fr']],
];
const SKILLS = ['communication', 'planning', 'sql', 'excel', 'presenting', 'negotiation', 'coaching', 'writing'];
const GOALS = ['promotion', 'leadership', 'visibility', 'networking', 'confidence'];
const INTERESTS = ['running', 'cooking', 'music', 'reading', 'travel'];

/**
 * The unfavourable shape for the matcher: mentors are scarce (the most senior 20%
 * of the org, 1 to 3 places each, so every place fills), profiles are alike (a few
 * sites in nearby zones, one huge department holding 60% of the people, skills,
 * goals and interests from small common pools), so scores are flat — most pairs
 * land near 50 of 100 with a narrow spread and many near-ties. Independent of
 * `randomOrg` on purpose: its tree, pools and sizes are its own.
 *
 * @example scarceOrg({ people: 25000, seed: 7 }).filter((p) => p.role === 'mentor').length // 5000
 */
export function scarceOrg(options: ScarceOrgOptions): Participant[] {
	const random = seededRandom(options.seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const some = <T>(items: readonly T[], count: number) => {
		const chosen = new Set<T>();
		while (chosen.size < count) chosen.add(pick(items));
		return [...chosen];
	};
	// A wide, shallow tree: each person reports to a random earlier person of their department.
	const people: Array<{ id: string; managerId?: string; department: string; depth: number }> = [{ id: 'c00000', department: 'board', depth: 0 }];
	const members = new Map<string, number[]>();
	for (const department of ['operations', ...SMALL_DEPARTMENTS]) {
		members.set(department, [people.length]);
		people.push({ id: `c${String(people.length).padStart(5, '0')}`, managerId: 'c00000', department, depth: 1 });
	}
	while (people.length < options.people) {
		const department = random() < 0.6 ? 'operations' : pick(SMALL_DEPARTMENTS);
		const list = members.get(department)!;
		const manager = people[list[Math.floor(list.length * random() ** 2)]];
		list.push(people.length);
		people.push({ id: `c${String(people.length).padStart(5, '0')}`, managerId: manager.id, department, depth: manager.depth + 1 });
	}
	const seniority = people.map((person) => ({ person, level: Math.max(1, 8 - person.depth - (random() < 0.5 ? 1 : 0)) }));
	const ranked = seniority.map((_, k) => k).sort((a, b) => seniority[b].level - seniority[a].level || a - b);
	const mentors = new Set(ranked.slice(0, Math.floor(options.people / 5)));
	return seniority.map(({ person, level }, k): Participant => {
		const mentor = mentors.has(k);
		const [location, timezone, languages] = random() < 0.8 ? SITES[0] : pick(SITES);
		return {
			id: person.id,
			email: `${person.id}@example.com`,
			name: `Person ${person.id}`,
			role: mentor ? 'mentor' : 'mentee',
			department: person.department,
			level,
			...(person.managerId === undefined ? {} : { managerId: person.managerId }),
			timezone,
			location,
			languages: [...languages],
			skillsOffered: mentor ? some(SKILLS, 5) : [],
			skillsWanted: mentor ? [] : some(SKILLS, 2),
			goals: some(GOALS, mentor ? 3 : 2),
			interests: some(INTERESTS, mentor ? 3 : 2),
			capacity: mentor ? 1 + Math.floor(random() * 3) : 1,
			nominations: [],
			exclusions: [],
			consent: true,
			answers: {},
			...(options.programId === undefined ? {} : { programId: options.programId }),
		};
	});
}
