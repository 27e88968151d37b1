import './helpers/esmModules';

import { InMemoryDataTables } from '../harness/dataTables';
import type { RunResult } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockSlack } from './helpers/edges';
import { coffeeProgramRow, loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg, slackIdOf } from './helpers/templates';

const workflow = loadTemplate('mentorship-peer-coffee.json');
const org = sampleOrg();
const pairKey = (a: string, b: string) => [a, b].sort().join('|');

describe('the Peer coffee template', () => {
	let slack: Edge;
	let tables: InMemoryDataTables;
	// The pool: 25 people of the sample organisation who take part as peers (an odd count, so one trio).
	const pool = org.filter((person) => person.role === 'both').slice(0, 25);
	const poolIds = new Set(pool.map((person) => person.id));
	const round = async (tick: string): Promise<RunResult> =>
		await runWorkflow(workflow, { start: { node: 'Every Other Monday', items: [{ timestamp: tick }] }, dataTables: tables, credentials: EDGE_CREDENTIALS });
	/** Pairings stored so far, as unordered id pairs. */
	const stored = () => tables.rows('mentorship_pairs').map((row) => pairKey(String(row.mentorId), String(row.menteeId)));

	beforeEach(() => {
		isolateNetwork();
		slack = mockSlack(Object.fromEntries(org.map((person) => [person.email, slackIdOf(person)])));
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [coffeeProgramRow()]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, pool.map((person) => ({ ...rosterRow(person, 'enrolled', 'coffee'), role: 'both' })));
		// An earlier round paired the first ten people as 1-2, 3-4, ...
		tables.create(
			'mentorship_pairs',
			PAIR_COLUMNS,
			Array.from({ length: 5 }, (_, index) => ({
				pairId: `coffee-earlier-${index}`,
				programId: 'coffee',
				status: 'ended',
				mentorId: pool[2 * index].id,
				menteeId: pool[2 * index + 1].id,
			})),
		);
	});

	afterEach(() => closeEdges());

	it('puts everyone in exactly one new pair or trio and never repeats an earlier pairing', async () => {
		const earlier = new Set(stored());
		const result = await round('2026-03-02T09:00:00.000+01:00');

		expect(result.error).toBeUndefined();
		const groups = result.output('Pair Peers', 0).map((item) => item.json.memberIds as string[]);
		// 25 people: eleven pairs and one trio.
		expect(groups.map((group) => group.length).sort()).toEqual([...Array(11).fill(2), 3]);
		expect(groups.flat().sort()).toEqual([...poolIds].sort());
		const pairings = groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => pairKey(a, b))));
		for (const pairing of pairings) expect(earlier.has(pairing)).toBe(false);
		// Stored for next time: 11 + 3 pairings from this round besides the 5 earlier ones.
		expect(stored().filter((pairing) => !earlier.has(pairing)).sort()).toEqual(pairings.sort());
	});

	it('opens one Slack group DM per group with its members and posts the introduction there', async () => {
		const result = await round('2026-03-02T09:00:00.000+01:00');
		const groups = result.output('Pair Peers', 0).map((item) => item.json);

		expect(slack.to('/api/users.lookupByEmail')).toHaveLength(pool.length);
		const opened = slack.to('/api/conversations.open').map((call) => String(call.body.users).split(',').sort().join(','));
		expect(opened.sort()).toEqual(
			groups.map((group) => (group.memberIds as string[]).map((id) => slackIdOf(org.find((person) => person.id === id)!)).sort().join(',')).sort(),
		);
		const posts = slack.to('/api/chat.postMessage');
		expect(posts).toHaveLength(groups.length);
		for (const group of groups) {
			const names = (group.memberNames as string[]).join(' + ');
			expect(posts.filter((post) => String(post.body.text).includes(names))).toHaveLength(1);
		}
	});

	describe('when the next round comes', () => {
		it('pairs everyone again without repeating this round or earlier ones', async () => {
			await round('2026-03-02T09:00:00.000+01:00');
			const before = new Set(stored());
			const next = await round('2026-03-16T09:00:00.000+01:00');

			expect(next.error).toBeUndefined();
			const groups = next.output('Pair Peers', 0).map((item) => item.json.memberIds as string[]);
			expect(groups.flat().sort()).toEqual([...poolIds].sort());
			for (const group of groups) {
				for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) expect(before.has(pairKey(group[i], group[j]))).toBe(false);
			}
		});
	});
	describe('when a name in the pool would ping a Slack channel', () => {
		it('posts it escaped, so nobody is pinged', async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [coffeeProgramRow()]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, pool.map((person, index) => ({ ...rosterRow(person, 'enrolled', 'coffee'), role: 'both', name: index === 0 ? `${person.name} <@U0BOSS>` : person.name })));
			tables.create('mentorship_pairs', PAIR_COLUMNS);

			const result = await round('2026-03-02T09:00:00.000+01:00');

			expect(result.error).toBeUndefined();
			const posts = slack.to('/api/chat.postMessage').map((post) => String(post.body.text));
			expect(posts.filter((text) => text.includes(`${pool[0].name} &lt;@U0BOSS&gt;`))).toHaveLength(1);
			expect(posts.filter((text) => text.includes('<@U0BOSS>'))).toEqual([]);
		});
	});
});
