// Group circles at realistic sizes: a generated program (departments, levels, languages,
// skills, reporting lines into the mentors). Reports time, the branch and bound's solves and
// proof, and what a plain pair assignment would have given: Match with every mentor's
// capacity at the circle maximum, then every circle under the minimum dissolved.
import { loadavg } from 'node:os';

import { matchCircles } from '../nodes/core/matching/circles/matchCircles';
import { matchParticipants } from '../nodes/core/matching/match';
import type { Participant } from '../nodes/core/types';
import { participant } from '../test/core/matching/people';
import { seededRandom } from '../test/core/matching/randomOrg';

const SKILLS = ['sql', 'go', 'design', 'sales', 'writing', 'data', 'ops', 'legal', 'finance', 'people'];
const AT = new Date('2026-03-02T12:00:00Z');

function program(mentors: number, mentees: number, seed: number): Participant[] {
	const random = seededRandom(seed);
	const pick = () => SKILLS.filter(() => random() < 0.2);
	// Language is drawn before department: that order fixes the programs behind the figures in RESULTS.md.
	const base = (id: string): Participant =>
		participant(id, { name: id, languages: random() < 0.75 ? ['en'] : ['nl'], department: `d${Math.floor(random() * 8)}` });
	return [
		...Array.from({ length: mentors }, (_, k): Participant => ({ ...base(`m${k}`), role: 'mentor', skillsOffered: pick(), level: 4 + Math.floor(random() * 3) })),
		...Array.from({ length: mentees }, (_, k): Participant => ({
			...base(`e${k}`),
			skillsWanted: pick(),
			level: 1 + Math.floor(random() * 3),
			...(random() < 0.3 ? { managerId: `m${Math.floor(random() * mentors)}` } : {}),
		})),
	];
}

/** Pairs with capacity at the circle maximum, then circles under the minimum dissolved: mentees left placed. */
function pairsThenDissolve(people: Participant[], min: number, max: number): number {
	const matches = matchParticipants({ participants: people.map((p) => (p.role === 'mentor' ? { ...p, capacity: max } : p)), kind: 'group', minScore: 10, at: AT }).matches;
	const sizes = new Map<string, number>();
	for (const match of matches) sizes.set(match.mentorId, (sizes.get(match.mentorId) ?? 0) + 1);
	return [...sizes.values()].filter((size) => size >= min).reduce((a, b) => a + b, 0);
}

console.log(`load average ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
console.log('| mentors × mentees | sizes | time | placed | circles | solves | optimal | pairs, then dissolve |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [mentors, mentees, min, max] of [
	[30, 150, 3, 6],
	[50, 100, 3, 6],
	[50, 100, 4, 4],
	[100, 250, 3, 6],
	[200, 1000, 3, 6],
]) {
	const people = program(mentors, mentees, mentors * 1000 + mentees);
	const started = performance.now();
	const [summary] = matchCircles({ participants: people, at: AT, circleSizeMin: min, circleSizeMax: max, minScore: 10 }).summaries;
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`| ${mentors} × ${mentees} | ${min}–${max} | ${seconds} s | ${summary.placedMentees} (bound ${summary.placedBound}) | ${summary.circles} | ${summary.searchNodes} | ${summary.optimal ? 'yes' : 'no'} | ${pairsThenDissolve(people, min, max)} |`,
	);
}
