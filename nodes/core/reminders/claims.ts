/** A row read back from the claims store. */
export interface ClaimRow {
	dedupeKey: string;
	executionId: string;
	/** When the claim was written, as the workflow saw it (ISO string or epoch ms). */
	claimedAt?: string | number;
	/** The store's own row id (n8n Data Tables number rows in insertion order). */
	id?: number;
}

/** Options of {@link claimWinners}. */
export interface ClaimWinnersOptions {
	claims: ClaimRow[];
}

function claimTime(claim: ClaimRow): number {
	if (typeof claim.claimedAt === 'number') return claim.claimedAt;
	const parsed = Date.parse(String(claim.claimedAt ?? ''));
	return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
}

/** Whether claim `a` comes before claim `b`. */
function earlier(a: ClaimRow, b: ClaimRow, byId: boolean): boolean {
	if (byId) return (a.id as number) < (b.id as number);
	const timeA = claimTime(a);
	const timeB = claimTime(b);
	if (timeA !== timeB) return timeA < timeB;
	return a.executionId < b.executionId;
}

/**
 * The execution that won each dedupe key: the earliest claim. When every claim row
 * carries the store's numeric row id, insertion order decides: it is the one order
 * every reader agrees on even when two workers' clocks differ, because a run reads
 * back only after its own insert, so a row it cannot see yet gets a higher id.
 * Otherwise `claimedAt` decides, then the execution id (two runs in the same second
 * tie on time, and both must pick the same winner).
 *
 * @example
 * claimWinners({ claims: [{ dedupeKey: 'k', executionId: '8', claimedAt: '2026-03-03T09:00:00.000Z' },
 *   { dedupeKey: 'k', executionId: '7', claimedAt: '2026-03-03T09:00:00.000Z' }] }).get('k') // '7'
 */
export function claimWinners(options: ClaimWinnersOptions): Map<string, string> {
	const rowsByKey = new Map<string, ClaimRow[]>();
	for (const claim of options.claims) {
		if (!claim.dedupeKey || !claim.executionId) continue;
		const rows = rowsByKey.get(claim.dedupeKey);
		if (rows) rows.push(claim);
		else rowsByKey.set(claim.dedupeKey, [claim]);
	}
	const winners = new Map<string, string>();
	for (const [key, rows] of rowsByKey) {
		const byId = rows.every((row) => typeof row.id === 'number' && Number.isFinite(row.id));
		let best = rows[0];
		for (const row of rows) if (earlier(row, best, byId)) best = row;
		winners.set(key, best.executionId);
	}
	return winners;
}
