import { parseIsoDate } from '../participant/dates';
import type { FieldIssue } from '../types';
import type { FieldKind, ProgramField } from './fields';
import { PROGRAM_FIELDS } from './fields';

/** A value of the record: lists are arrays; the flat row joins them with `, `. */
export type ProgramValue = string | number | boolean | string[];
export type ProgramRecord = Record<string, ProgramValue>;
export type ProgramRow = Record<string, string | number | boolean>;

export type ReadProgramResult =
	| { ok: true; program: ProgramRecord; row: ProgramRow }
	| { ok: false; issues: FieldIssue[]; partial: ProgramRecord };

/** Options of {@link readProgramRecord}. */
export interface ReadProgramOptions {
	/** The moment of the change (ISO 8601), written to `changedAt` (updatedAt is the Data Table's own); the core reads no clock. */
	now: string;
}

/** Longest free text looked at, before any parsing: a form can post anything. */
const MAX_INPUT = 20000;
const RECEIVED = 60;

const squash = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
const shown = (value: unknown) => {
	const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
	return text.length > RECEIVED ? `${text.slice(0, RECEIVED)}…` : text;
};
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

function findValue(input: Record<string, unknown>, field: ProgramField, byLabel: Map<string, unknown>): unknown {
	if (field.column in input) return input[field.column];
	return byLabel.get(squash(field.label));
}

