import { InvalidOptionError } from '../../errors';
import type { Participant } from '../../types';
import type { MatchingSettings } from '../match';
import { matchItem, matchParticipants, prepareMatching } from '../match';
import { resolveRules } from '../rules/defaults';
import type { ExistingPair, Objective } from '../types';
import { describeChanges } from './diff';
import { planAdjustments } from './plan';
import { readAdjustments } from './readAdjustments';
import type { Adjustment, AdjustedProposal, AdjustOutcome, AuditRow, Proposal, RefusedAdjustment } from './types';

export interface AdjustProposalsOptions extends MatchingSettings {
	/** The program whose run is adjusted; people of other programs only serve the org chart. */
	programId: string;
	/** The matching run whose proposals are adjusted; carried onto every new proposal. */
	runId: string;
	/** Everyone read for the run (roster and org chart). */
	participants: readonly Participant[];
	/** Pair history: active and locked pairs hold places, ended ones are not repeated. */
	existingPairs?: readonly ExistingPair[];
	/** The run's proposals, as stored before this adjustment. */
	proposals: readonly Proposal[];
	/** The manager's adjustments, as sent (read and bounded here). */
	adjustments: unknown;
	/** Who adjusted (for the audit trail). */
	adjustedBy: string;
	/** When, passed in (never read from a clock). */
	adjustedAt: Date;
	objective?: Objective;
	exact?: boolean;
}

const key = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

/**
 * Review and adjust: applies the manager's choices to a run's proposals and re-solves
 * around them with the Matcher's own solver. Locked and moved pairs are kept (as locked
 * pairs), dropped pairs are not made again this run, people left out are taken out of
 * the round (they still count in the org chart). A lock or move that breaks a hard rule
 * or needs a place a mentor does not have is refused with the reason, never applied.
 * Returns the new proposals (each marked as proposed, locked, moved or changed by the
 * re-solve), who is unmatched, what was refused, one audit row per adjustment and the
 * difference to the proposals before.
 *
 * @example
 * const outcome = adjustProposals({ kind: 'mentoring', at, programId: 'p1', runId: '42', participants, proposals,
 *   adjustments: [{ action: 'drop', mentorId: 'm1', menteeId: 'e1' }], adjustedBy: 'pm@example.com', adjustedAt: at });
 * outcome.diff.text; // 'Before: 12 pairs, total 600, lowest 31. After: …'
 */
