// Pair Peers and Stable at realistic sizes: a generated organisation with structured
// weights (departments, interests, locations, levels, a history of earlier pairings), not
// uniform random numbers. Reports time, peak memory, and the blossom optimum against a
// greedy baseline (heaviest allowed pair first).
import { loadavg } from 'node:os';

import { pairPeers } from '../nodes/core/matching/peers';
import { stableMatch } from '../nodes/core/matching/stable';
import { seededRandom } from '../test/core/matching/randomOrg';

const DEPARTMENTS = 12;
const INTERESTS = 24;
const LOCATIONS = 5;

interface Person {
	id: string;
	department: number;
	location: number;
	level: number;
	interests: Set<number>;
}

/** Departments of uneven size, popular interests (skewed), a few locations. */
function generatePool(
	size: number,
	seed: number,
): { people: Person[]; history: Array<[string, string]> } {
	const random = seededRandom(seed);
	const skewed = (count: number) => Math.floor(count * random() * random());
	const people: Person[] = Array.from({ length: size }, (_, i) => ({
		id: `E${String(i).padStart(5, '0')}`,
		department: skewed(DEPARTMENTS),
		location: skewed(LOCATIONS),
		level: 1 + Math.floor(random() * 6),
		interests: new Set(
			Array.from({ length: 2 + Math.floor(random() * 3) }, () => skewed(INTERESTS)),
		),
	}));
	// Two earlier rounds of pairing: each person has met about two others.
	const history: Array<[string, string]> = [];
	for (let round = 0; round < 2; round++) {
		const order = people.map((person) => person.id).sort(() => random() - 0.5);
		for (let i = 0; i + 1 < order.length; i += 2) history.push([order[i], order[i + 1]]);
	}
	return { people, history };
}

/** The weight a peer program would use: cross-department, shared interests, nearby, similar level. */
function peerWeight(a: Person, b: Person): number | undefined {
	let shared = 0;
	for (const interest of a.interests) if (b.interests.has(interest)) shared++;
	const levelGap = Math.abs(a.level - b.level);
	if (levelGap > 3) return undefined;
	return (
		(a.department !== b.department ? 40 : 0) +
		15 * shared +
		(a.location === b.location ? 10 : 0) +
		6 * (3 - levelGap)
	);
}

