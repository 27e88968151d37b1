import './helpers/esmModules';

import { GOAL_TEXTS } from '../../nodes/core/goals';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import { loadTemplate, PAIR_COLUMNS, pairRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-goals.json');
/** Links of the tests work until 15 June 2026, 00:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 5, 15) / 1000;
const MEGABYTE = 'x'.repeat(1_000_000);
const PAGES = { saved: 'Goals confirmed', badLink: 'This link does not work', closed: 'These goals are closed', invalid: 'Please check your goals' };
const MESSAGES = {
	saved: 'Thank you: your goals are saved. We will ask you both how far you got at the mid-point and at the end.',
	unchanged: 'These goals were already confirmed; nothing changed.',
};

describe('the Goals template', () => {
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	// Three active email pairs; the mentee of pair 0 named two goals at enrolment, of pair 1 one, of pair 2 none.
	const pairs: Array<Record<string, string | number>> = [0, 1, 2].map((index) => ({
		...pairRow(mentors[index], mentees[index], 'email'),
		menteeGoals: ['["Lead my first project meeting","Write a design doc"]', '["Give a talk"]', '[]'][index],
		goals: '',
		goalsConfirmedAt: '',
	}));
	let tables: InMemoryDataTables;

	beforeEach(() => {
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairs);
	});

	/** The pair's goals link as the Matching template makes it: subject the pair, person the mentee. */
	const tokenFor = (pairIndex: number, changes: Partial<TestLinkClaims> = {}, secret?: string) =>
		signTestLink(
			{ programId: 'mentoring-2026', subject: String(pairs[pairIndex].pairId), person: String(pairs[pairIndex].menteeEmail).toLowerCase(), role: 'mentee', purpose: 'confirmGoals', expiresAt: LINKS_EXPIRE, ...changes },
			secret,
		);
	/** What the n8n form delivers on Confirm: the hidden token and the three goal fields as shown or edited. */
	const confirm = async (token: string, goals: [string, string, string], submittedAt: string) => {
		const result = await runWorkflow(workflow, {
			start: { node: 'Goals Form', items: [{ token, goal1: goals[0], goal2: goals[1], goal3: goals[2], submittedAt, formMode: 'production', formQueryParameters: { token } }] },
			dataTables: tables,
			credentials: LINK_CREDENTIALS,
		});
		expect(result.error).toBeUndefined();
		return formPage(workflow, result);
	};
	const goalsOf = (pairIndex: number) => {
		const row = tables.rows('mentorship_pairs').find((pair) => pair.pairId === pairs[pairIndex].pairId)!;
		return [row.goals, row.goalsConfirmedAt];
	};

	it('words its form and pages as the goal texts in nodes/core/goals/texts.ts, kept in one place for translation', () => {
		const parameters = (name: string) => workflow.nodes.find((node) => node.name === name)!.parameters;
		expect([parameters('Goals Form').formTitle, parameters('Goals Form').formDescription]).toEqual([GOAL_TEXTS.confirmFormTitle, GOAL_TEXTS.confirmFormDescription]);
		expect([parameters('Not in This Pair').completionTitle, parameters('Not in This Pair').completionMessage]).toEqual([GOAL_TEXTS.notInPairTitle, GOAL_TEXTS.notInPairMessage]);
		expect(parameters('Goals Saved').completionTitle).toBe(GOAL_TEXTS.confirmedTitle);
		expect([MESSAGES.saved, MESSAGES.unchanged]).toEqual([GOAL_TEXTS.confirmedMessage, GOAL_TEXTS.unchangedMessage]);
	});

	describe('when a pair confirms the mentee\'s goals as they are (the form sent blank)', () => {
		it('stores the mentee\'s two goals on the pair, dated in UTC, and thanks them', async () => {
			const page = await confirm(tokenFor(0), ['', '', ''], '2026-03-05T10:00:00.000+01:00');
			expect([page.title, page.message]).toEqual([PAGES.saved, MESSAGES.saved]);
			expect(goalsOf(0)).toEqual(['["Lead my first project meeting","Write a design doc"]', '2026-03-05T09:00:00.000Z']);
			// The other pairs are untouched.
			expect(goalsOf(1)).toEqual(['', '']);
			expect(goalsOf(2)).toEqual(['', '']);
		});
	});

	describe('when the same goals are sent again (a replay, or the mentor confirming too)', () => {
		it('changes nothing, keeps the first confirmation time and says so', async () => {
			await confirm(tokenFor(0), ['Lead my first project meeting', 'Write a design doc', ''], '2026-03-05T09:00:00.000Z');
			const again = await confirm(tokenFor(0), ['Lead my first project meeting', 'Write a design doc', ''], '2026-03-06T09:00:00.000Z');
			expect([again.title, again.message]).toEqual([PAGES.saved, MESSAGES.unchanged]);
			expect(goalsOf(0)).toEqual(['["Lead my first project meeting","Write a design doc"]', '2026-03-05T09:00:00.000Z']);
		});
	});

	describe('when the pair edits its goals later through the same link', () => {
		it('replaces the stored goals with the new ones and dates the change', async () => {
			await confirm(tokenFor(1), ['', '', ''], '2026-03-05T09:00:00.000Z');
			await confirm(tokenFor(1), ['Give a talk at the all-hands', ' Mentor an intern ', ''], '2026-04-01T12:00:00.000Z');
			expect(goalsOf(1)).toEqual(['["Give a talk at the all-hands","Mentor an intern"]', '2026-04-01T12:00:00.000Z']);
		});
	});

	describe('when nobody named a goal and the form is sent blank', () => {
		it('stores nothing and asks for a goal', async () => {
			const page = await confirm(tokenFor(2), ['', '', ''], '2026-03-05T09:00:00.000Z');
			expect(page.title).toBe(PAGES.invalid);
			expect(page.message).toBe('Goal 1 names no goal. Nothing was saved: open your link again to send them once more.');
			expect(goalsOf(2)).toEqual(['', '']);
		});
	});

	describe('when a typed goal is longer than 200 characters, or 1 MB', () => {
		it.each([['201 characters', 'y'.repeat(201)], ['1 MB', MEGABYTE]])('stores nothing for a goal of %s and says which goal', async (_case, goal) => {
			const page = await confirm(tokenFor(0), ['Fine', goal, ''], '2026-03-05T09:00:00.000Z');
			expect(page.title).toBe(PAGES.invalid);
			expect(page.message).toBe('Goal 2 is longer than 200 characters. Nothing was saved: open your link again to send them once more.');
			expect(goalsOf(0)).toEqual(['', '']);
		});
	});

	describe('when the pair has ended', () => {
		it('stores nothing and says the goals are closed', async () => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_pairs', PAIR_COLUMNS, [{ ...pairs[0], status: 'ended' }, pairs[1], pairs[2]]);
			const page = await confirm(tokenFor(0), ['New goal', '', ''], '2026-03-05T09:00:00.000Z');
			expect(page.title).toBe(PAGES.closed);
			expect(goalsOf(0)).toEqual(['', '']);
		});
	});

	describe('when the link is not a goals link of this pair', () => {
		const refusals: Array<[string, () => string, string]> = [
			['signed with another secret (forged)', () => tokenFor(0, {}, 'a-forger-guessing-the-secret-0123456789'), 'This link is not valid.'],
			[
				'whose pair was changed after signing (forged)',
				() => {
					const [, signature] = tokenFor(0).split('.');
					const [payload] = tokenFor(1).split('.');
					return `${payload}.${signature}`;
				},
				'This link is not valid.',
			],
			['that expired before the click', () => tokenFor(0, { expiresAt: Date.UTC(2026, 2, 3) / 1000 }), 'This link has expired.'],
			['of a meeting log', () => tokenFor(0, { purpose: 'weMet' }), 'This link is meant for a different page.'],
			['of 1 MB', () => MEGABYTE, 'This link is incomplete or damaged.'],
			['missing', () => '', 'This link is incomplete or damaged.'],
		];

		it.each(refusals)('refuses a link %s and stores nothing', async (_case, made, message) => {
			const page = await confirm(made(), ['New goal', '', ''], '2026-03-05T09:00:00.000Z');
			expect(page.title).toBe(PAGES.badLink);
			expect(page.message.startsWith(message)).toBe(true);
			expect(tables.rows('mentorship_pairs').map((row) => row.goals)).toEqual(['', '', '']);
		});

		it.each([
			['of another program', { programId: 'autumn-2026' }],
			['made for the mentor instead of the mentee', { person: String(pairs[0].mentorEmail).toLowerCase(), role: 'mentor' }],
			['naming a pair that does not exist', { subject: 'pair-nobody' }],
		])('refuses a genuine link %s as not for a current pair', async (_case, changes) => {
			const page = await confirm(tokenFor(0, changes), ['New goal', '', ''], '2026-03-05T09:00:00.000Z');
			expect(page.title).toBe(PAGES.closed);
			expect(tables.rows('mentorship_pairs').map((row) => row.goals)).toEqual(['', '', '']);
		});
	});
});
