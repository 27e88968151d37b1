import { MalformedInputError } from '../errors';
import { emailKey } from '../participant/email';
import { epochDay } from '../survey/responseMeta';
import type { NpsCategory, RiskReason, ScoredResponse } from '../survey/types';
import { splitList } from '../text/tags';
import { parseNumber } from '../text/values';
import type { KpiHrisRecord, KpiPair, KpiPerson } from './types';

type Json = Record<string, unknown>;

function text(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** Identity keys: the id as given and the email in its normal form, so either can link records. */
/**
 * The keys a person is known by: ids lower-cased, emails in their normal form.
 *
 * @example personKeys('E1', 'Ann@Example.com') // ['e1', 'ann@example.com']
 */
export function personKeys(...values: unknown[]): string[] {
	const found = new Set<string>();
	for (const value of values) {
		const key = text(value);
		if (key !== undefined) found.add(key.includes('@') ? emailKey(key) : key.toLowerCase());
	}
	return [...found];
}

/**
 * Reads a date field, refusing one that is present but unreadable: a termination date
 * of "last week" silently read as none would count a leaver as retained.
 */
function dateField(json: Json, names: string[], where: string): number | undefined {
	for (const name of names) {
		const value = text(json[name]);
		if (value === undefined) continue;
		const day = epochDay(value);
		if (day === undefined) {
			throw new MalformedInputError(
				[{ field: name, problem: `${where} has a date that cannot be read`, expected: 'a date such as 2026-03-01 or 01-03-2026', received: value.slice(0, 60) }],
				`Fix "${name}" in the source, or map the field to a date column.`,
			);
		}
		return day;
	}
	return undefined;
}

function first(json: Json, names: string[]): unknown {
	for (const name of names) if (json[name] !== undefined && json[name] !== null && json[name] !== '') return json[name];
	return undefined;
}

export interface ReadPersonOptions {
	/** Participant fields to break KPIs down by, e.g. ['department', 'location']. */
	breakdownFields: string[];
}

/**
 * Reads a participant item (the canonical participant: id, email, role, department,
 * location, …) into what KPIs need.
 *
 * @example readPerson({ id: 'E1', email: 'Ann@x.nl', role: 'mentee', department: 'Sales' }, { breakdownFields: ['department'] })
 */
export function readPerson(json: Json, options: ReadPersonOptions): KpiPerson {
	const groups: Record<string, string> = {};
	for (const field of options.breakdownFields) {
		const value = text(json[field]);
		if (value !== undefined) groups[field] = value;
	}
	return { keys: personKeys(json.id, json.email), role: text(json.role)?.toLowerCase(), groups };
}

/**
 * Reads a match item (pairId, mentorId, menteeId, their emails and names, programId,
 * a start date under `startDate`, `matchedAt` or `createdAt`, and optionally
 * `meetingCount` (from the meeting log; else `meetings`) and the pair's `status`, judged by `selectPairs`). Throws when the pair has no id, since nothing could be linked to it.
 *
 * @example readPair({ pairId: 'p1', mentorId: 'E1', menteeId: 'E2', startDate: '2026-01-05' }, 0)
 */
export function readPair(json: Json, index: number): KpiPair {
	const pairId = text(json.pairId);
	if (pairId === undefined) {
		throw new MalformedInputError(
			[{ field: 'pairId', problem: `pair ${index + 1} has no pairId`, expected: 'the pairId the Mentor Matcher gives every pair' }],
			'Connect the Matches output of Mentor Matcher (or the Data Table that stores it) to the Pairs input.',
		);
	}
	const mentor = (json.mentor ?? {}) as Json;
	const mentee = (json.mentee ?? {}) as Json;
	return {
		pairId,
		programId: text(json.programId),
		mentorKeys: personKeys(json.mentorId, json.mentorEmail, mentor.id, mentor.email),
		menteeKeys: personKeys(json.menteeId, json.menteeEmail, mentee.id, mentee.email),
		mentorName: text(json.mentorName) ?? text(mentor.name),
		menteeName: text(json.menteeName) ?? text(mentee.name),
		startDay: dateField(json, ['startDate', 'matchedAt', 'createdAt'], `pair ${pairId}`),
		meetings: parseNumber(first(json, ['meetingCount', 'meetings', 'meetingsHeld'])),
		...(json.status === undefined || json.status === null || json.status === '' ? {} : { status: json.status }),
		...(json.adjusted === true || json.adjusted === 'true' ? { adjusted: true } : {}),
	};
}

/**
 * Reads an HRIS row: `id` or `employeeId`, `email`, `hireDate`, `terminationDate`
 * (or `exitDate`, `endDate`), and promotion dates from `promotionDate`,
 * `lastPromotionDate` or a list in `promotionDates`. A date that is present but cannot
 * be read is an error naming the row (1-based `index + 1`).
 *
 * @example readHrisRecord({ employeeId: 'E1', terminationDate: '2026-03-01' }).terminationDay // 20513
 */
export function readHrisRecord(json: Json, index = 0): KpiHrisRecord {
	const where = `HRIS row ${index + 1}`;
	const promotions = [
		dateField(json, ['promotionDate'], where),
		dateField(json, ['lastPromotionDate'], where),
		...splitList(json.promotionDates).map((value) => dateField({ promotionDates: value }, ['promotionDates'], where)),
	].filter((day): day is number => day !== undefined);
	return {
		keys: personKeys(json.id, json.employeeId, json.email, json.workEmail),
		hireDay: dateField(json, ['hireDate', 'startDate'], where),
		terminationDay: dateField(json, ['terminationDate', 'exitDate', 'endDate'], where),
		promotionDays: promotions,
	};
}

function respondentKey(id: string | undefined): string | undefined {
	return id === undefined ? undefined : id.includes('@') ? emailKey(id) : id.toLowerCase();
}

function isObject(value: unknown): value is Json {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a scored response as the Score operation outputs it. Throws, naming the item,
 * when it does not look scored, which is what happens when raw form answers are
 * connected to KPIs by mistake.
 *
 * @example readScoredResponse({ instrument: 'nps', items: { recommend: 9 }, subscales: { recommend: 9 } }, 0)
 */
export function readScoredResponse(json: Json, index: number): ScoredResponse {
	if (typeof json.instrument !== 'string' || !isObject(json.subscales) || !isObject(json.items)) {
		throw new MalformedInputError(
			[
				{
					field: 'instrument',
					problem: `response ${index + 1} is not a scored response`,
					expected: 'an item from the Score operation, with "instrument", "items" and "subscales"',
				},
			],
			'Score the raw answers with this node\'s Score operation first and connect its output to the Responses input.',
		);
	}
	const recommend = isObject(json.recommend) && typeof json.recommend.value === 'number' ? json.recommend : undefined;
	return {
		instrument: json.instrument,
		pairId: text(json.pairId),
		respondentId: respondentKey(text(json.respondentId)),
		role: text(json.role),
		submittedAt: text(json.submittedAt),
		items: json.items as Record<string, number | null>,
		subscales: json.subscales as Record<string, number | null>,
		subscaleItems: isObject(json.subscaleItems) ? (json.subscaleItems as Record<string, string[]>) : {},
		missingSubscales: Array.isArray(json.missingSubscales) ? (json.missingSubscales as string[]) : [],
		recommend: recommend as { value: number; category: NpsCategory } | undefined,
		checkIn: isObject(json.checkIn) ? (json.checkIn as ScoredResponse['checkIn']) : undefined,
		session: isObject(json.session) && typeof json.session.usefulness === 'number' ? { usefulness: json.session.usefulness } : undefined,
		goals: isObject(json.goals) ? (json.goals as unknown as ScoredResponse['goals']) : undefined,
		atRisk: json.atRisk === true,
		riskReasons: Array.isArray(json.riskReasons) ? (json.riskReasons as RiskReason[]) : [],
	};
}
