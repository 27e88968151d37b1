import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { decideFromLedger } from '../../nodes/core/intake/seatLedger';
import { decideClaims } from '../../nodes/core/reminders/claims';
import type { ClaimRow } from '../../nodes/core/reminders/claims';
import type { LocalN8n } from '../e2e/helpers/localN8n';
import { freePort, startLocalN8n } from '../e2e/helpers/localN8n';
import { loadTemplate } from '../templates/helpers/templates';
import type { PgClient } from './helpers/postgres';
import { connect, stillPending, waitingForLock } from './helpers/postgres';
import { portsFromEnvironment } from './helpers/queueRun';

const MOMENT = '2026-03-16T14:30:00.000Z';

/** The SQL of one of a template's Postgres nodes, as the template holds it. */
function templateQuery(node: string, template = 'mentorship-reminders.json'): string {
	const found = loadTemplate(template).nodes.find((entry) => entry.name === node);
	return (found?.parameters as { query: string }).query;
}

/** Which of `keys` each execution wins, decided by the template's own rule (Keep Claimed). */
function wonBy(rows: ClaimRow[], keys: string[], executionId: string): string[] {
	const decisions = decideClaims({ claims: rows });
	return keys.filter((key) => {
		const decision = decisions.get(key);
		return decision?.kind === 'won' && decision.executionId === executionId;
	});
}

/**
 * Two executions of the same moment on two workers, one of them slow to commit, against
 * the real Postgres of `npm run start:queue`: the statements are the ones n8n's Data Table
 * node and our templates' Postgres nodes send, in the order that breaks the Data Table
 * claim. n8n's Data Table insert (data-table-rows.repository.js, insertRows) runs one
 * transaction per node run with one `INSERT … RETURNING` per row, so Postgres hands out
 * the row ids at insert and shows the rows only at commit.
 */