export function adjustProposals(options: AdjustProposalsOptions): AdjustOutcome {
	if (options.programId.trim() === '' || options.runId.trim() === '') {
		throw new InvalidOptionError(options.programId.trim() === '' ? 'programId' : 'runId', 'Adjusting needs the program and the matching run', 'Pass the programId and runId of the proposals');
	}
	const read = readAdjustments(options.adjustments);
	const inProgram = new Map(options.participants.filter((person) => person.programId === options.programId).map((person) => [person.id, person]));
	const refused: RefusedAdjustment[] = [...read.refused];
	const applied: Array<{ index: number; adjustment: Adjustment }> = [];
	const leftOut = new Set<string>();
	for (const entry of read.adjustments) {
		if (entry.adjustment.action !== 'leaveOut') continue;
		const id = entry.adjustment.personId!;
		if (!inProgram.has(id)) refused.push({ ...entry, reason: 'unknownPerson', message: `${id} is not in this program's roster` });
		else {
			leftOut.add(id);
			applied.push(entry);
		}
	}

	const others = new Set(options.orgChartOnly ?? []);
	for (const person of options.participants) if (person.programId !== options.programId) others.add(person.id);
	const existingPairs = options.existingPairs ?? [];
	// Checked against the program with everyone in it: the plan refuses anything that involves a left-out person itself.
	const prepared = prepareMatching({ ...options, existingPairs, orgChartOnly: others }).find((program) => program.context.programId === options.programId);
	if (prepared === undefined) {
		throw new InvalidOptionError('programId', `Nobody in the input takes part in program "${options.programId}"`, 'Give the program’s roster as input');
	}
	const plan = planAdjustments({
		context: prepared.context,
		people: inProgram,
		leftOut,
		proposals: options.proposals,
		adjustments: read.adjustments.filter((entry) => entry.adjustment.action !== 'leaveOut'),
	});
	refused.push(...plan.refused);
	applied.push(...plan.applied);

	// Dropped pairs are kept apart through personal exclusions. When the user switched that
	// rule off, it is switched on for the drops alone: nobody else's exclusions come back.
	const exclusionsOn = resolveRules(options.rules).exclusions;
	const droppedFor = new Map<string, string[]>();
	for (const pair of plan.dropped) droppedFor.set(pair.menteeId, [...(droppedFor.get(pair.menteeId) ?? []), pair.mentorId]);
	const participants = options.participants.map((person) => {
		const dropped = droppedFor.get(person.id) ?? [];
		if (exclusionsOn && dropped.length === 0) return person;
		return { ...person, exclusions: [...(exclusionsOn ? person.exclusions : []), ...dropped] };
	});
	const orgChartOnly = new Set([...others, ...leftOut]);
	const kept = new Set(existingPairs.filter((pair) => pair.status !== 'ended').map((pair) => key(pair.mentorId, pair.menteeId)));
	const solved = matchParticipants({
		...options,
		rules: { ...options.rules, exclusions: true },
		participants,
		existingPairs: [...existingPairs, ...plan.fixed.map((pair) => ({ mentorId: pair.mentorId, menteeId: pair.menteeId, status: 'locked' as const, programId: options.programId }))],
		orgChartOnly,
	});

	const proposedKeys = new Set(options.proposals.map((proposal) => key(proposal.mentorId, proposal.menteeId)));
	const fixedOrigin = new Map(plan.fixed.map((pair) => [key(pair.mentorId, pair.menteeId), pair.origin]));
	const proposals: AdjustedProposal[] = solved.matches
		.filter((match) => match.programId === options.programId && !kept.has(key(match.mentorId, match.menteeId)))
		.map((match) => {
			const pairKey = key(match.mentorId, match.menteeId);
			const origin = fixedOrigin.get(pairKey) ?? (proposedKeys.has(pairKey) ? 'asProposed' : 'resolved');
			return { ...match, runId: options.runId, origin, adjusted: origin === 'moved' || origin === 'resolved' };
		});

	const before = options.proposals.map((proposal) => {
		const mentor = inProgram.get(proposal.mentorId);
		const mentee = inProgram.get(proposal.menteeId);
		const score =
			typeof proposal.score === 'number' && Number.isFinite(proposal.score)
				? proposal.score
				: mentor !== undefined && mentee !== undefined
					? matchItem(prepared.context, mentor, mentee, false).score
					: 0;
		return { ...proposal, score };
	});
	const unmatched = solved.unmatched.filter((person) => person.programId === options.programId);
	const audit = auditRows(options, applied, refused);
	const diff = describeChanges({
		programId: options.programId,
		runId: options.runId,
		people: inProgram,
		before,
		after: proposals,
		unmatched,
		leftOut,
		moved: new Set(plan.fixed.filter((pair) => pair.origin === 'moved').map((pair) => pair.menteeId)),
		applied: applied.length,
		refused: refused.length,
	});
	return { proposals, unmatched, refused: refused.sort((a, b) => a.index - b.index), audit, diff };
}

function auditRows(
	options: AdjustProposalsOptions,
	applied: ReadonlyArray<{ index: number; adjustment: Adjustment }>,
	refused: readonly RefusedAdjustment[],
): AuditRow[] {
	const row = (entry: { index: number; adjustment: Adjustment }, outcome: AuditRow['outcome'], reason: string, message: string): AuditRow => ({
		programId: options.programId,
		runId: options.runId,
		adjustedBy: options.adjustedBy,
		adjustedAt: options.adjustedAt.toISOString(),
		action: entry.adjustment.action,
		mentorId: entry.adjustment.mentorId ?? '',
		menteeId: entry.adjustment.menteeId ?? '',
		toMentorId: entry.adjustment.toMentorId ?? '',
		personId: entry.adjustment.personId ?? '',
		note: entry.adjustment.note ?? '',
		outcome,
		reason,
		message,
	});
	const rows = [
		...applied.map((entry) => ({ index: entry.index, row: row(entry, 'applied', '', 'Applied') })),
		...refused.map((entry) => ({ index: entry.index, row: row(entry, 'refused', entry.reason, entry.message) })),
	];
	return rows.sort((a, b) => a.index - b.index).map((entry) => entry.row);
}
