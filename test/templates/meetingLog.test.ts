import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import type { ColumnSpec } from '../harness/dataTables';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { formPage } from './helpers/formPages';
import type { TestLinkClaims } from './helpers/links';
import { LINK_CREDENTIALS, signTestLink } from './helpers/links';
import { startSmtp } from './helpers/smtp';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = loadTemplate('mentorship-meeting-log.json');
const reminders = withQuickRetries(loadTemplate('mentorship-reminders.json'));
/** Columns of `mentorship_meetings` (docs/data-model.md). */
const MEETING_COLUMNS: ColumnSpec[] = [
	...['programId', 'pairId', 'personId', 'role', 'outcome', 'recordedAt'].map((name) => ({ name, type: 'string' as const })),
	{ name: 'session', type: 'number' },
];
const PAIRS_WITH_COUNT: ColumnSpec[] = [...PAIR_COLUMNS, { name: 'meetingCount', type: 'number' }];
/** Links of the tests work until 15 April 2026, 00:00 UTC. */
const LINKS_EXPIRE = Date.UTC(2026, 3, 15) / 1000;
const MEGABYTE = 'x'.repeat(1_000_000);
const PAGES = { thanks: 'Thank you', notYet: 'Thanks for letting us know', badLink: 'This link does not work', closed: 'This meeting log is closed' };