describe('claims on the Postgres of the queue set-up', () => {
	let n8n: LocalN8n;
	let pgPort: string;
	const clients: PgClient[] = [];
	/** Two connections to one database, as two workers have, and a third that watches. */
	const connections = async (database: 'n8n' | 'mentorship') => {
		const opened = await Promise.all(
			[1, 2, 3].map(async () => await connect(n8n, pgPort, database)),
		);
		clients.push(...opened);
		return opened;
	};
	/** The Postgres table behind one of n8n's Data Tables. */
	const dataTable = (name: string) =>
		`data_table_user_${n8n.ready.dataTables.find((table) => table.name === name)!.id}`;

	beforeAll(async () => {
		pgPort = process.env.MENTORSHIP_PG_PORT ?? String(await freePort());
		n8n = await startLocalN8n({
			outputDir: path.resolve('test-output/e2e-queue/claims'),
			queue: true,
			env: { ...portsFromEnvironment(), MENTORSHIP_PG_PORT: pgPort },
		});
	});

	afterAll(async () => {
		await Promise.all(clients.map(async (client) => await client.end()));
		await n8n?.stop();
	});

	describe('when two runs claim the same reminders while the first has not committed yet', () => {
		const programId = `claims-${randomUUID().slice(0, 8)}`;
		const keys = [
			'pair-1|dayBefore|2026-03-17',
			'pair-1|hourBefore|2026-03-17',
			'pair-2|dayBefore|2026-03-17',
		].map((key) => `${key}#1`);

		it('lets both runs win every reminder with the Data Table claim (lowest row id wins): the double send', async () => {
			const [first, second] = await connections('n8n');
			const table = dataTable('mentorship_claims');
			// Claim Reminders: the Data Table node's insert of the run's claims.
			const insertClaims = async (client: PgClient, executionId: string) => {
				for (const claimKey of keys)
					await client.query(
						`INSERT INTO "${table}" ("dedupeKey", "claimKey", "attempt", "programId", "executionId", "claimedAt") VALUES ($1, $2, $3, $4, $5, $6) RETURNING "id"`,
						[claimKey.replace(/#1$/, ''), claimKey, 1, programId, executionId, MOMENT],
					);
			};
			// Read Claims: one read per reminder, every claim of its key.
			const readClaims = async (client: PgClient) => {
				const rows: ClaimRow[] = [];
				for (const claimKey of keys)
					rows.push(
						...(
							await client.query<ClaimRow>(
								`SELECT "id", "claimKey", "executionId" FROM "${table}" WHERE "claimKey" = $1 AND "programId" = $2`,
								[claimKey, programId],
							)
						).rows,
					);
				return rows;
			};

			await first.query('BEGIN');
			await insertClaims(first, 'run-1');
			await second.query('BEGIN');
			await insertClaims(second, 'run-2');
			await second.query('COMMIT');
			const secondWins = wonBy(await readClaims(second), keys, 'run-2');
			await first.query('COMMIT');
			const firstWins = wonBy(await readClaims(first), keys, 'run-1');

			// Run 2 saw only its own claims; run 1 then saw its lower ids: each sends all three.
			expect(secondWins).toEqual(keys);
			expect(firstWins).toEqual(keys);
		});

		it('lets exactly one run win every reminder with the Postgres claim (INSERT … ON CONFLICT on a unique key)', async () => {
			const [first, second, observer] = await connections('mentorship');
			const claim = templateQuery('Claim in Postgres');
			const read = templateQuery('Read Postgres Claims');
			// Claim in Postgres: one statement per reminder (query batching "independently").
			const claimAll = async (client: PgClient, executionId: string) => {
				for (const claimKey of keys)
					await client.query(claim, [
						programId,
						claimKey,
						claimKey.replace(/#1$/, ''),
						1,
						executionId,
						MOMENT,
					]);
			};
			const readClaims = async (client: PgClient) =>
				(await client.query<ClaimRow>(read, [keys.map(() => programId), keys])).rows;

			await first.query('BEGIN');
			await claimAll(first, 'run-1');
			const secondClaims = claimAll(second, 'run-2');
			// The second insert of a key waits for the first transaction, instead of getting a row of its own.
			expect(await waitingForLock(observer)).toBe(true);
			expect(await stillPending(secondClaims, 300)).toBe(true);
			await first.query('COMMIT');
			await secondClaims;

			const seenBySecond = await readClaims(second);
			const seenByFirst = await readClaims(first);
			expect(seenBySecond).toHaveLength(keys.length);
			expect(wonBy(seenBySecond, keys, 'run-2')).toEqual([]);
			expect(wonBy(seenByFirst, keys, 'run-1')).toEqual(keys);
		});
	});

	describe('when two at-risk answers of one pair and round arrive at once (Surveys, queue mode)', () => {
		it('alerts the program manager once: the second claim waits for the first, then does nothing', async () => {
			const [first, second, observer] = await connections('mentorship');
			const claim = templateQuery('Claim Alert in Postgres', 'mentorship-surveys.json');
			const read = templateQuery('Read Postgres Alert Claims', 'mentorship-surveys.json');
			const programId = `alerts-${randomUUID().slice(0, 8)}`;
			const alertKey = 'alert|pair-1|midpoint';
			const claimAlert = async (client: PgClient, executionId: string) =>
				await client.query(claim, [programId, alertKey, alertKey, 1, executionId, MOMENT]);
			await first.query('BEGIN');
			await claimAlert(first, 'answer-1');
			const secondClaim = claimAlert(second, 'answer-2');
			expect(await waitingForLock(observer)).toBe(true);
			await first.query('COMMIT');
			expect((await secondClaim).rowCount).toBe(0);
			// A later answer of the same round (hours later) alerts no more either.
			expect((await claimAlert(second, 'answer-3')).rowCount).toBe(0);

			// Both answers' runs read the same one winner (First Alert of the Round decides on it).
			for (const client of [first, second]) {
				const seen = (await client.query<ClaimRow>(read, [[programId], [alertKey]])).rows;
				expect(wonBy(seen, [alertKey], 'answer-1')).toEqual([alertKey]);
				expect(wonBy(seen, [alertKey], 'answer-2')).toEqual([]);
			}
		});
	});

	describe('when two people confirm at once for the last mentee place', () => {
		it('gives both the place with the Data Table seat ledger (lowest row id first): the limit is exceeded', async () => {
			const [first, second] = await connections('n8n');
			const roster = dataTable('mentorship_roster');
			const programId = `seats-${randomUUID().slice(0, 8)}`;
			const seats = { mentee: 1 };
			// Add Confirmation to Roster: the Data Table node's insert (one row, one transaction).
			const confirm = async (client: PgClient, email: string) =>
				(
					await client.query<{ id: number }>(
						`INSERT INTO "${roster}" ("programId", "email", "role", "status") VALUES ($1, $2, 'mentee', 'confirming') RETURNING "id"`,
						[programId, email],
					)
				).rows[0].id;
			// Read Program Roster, then Decide Place on what that run sees.
			const decide = async (client: PgClient, rowId: number) => {
				const { rows } = await client.query<{
					id: number;
					email: string;
					role: 'mentee';
					status: string;
				}>(`SELECT "id", "email", "role", "status" FROM "${roster}" WHERE "programId" = $1`, [
					programId,
				]);
				return decideFromLedger({
					rowId,
					seats,
					rows: rows.map((row) => ({
						rowId: row.id,
						personKey: `${programId}|${row.email}`,
						role: row.role,
						status: row.status,
					})),
				})?.status;
			};

			await first.query('BEGIN');
			const firstRow = await confirm(first, 'ana@example.com');
			await second.query('BEGIN');
			const secondRow = await confirm(second, 'ben@example.com');
			await second.query('COMMIT');
			const secondPlace = await decide(second, secondRow);
			await first.query('COMMIT');
			const firstPlace = await decide(first, firstRow);

			// Ben did not see Ana's row, so took the place; Ana's row is older, so she took it too.
			expect(firstRow).toBeLessThan(secondRow);
			expect([firstPlace, secondPlace]).toEqual(['enrolled', 'enrolled']);
		});
	});
});
