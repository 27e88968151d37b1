/** A row read back from the claims store. */
export interface ClaimRow {
	/** The key claims are decided on: `${dedupeKey}#${attempt}` (older rows: the dedupe key). */
	claimKey: string;
	executionId: string;
	/** The store's own row id (n8n Data Tables number rows in insertion order). */
	id?: number;
}

/** How the claims of one key were decided. */
export type ClaimDecision =
	/** The claim with the lowest row id won. */
	| { kind: 'won'; executionId: string; id: number }
	/** Some claim of the key has no numeric row id (or two share one), so no order is known and nobody wins. */
	| { kind: 'unorderable'; claims: number };

/** Options of {@link decideClaims}. */
export interface DecideClaimsOptions {
	claims: ClaimRow[];
}

function hasId(row: ClaimRow): row is ClaimRow & { id: number } {
	return typeof row.id === 'number' && Number.isFinite(row.id);
}

/**
 * Decides each claim key: the claim with the lowest store row id wins. Insertion order
 * is the one order every reader agrees on, whatever the workers' clocks say, because
 * a run reads back only after its own insert, so the first row is always visible to it.
 * Nothing else may break a tie: a claim time or an execution id lets a later insert
 * beat an earlier reader (execution 8 inserts and reads, wins; 7 inserts the same
 * time and reads, wins too). So a key with any claim that has no numeric id, or two
 * executions' claims with the same id, is `unorderable`: nobody wins it and the caller reports it;
 * the reminder is retried after the claim's lease, never sent twice.
 *
 * @example
 * decideClaims({ claims: [{ claimKey: 'k#1', executionId: '8', id: 2 }, { claimKey: 'k#1', executionId: '7', id: 1 }] }).get('k#1')
 * // { kind: 'won', executionId: '7', id: 1 }
 */
export function decideClaims(options: DecideClaimsOptions): Map<string, ClaimDecision> {
	const rowsByKey = new Map<string, ClaimRow[]>();
	for (const claim of options.claims) {
		if (!claim.claimKey || !claim.executionId) continue;
		const rows = rowsByKey.get(claim.claimKey);
		if (rows) rows.push(claim);
		else rowsByKey.set(claim.claimKey, [claim]);
	}
	const decisions = new Map<string, ClaimDecision>();
	for (const [key, rows] of rowsByKey) {
		// The same row read twice (one read per reminder) is one claim; one id for two executions is no order.
		const executionById = new Map<number, string>();
		let best: (ClaimRow & { id: number }) | undefined;
		let orderable = true;
		for (const row of rows) {
			if (!hasId(row) || (executionById.has(row.id) && executionById.get(row.id) !== row.executionId)) {
				orderable = false;
				break;
			}
			executionById.set(row.id, row.executionId);
			if (best === undefined || row.id < best.id) best = row;
		}
		decisions.set(key, orderable && best ? { kind: 'won', executionId: best.executionId, id: best.id } : { kind: 'unorderable', claims: rows.length });
	}
	return decisions;
}