describe('the Meeting log template', () => {
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	// Ten active email pairs of the sample organisation.
	const pairs = Array.from({ length: 10 }, (_, index) => pairRow(mentors[index], mentees[index], 'email'));
	const emailOf = (pairIndex: number, role: 'mentor' | 'mentee') => String(pairs[pairIndex][`${role}Email`]).toLowerCase();
	let tables: InMemoryDataTables;

	beforeEach(() => {
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', PAIRS_WITH_COUNT, pairs);
		tables.create('mentorship_meetings', MEETING_COLUMNS);
		addTextTables();
	});

	/** What the pages read for the person's language: the roster and the program's record. */
	const addTextTables = () => {
		tables.create('mentorship_roster', ROSTER_COLUMNS);
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [programRow()]);
	};

	/** What the Reminders template reads besides the pairs and the program's record: the sent log and the claims. */
	const addReminderTables = () => {
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
	};
	/** A meeting link as the Reminders template makes it, with claims changed by the test. */
	const tokenFor = (pairIndex: number, role: 'mentor' | 'mentee', session: number, purpose: 'weMet' | 'notYet', changes: Partial<TestLinkClaims> = {}, secret?: string) =>
		signTestLink(
			{ programId: 'mentoring-2026', subject: `${String(pairs[pairIndex].pairId)}#${session}`, person: emailOf(pairIndex, role), role, purpose, expiresAt: LINKS_EXPIRE, ...changes },
			secret,
		);
	/** What the n8n form delivers when the person presses Send: the hidden fields from the link. */
	const click = async (token: string, action: string, submittedAt: string) => {
		const result = await runWorkflow(workflow, {
			start: { node: 'Meeting Form', items: [{ token, action, submittedAt, formMode: 'production', formQueryParameters: { action, token } }] },
			dataTables: tables,
			credentials: LINK_CREDENTIALS,
		});
		return { result, page: result.status === 'waiting' ? formPage(workflow, result) : undefined };
	};
	const meetings = () => tables.rows('mentorship_meetings').map((row) => [row.pairId, row.session, row.personId, row.role, row.outcome, row.recordedAt]);
	const pairState = (pairIndex: number) => {
		const row = tables.rows('mentorship_pairs').find((pair) => pair.pairId === pairs[pairIndex].pairId)!;
		return { meetingCount: row.meetingCount, lastMeetingAt: row.lastMeetingAt };
	};

	describe('when three of ten pairs answer their session reminders', () => {
		beforeEach(async () => {
			// Pair 0 met for session 1 and both said so; pair 1 met twice; pair 2 has not met yet.
			const clicks: Array<[number, 'mentor' | 'mentee', number, 'weMet' | 'notYet', string]> = [
				[0, 'mentee', 1, 'weMet', '2026-03-03T17:10:00.000+01:00'],
				[0, 'mentor', 1, 'weMet', '2026-03-04T09:00:00.000+01:00'],
				[1, 'mentor', 1, 'weMet', '2026-03-03T18:00:00.000+00:00'],
				[1, 'mentor', 2, 'weMet', '2026-03-17T18:00:00.000+00:00'],
				[2, 'mentee', 1, 'notYet', '2026-03-03T16:00:00.000+00:00'],
			];
			for (const [pairIndex, role, session, purpose, at] of clicks) {
				const { page } = await click(tokenFor(pairIndex, role, session, purpose), purpose === 'weMet' ? 'met' : 'notYet', at);
				expect(page?.title).toBe(purpose === 'weMet' ? PAGES.thanks : PAGES.notYet);
			}
		});

		it('records one row per person and session, with who, which session, the outcome and the click time in UTC', () => {
			expect(meetings()).toEqual([
				[pairs[0].pairId, 1, emailOf(0, 'mentee'), 'mentee', 'met', '2026-03-03T16:10:00.000Z'],
				[pairs[0].pairId, 1, emailOf(0, 'mentor'), 'mentor', 'met', '2026-03-04T08:00:00.000Z'],
				[pairs[1].pairId, 1, emailOf(1, 'mentor'), 'mentor', 'met', '2026-03-03T18:00:00.000Z'],
				[pairs[1].pairId, 2, emailOf(1, 'mentor'), 'mentor', 'met', '2026-03-17T18:00:00.000Z'],
				[pairs[2].pairId, 1, emailOf(2, 'mentee'), 'mentee', 'notYet', '2026-03-03T16:00:00.000Z'],
			]);
			expect(tables.rows('mentorship_meetings').every((row) => row.programId === 'mentoring-2026')).toBe(true);
		});

		it('gives each pair its meeting count and last meeting, and leaves the other seven pairs alone', () => {
			// Pair 0: one session, told twice, last told on 4 March 08:00 UTC. Pair 1: two sessions. Pair 2: none.
			expect(pairState(0)).toEqual({ meetingCount: 1, lastMeetingAt: '2026-03-04T08:00:00.000Z' });
			expect(pairState(1)).toEqual({ meetingCount: 2, lastMeetingAt: '2026-03-17T18:00:00.000Z' });
			expect(pairState(2)).toEqual({ meetingCount: 0, lastMeetingAt: '' });
			for (let index = 3; index < 10; index++) expect(pairState(index)).toEqual({ meetingCount: null, lastMeetingAt: '' });
		});

		it('stops the four-week nudges of the pairs that logged a meeting, and only theirs', async () => {
			addReminderTables();
			// The program starts on 2 March 2026: pairs without a logged meeting are nudged four weeks later, on
			// 30 March at the start of the mentor's working day (at the latest 13:00 UTC, in Toronto). Pairs 0 and 1
			// logged meetings in March, so their next nudge is four weeks after that, in April.
			const smtp = await startSmtp();
			const result = await runWorkflow(reminders, {
				start: { node: 'Every Hour', items: [{ timestamp: '2026-03-30T18:00:00.000+00:00', Timezone: 'UTC' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
			}).finally(async () => await smtp.close());
			expect(result.error).toBeUndefined();
			const nudged = [...result.output('Due Reminders', 0), ...result.output('Due Reminders', 1)]
				.map((item) => item.json)
				.filter((reminder: IDataObject) => reminder.kind === 'nudge')
				.map((reminder) => `${String(reminder.pairId)}/${String(reminder.recipientRole)}`)
				.sort();
			const expected = pairs.slice(2).flatMap((pair) => [`${String(pair.pairId)}/mentee`, `${String(pair.pairId)}/mentor`]).sort();
			expect(nudged).toEqual(expected);
		});
	});

	describe('when a session reminder goes out', () => {
		it('carries the person’s own We met and Not yet links for that session, and a click on one logs it', async () => {
			addReminderTables();
			const smtp = await startSmtp();
			try {
				// Monday 16 March 2026, 15:30 UTC: the one-day reminders of session 2 (Tuesday 17 March, the program's
				// second fortnightly Tuesday) are due for the European pairs; links made now work 30 days.
				const tick = '2026-03-16T15:30:00.000+00:00';
				const expiresAt = Date.parse(tick) / 1000 + 30 * 24 * 3600;
				const result = await runWorkflow(reminders, {
					start: { node: 'Every Hour', items: [{ timestamp: tick, Timezone: 'UTC' }] },
					dataTables: tables,
					credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
				});
				expect(result.error).toBeUndefined();
				const sessionReminders = result.output('Due Reminders', 0).filter((item) => item.json.kind === 'sessionReminder');
				expect(sessionReminders.length).toBeGreaterThan(0);
				for (const { json: reminder } of sessionReminders) {
					const person = String(reminder.recipientEmail).toLowerCase();
					const role = String(reminder.recipientRole);
					const claims = (purpose: string) => ({ programId: 'mentoring-2026', subject: `${String(reminder.pairId)}#2`, person, role, purpose, expiresAt });
					const [mail, ...more] = smtp.to(String(reminder.recipientEmail));
					expect(more).toEqual([]);
					const metLink = `https://n8n.example.com/form/mentorship-meeting?action=met&token=${signTestLink(claims('weMet'))}`;
					const notYetLink = `https://n8n.example.com/form/mentorship-meeting?action=notYet&token=${signTestLink(claims('notYet'))}`;
					expect(mail.parsed.text).toContain(`We met: ${metLink}\nNot yet / reschedule: ${notYetLink}`);
					expect(mail.parsed.html).toContain(metLink.replace('&', '&amp;'));
					expect(`${String(mail.parsed.text)}${String(mail.parsed.html)}`).not.toMatch(/PERSONAL_(WE_MET|NOT_YET)_LINK/);
				}

				const first = sessionReminders[0].json;
				const mail = smtp.to(String(first.recipientEmail))[0];
				const url = new URL(/We met: (\S+)/.exec(String(mail.parsed.text))![1]);
				const { page } = await click(url.searchParams.get('token')!, url.searchParams.get('action')!, '2026-03-17T17:00:00.000Z');
				expect(page?.title).toBe(PAGES.thanks);
				expect(meetings()).toEqual([[first.pairId, 2, String(first.recipientEmail).toLowerCase(), first.recipientRole, 'met', '2026-03-17T17:00:00.000Z']]);
			} finally {
				await smtp.close();
			}
		});
	});

	describe('when the same link is used again', () => {
		it('changes nothing: one row, the first click time, the same count', async () => {
			const token = tokenFor(3, 'mentee', 2, 'weMet');
			await click(token, 'met', '2026-03-17T16:00:00.000Z');
			const { page } = await click(token, 'met', '2026-03-20T09:00:00.000Z');

			expect(page?.title).toBe(PAGES.thanks);
			expect(meetings()).toEqual([[pairs[3].pairId, 2, emailOf(3, 'mentee'), 'mentee', 'met', '2026-03-17T16:00:00.000Z']]);
			expect(pairState(3)).toEqual({ meetingCount: 1, lastMeetingAt: '2026-03-17T16:00:00.000Z' });
		});

		it('changes nothing when both clicks arrive at the same moment', async () => {
			const token = tokenFor(3, 'mentor', 1, 'weMet');
			await Promise.all([click(token, 'met', '2026-03-03T16:00:00.000Z'), click(token, 'met', '2026-03-03T16:00:00.000Z')]);

			expect(meetings()).toEqual([[pairs[3].pairId, 1, emailOf(3, 'mentor'), 'mentor', 'met', '2026-03-03T16:00:00.000Z']]);
			expect(pairState(3)).toEqual({ meetingCount: 1, lastMeetingAt: '2026-03-03T16:00:00.000Z' });
		});
	});

	describe('when a person first says "Not yet" and then "We met" for the same session', () => {
		it('keeps one row with the later answer and counts the meeting', async () => {
			await click(tokenFor(4, 'mentor', 1, 'notYet'), 'notYet', '2026-03-03T16:00:00.000Z');
			await click(tokenFor(4, 'mentor', 1, 'weMet'), 'met', '2026-03-05T12:00:00.000Z');

			expect(meetings()).toEqual([[pairs[4].pairId, 1, emailOf(4, 'mentor'), 'mentor', 'met', '2026-03-05T12:00:00.000Z']]);
			expect(pairState(4)).toEqual({ meetingCount: 1, lastMeetingAt: '2026-03-05T12:00:00.000Z' });
		});
	});

	describe('with a link that is not genuine', () => {
		const refusals: Array<[string, () => [string, string], string]> = [
			['signed with another secret (forged)', () => [tokenFor(5, 'mentee', 1, 'weMet', {}, 'a-forger-guessing-the-secret-0123456789'), 'met'], 'This link is not valid.'],
			[
				'whose session was changed after signing (forged)',
				() => {
					const [, signature] = tokenFor(5, 'mentee', 1, 'weMet').split('.');
					const [payload] = tokenFor(5, 'mentee', 9, 'weMet').split('.');
					return [`${payload}.${signature}`, 'met'];
				},
				'This link is not valid.',
			],
			['that expired before the click', () => [tokenFor(5, 'mentee', 1, 'weMet', { expiresAt: Date.UTC(2026, 2, 3) / 1000 }), 'met'], 'This link has expired.'],
			['of "Not yet", sent as "We met"', () => [tokenFor(5, 'mentee', 1, 'notYet'), 'met'], 'This link is meant for a different page.'],
			['of a survey check-in', () => [tokenFor(5, 'mentee', 1, 'weMet', { purpose: 'checkInMidpoint' }), 'met'], 'This link is meant for a different page.'],
			['of 1 MB', () => [MEGABYTE, 'met'], 'This link is incomplete or damaged.'],
			['with a 1 MB action', () => [tokenFor(5, 'mentee', 1, 'weMet'), MEGABYTE], 'This link is meant for a different page.'],
			['missing', () => ['', 'met'], 'This link is incomplete or damaged.'],
		];

		it.each(refusals)('refuses a link %s on the form page and records nothing', async (_case, made, message) => {
			const [token, action] = made();
			const { page } = await click(token, action, '2026-03-03T16:00:00.000Z');

			expect(page?.title).toBe(PAGES.badLink);
			expect(page?.message.startsWith(message)).toBe(true);
			expect(meetings()).toEqual([]);
			expect(pairState(5)).toEqual({ meetingCount: null, lastMeetingAt: '' });
		});

		it('refuses a genuine link whose subject names no session', async () => {
			const { page } = await click(tokenFor(5, 'mentee', 1, 'weMet', { subject: String(pairs[5].pairId) }), 'met', '2026-03-03T16:00:00.000Z');

			expect(page?.title).toBe(PAGES.badLink);
			expect(meetings()).toEqual([]);
		});
	});

	describe('when the person is no longer in an active pair', () => {
		const withPair6 = (change: (pair: Record<string, string | number>) => Array<Record<string, string | number>>) => pairs.flatMap((pair, index) => (index === 6 ? change(pair) : [pair]));
		it.each([
			['the pair ended', withPair6((pair) => [{ ...pair, status: 'ended' }])],
			['the pair was never stored', withPair6(() => [])],
		])('shows the closed page and records nothing when %s', async (_case, pairRows) => {
			tables = new InMemoryDataTables();
			tables.create('mentorship_pairs', PAIRS_WITH_COUNT, pairRows);
			tables.create('mentorship_meetings', MEETING_COLUMNS);
			addTextTables();
			const { page } = await click(tokenFor(6, 'mentee', 1, 'weMet'), 'met', '2026-03-03T16:00:00.000Z');

			expect(page?.title).toBe(PAGES.closed);
			expect(meetings()).toEqual([]);
		});

		it('shows the closed page for a genuine link of another program, whose pairs are not this program’s', async () => {
			const { page } = await click(tokenFor(6, 'mentee', 1, 'weMet', { programId: 'coffee-2026' }), 'met', '2026-03-03T16:00:00.000Z');

			expect(page?.title).toBe(PAGES.closed);
			expect(meetings()).toEqual([]);
		});

		it('refuses a link whose role is not the person’s role in the pair', async () => {
			// Signed for the role mentor but naming the mentee.
			const { page } = await click(tokenFor(6, 'mentor', 1, 'weMet', { person: emailOf(6, 'mentee') }), 'met', '2026-03-03T16:00:00.000Z');

			expect(page?.title).toBe(PAGES.closed);
			expect(meetings()).toEqual([]);
		});
	});

	describe('when the pairs table fails half-way, after the meeting was stored', () => {
		it('leaves the meeting stored, and the next click of the same link brings the pair up to date', async () => {
			// The pairs table refuses updates, as a locked database would; every other call goes through.
			const provider = tables.provider;
			const real = provider.getDataTableProxy;
			const pairsTable = tables.tables().find((table) => table.name === 'mentorship_pairs')!.id;
			provider.getDataTableProxy = async (...args) => {
				const proxy = await real(...args);
				if (args[2] !== pairsTable) return proxy;
				return { ...proxy, updateRows: async () => await Promise.reject(new Error('SQLITE_BUSY: database is locked')) };
			};
			const token = tokenFor(7, 'mentee', 1, 'weMet');
			const failed = await click(token, 'met', '2026-03-03T16:00:00.000Z');
			expect(failed.result.status).toBe('error');
			expect(meetings()).toEqual([[pairs[7].pairId, 1, emailOf(7, 'mentee'), 'mentee', 'met', '2026-03-03T16:00:00.000Z']]);
			expect(pairState(7)).toEqual({ meetingCount: null, lastMeetingAt: '' });

			provider.getDataTableProxy = real;
			const { page } = await click(token, 'met', '2026-03-03T16:05:00.000Z');

			expect(page?.title).toBe(PAGES.thanks);
			expect(meetings()).toHaveLength(1);
			expect(pairState(7)).toEqual({ meetingCount: 1, lastMeetingAt: '2026-03-03T16:00:00.000Z' });
		});
	});
});
