import type { PairStatus } from '../pairs/status';
import { REAL_PAIR_STATUSES, isRealPair, readPairStatus } from '../pairs/status';
import type { KpiPair, PairSelection } from './types';

export interface SelectPairsOptions {
	/** Only this program's pairs count; undefined: every program in the input, together. */
	programId?: string;
}

/**
 * Picks the pairs KPIs count: the program's pairs (when a program is given) whose
 * status means a real pair (`active`, `completed`, `ended`). Proposals and rejected
 * pairs never count; a row with an unknown status is left out and counted as such.
 * A pair without any status (a list passed straight from the Matcher or typed by hand)
 * counts as `active`; rows of the pairs table always carry one.
 *
 * @example
 * selectPairs([{ pairId: 'p1', status: 'rejected', ... }], {}).selection.leftOut.byStatus // { rejected: 1 }
 */
export function selectPairs(pairs: readonly KpiPair[], options: SelectPairsOptions): { counted: KpiPair[]; leftOut: Set<string>; selection: PairSelection } {
	const counted: KpiPair[] = [];
	const leftOut = new Set<string>();
	const byStatus: Partial<Record<PairStatus, number>> = {};
	let otherProgram = 0;
	let unknownStatus = 0;
	for (const pair of pairs) {
		if (options.programId !== undefined && pair.programId !== options.programId) {
			otherProgram++;
			leftOut.add(pair.pairId);
			continue;
		}
		const reading = readPairStatus(pair.status, { whenMissing: 'active' });
		if (!reading.ok) unknownStatus++;
		else if (!isRealPair(reading.state.status)) byStatus[reading.state.status] = (byStatus[reading.state.status] ?? 0) + 1;
		else {
			counted.push(pair);
			continue;
		}
		leftOut.add(pair.pairId);
	}
	const programs = [...new Set(counted.map((pair) => pair.programId ?? ''))].sort();
	return {
		counted,
		leftOut,
		selection: {
			programId: options.programId ?? null,
			programs,
			statuses: [...REAL_PAIR_STATUSES],
			counted: counted.length,
			leftOut: { byStatus, otherProgram, unknownStatus },
		},
	};
}
