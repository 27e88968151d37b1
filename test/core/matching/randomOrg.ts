import type { Participant } from '../../../nodes/core/types';

/** A small seeded generator (mulberry32), so every run builds the same org. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface RandomOrgOptions {
	mentees: number;
	mentors: number;
	seed: number;
	/** Largest mentor capacity (capacities are 1 to this). */
	maxCapacity?: number;
	/** Share of mentees with a ranked wish list. */
	nominationRate?: number;
	/** Share of people with one personal exclusion. */
	exclusionRate?: number;
	programId?: string;
}

const DEPARTMENTS = ['engineering', 'sales', 'finance', 'marketing', 'operations', 'people', 'legal', 'product', 'support', 'data'];
const SITES: Array<[string, string, string[]]> = [
	['Amsterdam', 'Europe/Amsterdam', ['en', 'nl']],
	['London', 'Europe/London', ['en']],
	['Berlin', 'Europe/Berlin', ['en', 'de']],
	['New York', 'America/New_York', ['en']],
	['Singapore', 'Asia/Singapore', ['en', 'zh']],
	['Madrid', 'Europe/Madrid', ['es', 'en']],
];
const GOALS = ['promotion', 'leadership', 'career change', 'visibility', 'work-life balance', 'networking', 'confidence', 'technical depth', 'strategy', 'communication'];
const INTERESTS = ['running', 'chess', 'cooking', 'music', 'climbing', 'photography', 'gaming', 'reading', 'travel', 'gardening', 'cycling', 'film'];

/**
 * Builds a realistic program: a management tree of departments (a department's
 * people share skills from its own pool of tags, more senior people offer more of
 * them), sites with their time zones and languages, popular and rare goals and
 * interests, nominations of senior people, and a few personal exclusions. Mentors
 * are the more senior people; everyone has a manager in the input.
 *
 * @example randomOrg({ mentees: 20, mentors: 5, seed: 1 }).length // 25
 */
export function randomOrg(options: RandomOrgOptions): Participant[] {
	const random = seededRandom(options.seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	// Zipf-like popularity: earlier tags are chosen more often.
	const pickSkewed = <T>(items: readonly T[]) => items[Math.floor(items.length * random() ** 2)];
	const some = <T>(items: readonly T[], count: number, skewed = false) => {
		const chosen = new Set<T>();
		for (let k = 0; k < count * 3 && chosen.size < count; k++) chosen.add(skewed ? pickSkewed(items) : pick(items));
		return [...chosen];
	};
	const total = options.mentees + options.mentors;
	const skillPool = (department: string) => Array.from({ length: 8 }, (_, k) => `${department} skill ${k + 1}`);
	const commonSkills = ['public speaking', 'negotiation', 'roadmapping', 'stakeholder management', 'writing', 'coaching'];

	// Tree: a CEO, department heads under it, then each new person under a random earlier person of the same department.
	const people: Array<{ id: string; managerId?: string; department: string; depth: number }> = [{ id: 'p00000', department: 'board', depth: 0 }];
	const byDepartment = new Map<string, number[]>();
	for (const department of DEPARTMENTS.slice(0, Math.min(DEPARTMENTS.length, Math.max(2, Math.ceil(total / 50))))) {
		byDepartment.set(department, [people.length]);
		people.push({ id: `p${String(people.length).padStart(5, '0')}`, managerId: 'p00000', department, depth: 1 });
	}
	const departments = [...byDepartment.keys()];
	while (people.length < total) {
		const department = pickSkewed(departments);
		const members = byDepartment.get(department)!;
		// Prefer recent, shallow managers so that trees are bushy but several levels deep.
		const manager = people[members[Math.floor(members.length * random() ** 1.5)]];
		members.push(people.length);
		people.push({
			id: `p${String(people.length).padStart(5, '0')}`,
			managerId: manager.id,
			department,
			depth: Math.min(manager.depth + 1, 8),
		});
	}
	const order = people.map((_, k) => k).sort((a, b) => people[a].depth - people[b].depth || a - b);
	const mentorSet = new Set(order.slice(0, options.mentors));

	const participants = people.map((person, k) => {
		const [location, timezone, languages] = pickSkewed(SITES);
		const level = Math.max(1, 9 - person.depth - (random() < 0.3 ? 1 : 0));
		const mentor = mentorSet.has(k);
		const pool = skillPool(person.department);
		const otherPool = skillPool(pick(departments));
		const participant: Participant = {
			id: person.id,
			email: `${person.id}@example.com`,
			name: `Person ${person.id}`,
			role: mentor ? 'mentor' : 'mentee',
			department: person.department,
			level,
			...(person.managerId === undefined ? {} : { managerId: person.managerId }),
			timezone,
			location,
			languages: random() < 0.05 ? [languages[languages.length - 1]] : [...languages],
			skillsOffered: mentor ? [...some(pool, 2 + Math.floor(level / 2)), ...some(commonSkills, 2, true)] : some(pool, 2),
			skillsWanted: mentor ? [] : [...some(random() < 0.5 ? pool : otherPool, 1 + Math.floor(random() * 3)), ...some(commonSkills, 1, true)],
			goals: some(GOALS, 1 + Math.floor(random() * 3), true),
			interests: some(INTERESTS, 1 + Math.floor(random() * 3), true),
			capacity: mentor ? 1 + Math.floor(random() * (options.maxCapacity ?? 4)) : 1,
			nominations: [],
			exclusions: [],
			hireDate: `20${String(10 + Math.floor(random() * 15)).padStart(2, '0')}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
			consent: true,
			answers: {},
			...(options.programId === undefined ? {} : { programId: options.programId }),
		};
		return participant;
	});
	const mentors = participants.filter((p) => p.role === 'mentor');
	return participants.map((participant, _, all) => {
		if (participant.role === 'mentee' && random() < (options.nominationRate ?? 0.1)) {
			participant.nominations = some(mentors, 1 + Math.floor(random() * 3), true).map((p) => (random() < 0.5 ? p.id : p.email));
		}
		if (random() < (options.exclusionRate ?? 0.02)) participant.exclusions = [pick(all).id].filter((id) => id !== participant.id);
		return participant;
	});
}
