/** A row of the sent log: one outcome of one attempt to deliver a reminder. */
export interface LogRow {
	dedupeKey: string;
	/** `sent` and `skipped` end a reminder; `failed` means not delivered, try again. Missing counts as `sent` (old logs). */
	status?: string;
	/** The attempt the row closes; a failed row without one counts as attempt 1. */
	attempt?: number;
	/** Why the attempt failed (or was skipped). */
	reason?: string;
}

/** A claim row as Due Reminders reads it: which attempt of which reminder, by whom, when. */
export interface AttemptClaim {
	dedupeKey: string;
	attempt: number;
	executionId: string;
	/** Epoch ms the claim was made; undefined when the row's time cannot be read. */
	claimedAt?: number;
}

/** What the log and the claims say about one reminder. */
export interface DeliveryState {
	/** A sent or skipped row exists: never output again. */
	done: boolean;
	/** Distinct earlier attempts that failed (failed row) or whose lease expired (claim, no row, older than the lease). */
	deadAttempts: number;
	/** The reason of the latest failed attempt, if any. */
	lastFailureReason?: string;
	/**
	 * Attempts claimed but neither closed nor expired: another execution is sending.
	 * `leaseEndsAt` is undefined when a claim's time cannot be read (its lease never ends).
	 */
	inFlight?: { attempt: number; executionId: string; leaseEndsAt?: number };
}

/** Options of {@link deliveryStates}. */
export interface DeliveryStatesOptions {
	log: LogRow[];
	claims: AttemptClaim[];
	now: number;
	/** How long a claim holds its attempt without a sent or failed row, in ms. */
	leaseMs: number;
}

interface Attempts {
	closed: Set<number>;
	/** The failed row with the highest attempt. */
	lastFailed?: { attempt: number; reason: string };
	done: boolean;
	/** Per claimed attempt: the latest claim time (undefined once any claim's time is unreadable) and an owner. */
	claimed: Map<number, { latest: number | undefined; executionId: string }>;
}

function entry(states: Map<string, Attempts>, key: string): Attempts {
	let found = states.get(key);
	if (!found) states.set(key, (found = { closed: new Set(), done: false, claimed: new Map() }));
	return found;
}

/**
 * Reads the sent log and the claims into one state per reminder. The next attempt's
 * number is 1 + `deadAttempts`, counted from rows every run reads alike, so two runs
 * at the same moment claim the same `claimKey` and one of them wins it. An attempt is
 * dead when its failed row is in the log, or when it was claimed, closed by no row, and
 * even its latest claim is older than the lease (its sender died or gave up without a
 * trace). Distinct attempt numbers are counted, never rows, so a failed row written
 * twice cannot make two readers disagree.
 *
 * @example
 * deliveryStates({ log: [{ dedupeKey: 'k', status: 'failed', attempt: 1, reason: 'Slack 500' }], claims: [], now, leaseMs: 900_000 }).get('k')
 * // { done: false, deadAttempts: 1, lastFailureReason: 'Slack 500' }
 */
export function deliveryStates(options: DeliveryStatesOptions): Map<string, DeliveryState> {
	const raw = new Map<string, Attempts>();
	for (const row of options.log) {
		if (!row.dedupeKey) continue;
		const state = entry(raw, row.dedupeKey);
		if (row.status !== 'failed') {
			state.done = true;
			continue;
		}
		const attempt = row.attempt !== undefined && Number.isInteger(row.attempt) && row.attempt > 0 ? row.attempt : 1;
		state.closed.add(attempt);
		if (!state.lastFailed || attempt >= state.lastFailed.attempt) state.lastFailed = { attempt, reason: row.reason ?? '' };
	}
	for (const claim of options.claims) {
		if (!claim.dedupeKey || !claim.executionId) continue;
		const state = entry(raw, claim.dedupeKey);
		const known = state.claimed.get(claim.attempt);
		const time = claim.claimedAt;
		if (!known) state.claimed.set(claim.attempt, { latest: time, executionId: claim.executionId });
		else known.latest = known.latest === undefined || time === undefined ? undefined : Math.max(known.latest, time);
	}
	const states = new Map<string, DeliveryState>();
	for (const [key, attempts] of raw) {
		const dead = new Set(attempts.closed);
		let inFlight: DeliveryState['inFlight'];
		for (const [attempt, claim] of attempts.claimed) {
			if (attempts.closed.has(attempt)) continue;
			const leaseEndsAt = claim.latest === undefined ? undefined : claim.latest + options.leaseMs;
			if (leaseEndsAt !== undefined && leaseEndsAt <= options.now) dead.add(attempt);
			else if (!inFlight || attempt > inFlight.attempt) inFlight = { attempt, executionId: claim.executionId, ...(leaseEndsAt === undefined ? {} : { leaseEndsAt }) };
		}
		states.set(key, {
			done: attempts.done,
			deadAttempts: dead.size,
			...(attempts.lastFailed ? { lastFailureReason: attempts.lastFailed.reason } : {}),
			...(inFlight ? { inFlight } : {}),
		});
	}
	return states;
}

/** The claim key of an attempt: the reminder's dedupe key and the attempt number. */
export function claimKeyOf(dedupeKey: string, attempt: number): string {
	return `${dedupeKey}#${attempt}`;
}

/**
 * The attempt a claim key names (the digits after the last `#`), or undefined.
 *
 * @example attemptOfClaimKey('p1|nudge|20260302T080000Z+4w|mentor#3') // 3
 */
export function attemptOfClaimKey(claimKey: string): number | undefined {
	const hash = claimKey.lastIndexOf('#');
	if (hash < 0) return undefined;
	const digits = claimKey.slice(hash + 1);
	if (digits.length === 0 || digits.length > 6) return undefined;
	for (const char of digits) if (char < '0' || char > '9') return undefined;
	const attempt = Number(digits);
	return attempt > 0 ? attempt : undefined;
}
