import { isoDay } from '../survey/responseMeta';
import type { RiskCode } from '../survey/types';
import type { KpiPair, PairFigures } from './types';
import { later, type TimedResponse } from './timedResponse';

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The risk codes of each pair, from its members' latest responses.
 *
 * @example riskCodesByPair(latest).get('P2') // Set { 'lowQuality', 'detractor' }
 */
export function riskCodesByPair(latest: TimedResponse[]): Map<string, Set<RiskCode>> {
	const codes = new Map<string, Set<RiskCode>>();
	for (const { response } of latest) {
		if (!response.pairId || !response.atRisk) continue;
		const set = codes.get(response.pairId) ?? new Set<RiskCode>();
		for (const reason of response.riskReasons) set.add(reason.code);
		codes.set(response.pairId, set);
	}
	return codes;
}

export interface FiguresPerPairOptions {
	pairs: KpiPair[];
	timed: TimedResponse[];
	latest: TimedResponse[];
	startDay: number;
	endDay: number;
}

/**
 * Per-pair figures. Both people of a pair report the same meetings in their check-ins,
 * so a pair's meetings are the largest of its members' totals, not their sum.
 *
 * @example figuresPerPair({ pairs, timed, latest, startDay, endDay })[0].meetingsPerMonth
 */
export function figuresPerPair(options: FiguresPerPairOptions): PairFigures[] {
	const known = new Map(options.pairs.map((pair) => [pair.pairId, pair]));
	const responsesPerPair = new Map<string, number>();
	const meetingsPerPerson = new Map<string, Map<string, number>>();
	for (const { response, person } of options.timed) {
		if (!response.pairId) continue;
		responsesPerPair.set(response.pairId, (responsesPerPair.get(response.pairId) ?? 0) + 1);
		if (!known.has(response.pairId)) known.set(response.pairId, { pairId: response.pairId, mentorKeys: [], menteeKeys: [] });
		const meetings = response.checkIn?.meetings;
		if (typeof meetings !== 'number') continue;
		const perPerson = meetingsPerPerson.get(response.pairId) ?? new Map<string, number>();
		perPerson.set(person, (perPerson.get(person) ?? 0) + meetings);
		meetingsPerPerson.set(response.pairId, perPerson);
	}
	const latestQuality = new Map<string, TimedResponse>();
	const reasons = new Map<string, Set<string>>();
	const codes = riskCodesByPair(options.latest);
	for (const entry of options.latest) {
		const { pairId, checkIn, atRisk, riskReasons } = entry.response;
		if (!pairId) continue;
		if (typeof checkIn?.quality === 'number') {
			const current = latestQuality.get(pairId);
			if (!current || later(entry, current)) latestQuality.set(pairId, entry);
		}
		if (atRisk) {
			const set = reasons.get(pairId) ?? new Set<string>();
			for (const reason of riskReasons) set.add(reason.message);
			reasons.set(pairId, set);
		}
	}
	return [...known.values()].map((pair) => {
		const startDay = pair.startDay ?? options.startDay;
		const months = Math.max(1, (options.endDay - startDay) / DAYS_PER_MONTH);
		const reported = meetingsPerPerson.get(pair.pairId);
		const meetings = pair.meetings ?? (reported ? Math.max(...reported.values()) : null);
		const pairReasons = [...(reasons.get(pair.pairId) ?? [])];
		return {
			pairId: pair.pairId,
			programId: pair.programId ?? '',
			mentorName: pair.mentorName ?? '',
			menteeName: pair.menteeName ?? '',
			startDate: isoDay(startDay),
			months,
			meetings,
			meetingsPerMonth: meetings === null ? null : meetings / months,
			responses: responsesPerPair.get(pair.pairId) ?? 0,
			latestQuality: latestQuality.get(pair.pairId)?.response.checkIn?.quality ?? null,
			atRisk: pairReasons.length > 0,
			riskReasons: pairReasons,
			riskCodes: [...(codes.get(pair.pairId) ?? [])],
		};
	});
}