/** Heaviest allowed pair first, each person once: the simple method the blossom is measured against. */
function greedy(
	people: Person[],
	history: Array<[string, string]>,
): { pairs: number; weight: number } {
	const met = new Set(history.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
	const pairs: Array<[number, number, number]> = [];
	for (let i = 0; i < people.length; i++) {
		for (let j = i + 1; j < people.length; j++) {
			const w = peerWeight(people[i], people[j]);
			if (w === undefined || w <= 0 || met.has(`${people[i].id}|${people[j].id}`)) continue;
			pairs.push([w, i, j]);
		}
	}
	pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
	const used = new Uint8Array(people.length);
	let count = 0;
	let weight = 0;
	for (const [w, i, j] of pairs) {
		if (used[i] || used[j]) continue;
		used[i] = used[j] = 1;
		count++;
		weight += w;
	}
	return { pairs: count, weight };
}

/** Writes one result line (the lint forbids console, even in benchmarks). */
function print(line: string): void {
	process.stdout.write(`${line}\n`);
}

/**
 * Wall time and CPU time of a run. The machine is shared, so CPU time (user + system of
 * this process) is the steadier figure when others load the cores.
 */
function time<T>(run: () => T): { value: T; ms: number; cpu: number } {
	const start = process.hrtime.bigint();
	const cpuStart = process.cpuUsage();
	const value = run();
	const cpu = process.cpuUsage(cpuStart);
	return {
		value,
		ms: Number(process.hrtime.bigint() - start) / 1e6,
		cpu: (cpu.user + cpu.system) / 1000,
	};
}

const took = (run: { ms: number; cpu: number }): string =>
	`${run.ms.toFixed(0)} ms (cpu ${run.cpu.toFixed(0)} ms)`;

function benchPeers(size: number): void {
	const { people, history } = generatePool(size, size);
	const byId = new Map(people.map((person) => [person.id, person]));
	const weight = (a: string, b: string) => peerWeight(byId.get(a) as Person, byId.get(b) as Person);
	const ids = people.map((person) => person.id);
	for (const objective of ['maxCardinality', 'maxWeight'] as const) {
		const run = time(() => pairPeers({ people: ids, weight, history, objective, trios: false }));
		const result = run.value;
		print(
			`pairPeers n=${size} ${objective}: ${took(run)}, ${result.groups.length} pairs, ` +
				`weight ${result.matchingWeight}, ${result.unpaired.length} unpaired, ` +
				`${result.stats.candidatePairs} candidate pairs, ${result.stats.rounds} solve(s)`,
		);
	}
	const base = time(() => greedy(people, history));
	const best = pairPeers({ people: ids, weight, history, objective: 'maxWeight', trios: false });
	const gap = ((best.matchingWeight - base.value.weight) / best.matchingWeight) * 100;
	print(
		`greedy n=${size}: ${took(base)}, ${base.value.pairs} pairs, weight ${base.value.weight} ` +
			`(${gap.toFixed(2)}% below the blossom optimum ${best.matchingWeight})`,
	);
	if (size <= 500) {
		// Every pair a candidate from the start: what the pricing rounds save.
		const full = time(() =>
			pairPeers({
				people: ids,
				weight,
				history,
				objective: 'maxWeight',
				trios: false,
				candidatesPerPerson: size,
			}),
		);
		print(
			`pairPeers n=${size} maxWeight, full graph (no pricing): ${took(full)}, weight ${full.value.matchingWeight}, ${full.value.stats.candidatePairs} pairs in the graph`,
		);
	}
	const withTrios = time(() => pairPeers({ people: ids, weight, history }));
	print(
		`pairPeers n=${size} default (trios on): ${took(withTrios)}, ${withTrios.value.groups.length} groups, ` +
			`total weight ${withTrios.value.totalWeight}, ${withTrios.value.unpaired.length} unpaired`,
	);
}

function benchStable(mentees: number, mentors: number, candidates: number): void {
	const { people } = generatePool(mentees + mentors, 7 * mentees);
	const menteeList = people.slice(0, mentees);
	const mentorList = people.slice(mentees);
	const byId = new Map(people.map((person) => [person.id, person]));
	const random = seededRandom(99);
	const capacity = new Map(mentorList.map((person) => [person.id, 1 + Math.floor(random() * 4)]));
	const score = (a: string, b: string) => peerWeight(byId.get(a) as Person, byId.get(b) as Person);
	// Sparse candidate lists, as the Matcher builds them: each mentee's best mentors by score
	// among a sample of 8 x candidates (keeps the set-up small next to the solve measured).
	const top = time(
		() =>
			new Map(
				menteeList.map((mentee) => [
					mentee.id,
					Array.from(
						{ length: candidates * 8 },
						() => mentorList[Math.floor(random() * mentorList.length)].id,
					)
						.map((id) => [id, score(mentee.id, id) ?? -1] as const)
						.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
						.slice(0, candidates)
						.map(([id]) => id),
				]),
			),
	);
	const run = time(() =>
		stableMatch({
			mentees: menteeList.map((person) => person.id),
			mentors: mentorList.map((person) => ({
				id: person.id,
				capacity: capacity.get(person.id) as number,
			})),
			score,
			candidates: (id) => top.value.get(id) ?? [],
		}),
	);
	print(
		`stableMatch ${mentees} x ${mentors}, top ${candidates}: ${took(run)} ` +
			`(building candidate lists ${took(top)}), ${run.value.pairs.length} matched, ` +
			`total score ${run.value.totalScore}, ${run.value.proposals} proposals`,
	);
}

print(
	`load average at start: ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`,
);
benchPeers(500);
benchPeers(2000);
benchStable(2000, 500, 50);
benchStable(20000, 5000, 30);
print(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
