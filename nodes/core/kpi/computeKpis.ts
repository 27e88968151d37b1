import { summariseGoalAttainment } from '../goals/attainment';
import { InvalidOptionError } from '../errors';
import { epochDay, isoDay } from '../survey/responseMeta';
import type { RiskCode } from '../survey/types';
import { breakdown } from './breakdown';
import { isCircleRow, menteesInCircles, summariseCircles } from './circleFigures';
import { compareOutcomes } from './compareOutcomes';
import { mean } from './descriptive';
import { figuresPerPair, riskCodesByPair } from './pairFigures';
import { readHrisRecord, readPair, readPerson, readScoredResponse } from './readRecords';
import { selectPairs } from './selectPairs';
import { goalRatingsOf } from './goalRatings';
import { compareWithMidpoint } from './midpointComparison';
import { summariseSessionFeedback } from './sessionFeedback';
import { summariseNps, summariseSubscales } from './summaries';
import { later, type TimedResponse } from './timedResponse';
import type { KpiResult } from './types';

type Json = Record<string, unknown>;

function programOf(json: Json): string | undefined {
	return typeof json.programId === 'string' && json.programId.trim() !== '' ? json.programId.trim() : undefined;
}

export interface ComputeKpisOptions {
	participants: Json[];
	pairs: Json[];
	/** Scored responses, as the Score operation outputs them. */
	responses: Json[];
	/** Optional HR records for retention and promotion. */
	hris: Json[];
	/** First and last day of the reporting period (ISO dates, both included). */
	periodStart: string;
	periodEnd: string;
	/** Breakdown groups and outcome groups under this many people are suppressed (default 5). */
	minGroupSize?: number;
	/** Participant fields to break down by (default department and location). */
	breakdownFields?: string[];
	/** Confidence level of intervals and tests (default 0.95). */
	confidence?: number;
	/** Meetings a pair should have had; the share of pairs at or above it is reported (default 3). */
	meetingsThreshold?: number;
	/**
	 * Only this program's pairs, participants and the responses about its pairs count.
	 * Undefined: every program in the input counts together (the summary names them).
	 */
	programId?: string;
}


/**
 * Computes the program KPIs from participants, pairs, scored responses and optional
 * HRIS rows. Only real pairs count (status `active`, `completed` or `ended`, see
 * `selectPairs`), of the given program when there is one; `summary.pairsCounted` says
 * which. Repeated surveys count once per respondent and instrument: the latest
 * response (by `submittedAt`, then input order) gives the averages, NPS, reliability,
 * goal attainment and a pair's current risk, while meetings add up over every
 * check-in. People are linked across inputs by id or e-mail.
 *
 * @example
 * const { summary, pairs } = computeKpis({ participants, pairs, responses, hris: [], periodStart: '2026-01-01', periodEnd: '2026-06-30' });
 * summary.nps.nps?.score; // e.g. 42.9
 */