function splitList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value).split(/[,;\n]/);
	return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function clockMinutes(value: string): number | undefined {
	const [hours, minutes, ...rest] = value.split(':');
	if (rest.length > 0 || !/^\d{1,2}$/.test(hours ?? '') || !/^\d{2}$/.test(minutes ?? '')) return undefined;
	const h = Number(hours);
	const m = Number(minutes);
	return h < 24 && m < 60 ? h * 60 + m : undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', 'ja', 'on', '1', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'nee', 'off', '0', 'n']);

/** One field's value, or the problem with it. */
function parseField(kind: FieldKind, raw: unknown): { value: ProgramValue } | { problem: string; expected: string } {
	if (typeof raw === 'string' && raw.length > MAX_INPUT) return { problem: `is ${raw.length} characters long`, expected: `at most ${MAX_INPUT} characters` };
	switch (kind.type) {
		case 'text': {
			if (typeof raw === 'object') return { problem: 'is not text', expected: 'text' };
			const value = String(raw).trim();
			if (value.length > kind.max) return { problem: `is ${value.length} characters long`, expected: `at most ${kind.max} characters` };
			if (kind.pattern === 'id' && !/^[A-Za-z0-9_-]+$/.test(value)) return { problem: 'holds other characters than letters, digits, - and _', expected: 'an id such as mentoring-2026' };
			if (kind.pattern === 'email') {
				const at = value.indexOf('@');
				if (at < 1 || at !== value.lastIndexOf('@') || at === value.length - 1 || value.includes(' ')) return { problem: 'is not an email address', expected: 'an address such as people-team@example.com' };
				return { value: value.normalize('NFC').toLowerCase() };
			}
			if (kind.pattern === 'date') {
				const date = parseIsoDate(value);
				return date === undefined ? { problem: 'is not a date', expected: 'a date such as 2026-03-02' } : { value: date };
			}
			if (kind.pattern === 'time') return clockMinutes(value) === undefined ? { problem: 'is not a time of day', expected: 'a time such as 09:00' } : { value: value.padStart(5, '0') };
			return { value };
		}
		case 'choice': {
			const wanted = squash(String(raw));
			const found = kind.options.find((option) => squash(option) === wanted);
			return found ? { value: found } : { problem: 'is not one of the choices', expected: `one of ${kind.options.join(', ')}` };
		}
		case 'number': {
			const value = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
			if (!Number.isFinite(value)) return { problem: 'is not a number', expected: `a number from ${kind.min} to ${kind.max}` };
			if (kind.integer && !Number.isInteger(value)) return { problem: 'is not a whole number', expected: `a whole number from ${kind.min} to ${kind.max}` };
			if (value < kind.min || value > kind.max) return { problem: 'is out of range', expected: `a number from ${kind.min} to ${kind.max}` };
			return { value };
		}
		case 'boolean': {
			if (typeof raw === 'boolean') return { value: raw };
			if (Array.isArray(raw)) return { value: raw.length > 0 };
			const word = String(raw).trim().toLowerCase();
			if (TRUE_WORDS.has(word)) return { value: true };
			if (FALSE_WORDS.has(word)) return { value: false };
			return { problem: 'is not yes or no', expected: 'yes or no' };
		}
		case 'list': {
			const items = splitList(raw);
			if (items.length > kind.max) return { problem: `has ${items.length} entries`, expected: `at most ${kind.max}` };
			if (kind.item === 'date') {
				const dates = items.map((item) => parseIsoDate(item));
				const bad = items.find((_, index) => dates[index] === undefined);
				if (bad !== undefined) return { problem: `holds "${shown(bad)}", which is not a date`, expected: 'dates such as 2026-12-25' };
				return { value: [...new Set(dates as string[])].sort() };
			}
			return { value: items };
		}
	}
}

/** Checks that need more than one field: the whole record must make a program that can run. */
function crossFieldIssues(program: ProgramRecord): FieldIssue[] {
	const issues: FieldIssue[] = [];
	const start = clockMinutes(String(program.workingHoursStart));
	const end = clockMinutes(String(program.workingHoursEnd));
	const meeting = clockMinutes(String(program.meetingTime));
	if (start !== undefined && end !== undefined && end <= start) {
		issues.push({ field: 'workingHoursEnd', problem: `${String(program.workingHoursEnd)} is not after the start ${String(program.workingHoursStart)}`, expected: 'an end after the start of working hours' });
	} else if (start !== undefined && end !== undefined && meeting !== undefined && (meeting < start || meeting + Number(program.meetingMinutes) > end)) {
		issues.push({ field: 'meetingTime', problem: `a ${String(program.meetingMinutes)}-minute meeting at ${String(program.meetingTime)} does not fit in working hours ${String(program.workingHoursStart)}–${String(program.workingHoursEnd)}`, expected: 'a meeting that starts and ends within working hours' });
	}
	if (program.enrolmentMode === 'inviteOnly' && (program.invitees as string[]).length === 0) {
		issues.push({ field: 'invitees', problem: 'is empty for an invite-only program', expected: 'the emails or employee ids invited' });
	}
	if (program.enrolmentMode === 'domains' && (program.allowedDomains as string[]).length === 0) {
		issues.push({ field: 'allowedDomains', problem: 'is empty for a domain-only program', expected: 'one or more email domains, such as example.com' });
	}
	return issues;
}

/**
 * Reads a program record from a setup form's answers (by question) or a
 * `mentorship_programs` row (by column), fills the recommended defaults, and checks every
 * field; every problem is named with its field. The row is the flat form stored in the
 * Data Table (lists joined with `, `).
 *
 * @example
 * readProgramRecord({ programId: 'mentoring-2027', name: 'Mentoring 2027', managerEmail: 'hr@example.com', start: '2027-03-01' }, { now: '2026-12-03T10:00:00Z' })
 * // { ok: true, program: { ..., cadence: 'biweekly', managerMentors: 'forbid', department: 'preferDifferent' }, row: { ... } }
 */
export function readProgramRecord(input: unknown, options: ReadProgramOptions): ReadProgramResult {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { ok: false, issues: [{ field: 'record', problem: 'is not an object', expected: 'the answers of the setup form or a mentorship_programs row', received: shown(input) }], partial: {} };
	}
	const source = input as Record<string, unknown>;
	const byLabel = new Map(Object.entries(source).map(([key, value]) => [squash(key), value]));
	const program: ProgramRecord = {};
	const issues: FieldIssue[] = [];
	for (const field of PROGRAM_FIELDS) {
		const raw = findValue(source, field, byLabel);
		if (isBlank(raw)) {
			if (field.required) issues.push({ field: field.column, problem: 'is missing', expected: `${field.label}: ${field.help}` });
			else if (field.default !== undefined) program[field.column] = field.kind.type === 'list' ? [] : field.default;
			continue;
		}
		const parsed = parseField(field.kind, raw);
		if ('value' in parsed) program[field.column] = parsed.value;
		else issues.push({ field: field.column, problem: parsed.problem, expected: parsed.expected, received: shown(raw) });
	}
	if (issues.length === 0) issues.push(...crossFieldIssues(program));
	if (issues.length > 0) return { ok: false, issues, partial: program };
	const row: ProgramRow = { changedAt: options.now };
	for (const [column, value] of Object.entries(program)) row[column] = Array.isArray(value) ? value.join(', ') : value;
	return { ok: true, program, row };
}