export function computeKpis(options: ComputeKpisOptions): KpiResult {
	const minGroupSize = options.minGroupSize ?? 5;
	const confidence = options.confidence ?? 0.95;
	const meetingsThreshold = options.meetingsThreshold ?? 3;
	const breakdownFields = options.breakdownFields ?? ['department', 'location'];
	const startDay = epochDay(options.periodStart);
	const endDay = epochDay(options.periodEnd);
	if (startDay === undefined || endDay === undefined || endDay < startDay) {
		throw new InvalidOptionError('period', `The period ${options.periodStart} to ${options.periodEnd} is not a valid date range`, 'Give the first and last day of the period as dates, e.g. 2026-01-01 and 2026-06-30.');
	}
	if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
		throw new InvalidOptionError('minGroupSize', `The minimum group size must be a whole number of at least 1, got ${minGroupSize}`);
	}
	if (!(confidence > 0 && confidence < 1)) {
		throw new InvalidOptionError('confidence', `The confidence level must lie between 0 and 1, got ${confidence}`, 'Use 0.95 for 95%.');
	}

	// People: every key (id, e-mail) of a participant resolves to one canonical person.
	// With a program given, people of another program are left out (those without one stay).
	const programId = options.programId === undefined || options.programId.trim() === '' ? undefined : options.programId.trim();
	const persons = options.participants
		.filter((json) => programId === undefined || !programOf(json) || programOf(json) === programId)
		.map((json) => readPerson(json, { breakdownFields }));
	const personByKey = new Map<string, number>();
	persons.forEach((person, index) => person.keys.forEach((key) => personByKey.has(key) || personByKey.set(key, index)));
	// Canonical ids made once: 100,000 responses would otherwise build as many strings.
	const personIds = persons.map((_, index) => `#${index}`);
	const canonical = (keys: string[]): string | undefined => {
		for (const key of keys) {
			const index = personByKey.get(key);
			if (index !== undefined) return personIds[index];
		}
		return keys[0];
	};

	// Only real pairs of the program count; responses about a left-out pair go with it.
	// Circle rows of group programs come on the Pairs input too; they get their own figures.
	const circleRows = options.pairs.filter((json) => isCircleRow(json) && (programId === undefined || programOf(json) === undefined || programOf(json) === programId));
	const selected = selectPairs(
		options.pairs.filter((json) => !isCircleRow(json)).map((json, index) => readPair(json, index)),
		{ programId },
	);
	const pairs = selected.counted;
	const responses = options.responses
		.map((json, index) => readScoredResponse(json, index))
		.filter((response) => response.pairId === undefined || !selected.leftOut.has(response.pairId));

	// Enrolment and matching.
	const byRole: Record<string, number> = {};
	for (const person of persons) byRole[person.role ?? 'unknown'] = (byRole[person.role ?? 'unknown'] ?? 0) + 1;
	const matchedPeople = new Set<string>();
	const pairedMentees = new Set<string>();
	for (const pair of pairs) {
		const mentor = canonical(pair.mentorKeys);
		const mentee = canonical(pair.menteeKeys);
		if (mentor) matchedPeople.add(mentor);
		if (mentee) {
			matchedPeople.add(mentee);
			pairedMentees.add(mentee);
		}
	}
	// A mentee placed in a circle of a group program is matched too.
	for (const person of menteesInCircles(circleRows, canonical)) pairedMentees.add(person);
	let mentees = 0;
	let matchedMentees = 0;
	persons.forEach((person, index) => {
		if (person.role !== 'mentee' && person.role !== 'both') return;
		mentees++;
		// In peer programs ("both") either side of a pair counts as matched.
		const key = personIds[index];
		if (pairedMentees.has(key) || (person.role === 'both' && matchedPeople.has(key))) matchedMentees++;
	});

	// Responses: link each to a person and keep the latest per person and instrument.
	const timed: TimedResponse[] = responses.map((response, index) => {
		const time = response.submittedAt ? Date.parse(response.submittedAt) : Number.NaN;
		const personIndex = response.respondentId === undefined ? undefined : personByKey.get(response.respondentId);
		return {
			response,
			person: personIndex !== undefined ? personIds[personIndex] : (response.respondentId ?? `anonymous-${index}`),
			personIndex,
			time: Number.isNaN(time) ? -Infinity : time,
			index,
		};
	});
	// Latest per person, instrument and pair. Each is numbered, and the three numbers
	// make one numeric key: 100,000 responses then need no key strings or nested maps.
	const numberer = () => {
		const numbers = new Map<string, number>();
		return (value: string) => {
			let number = numbers.get(value);
			if (number === undefined) numbers.set(value, (number = numbers.size));
			return number;
		};
	};
	const personNumber = numberer();
	const instrumentNumber = numberer();
	const pairNumber = numberer();
	const personOf = new Int32Array(timed.length);
	const instrumentOf = new Int32Array(timed.length);
	const pairOf = new Int32Array(timed.length);
	timed.forEach((entry, index) => {
		personOf[index] = personNumber(entry.person);
		instrumentOf[index] = instrumentNumber(entry.response.instrument);
		pairOf[index] = pairNumber(entry.response.pairId ?? '');
	});
	// One more than the largest number of each kind (the sentinel is never a real value).
	const instrumentCount = instrumentNumber('\u0000') + 1;
	const pairCount = pairNumber('\u0000') + 1;
	const latestByKey = new Map<number, TimedResponse>();
	timed.forEach((entry, index) => {
		const key = (personOf[index] * instrumentCount + instrumentOf[index]) * pairCount + pairOf[index];
		const current = latestByKey.get(key);
		if (!current || later(entry, current)) latestByKey.set(key, entry);
	});
	const latest = [...latestByKey.values()];
	// Input order, so that results do not depend on map iteration details.
	latest.sort((a, b) => a.index - b.index);

	const expected = pairs.length > 0 ? matchedPeople : new Set(personIds);
	const respondents = new Set(timed.map((entry) => entry.person));
	let expectedResponded = 0;
	for (const person of expected) if (respondents.has(person)) expectedResponded++;

	const subscales = summariseSubscales({ responses: latest.map((entry) => entry.response), withReliability: true });
	const nps = summariseNps({ responses: latest.map((entry) => entry.response), confidence });
	const sessionFeedback = summariseSessionFeedback({ timed, programOfPair: new Map(pairs.map((pair) => [pair.pairId, pair.programId ?? ''])), minGroupSize });

	let goalRespondents = 0;
	let goalsTotal = 0;
	let goalsAchieved = 0;
	for (const { response } of latest) {
		// The headline counts where people ended up: mid-point ratings are in goalAttainment.
		if (!response.goals || response.goals.total === 0 || response.instrument === 'checkIn') continue;
		goalRespondents++;
		goalsTotal += response.goals.total;
		goalsAchieved += response.goals.achieved;
	}

	const pairFigures = figuresPerPair({ pairs, timed, latest, startDay, endDay });
	const withData = pairFigures.filter((pair) => pair.meetingsPerMonth !== null);
	const atThreshold = withData.filter((pair) => (pair.meetings ?? 0) >= meetingsThreshold).length;
	const atRiskPairs = pairFigures.filter((pair) => pair.atRisk);
	const byReason: Record<RiskCode, number> = { lowQuality: 0, noMeeting: 0, detractor: 0, lowUsefulness: 0 };
	for (const [, codes] of riskCodesByPair(latest)) for (const code of codes) byReason[code]++;

	let outcomes: KpiResult['summary']['outcomes'] = null;
	if (options.hris.length > 0) {
		const participantsInOutcome = pairs.length > 0 ? matchedPeople : expected;
		outcomes = compareOutcomes({
			records: options.hris.map((json, index) => readHrisRecord(json, index)),
			isParticipant: (record) => {
				const person = canonical(record.keys);
				return person !== undefined && participantsInOutcome.has(person);
			},
			startDay,
			endDay,
			minGroupSize,
			confidence,
		});
	}

	const headline = ['nps', 'enps', ...Object.keys(nps)].find((id) => nps[id] !== undefined);
	const breakdowns = breakdownFields.map((field) =>
		breakdown({ field, persons, latest, minGroupSize, confidence, headline }),
	);

	const circles = summariseCircles({
		rows: circleRows,
		mentees: persons.filter((person) => person.role === 'mentee' || person.role === 'both').map((person) => person.keys),
		latest,
		canonical,
	});

	return {
		summary: {
			period: { start: isoDay(startDay), end: isoDay(endDay) },
			minGroupSize,
			enrolment: { total: persons.length, byRole },
			matching: {
				mentees,
				matchedMentees,
				matchRate: mentees === 0 ? null : matchedMentees / mentees,
				pairs: pairs.length,
				adjustedPairs: pairs.filter((pair) => pair.adjusted === true).length,
			},
			pairsCounted: selected.selection,
			responses: {
				total: responses.length,
				respondents: respondents.size,
				expectedRespondents: expected.size,
				responseRate: expected.size === 0 ? null : expectedResponded / expected.size,
			},
			meetings: {
				pairsWithData: withData.length,
				pairsWithoutData: pairFigures.length - withData.length,
				perPairPerMonth: mean(withData.map((pair) => pair.meetingsPerMonth as number)),
				threshold: meetingsThreshold,
				pairsAtOrAboveThreshold: atThreshold,
				shareAtOrAboveThreshold: withData.length === 0 ? null : atThreshold / withData.length,
			},
			goals: {
				respondents: goalRespondents,
				total: goalsTotal,
				achieved: goalsAchieved,
				attainmentRate: goalsTotal === 0 ? null : goalsAchieved / goalsTotal,
			},
			goalAttainment: summariseGoalAttainment({ ratings: goalRatingsOf({ latest, persons }), minGroupSize }),
			subscales,
			nps,
			sessionFeedback,
			midpointComparison: compareWithMidpoint({ timed, minGroupSize }),
			atRisk: { pairs: atRiskPairs.length, share: pairFigures.length === 0 ? null : atRiskPairs.length / pairFigures.length, byReason },
			outcomes,
			breakdowns,
			suppressedGroups: breakdowns.reduce((sum, entry) => sum + entry.suppressed, 0),
			...(circles === null ? {} : { circles }),
		},
		pairs: pairFigures,
	};
}
