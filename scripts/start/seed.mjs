/**
 * Data Tables for the templates, created through n8n's internal REST API (the one the
 * editor uses: /rest/projects/<project>/data-tables) in the owner's personal project, and
 * the roster filled with the sample organisation (test/fixtures/sample-org.json).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { info, warn } from './log.mjs';

/** Rows go in batches so that one request stays small. */
const INSERT_BATCH = 100;
/** The roster of the templates, filled with people; applications look alike but start empty. */
const PEOPLE_TABLE = 'mentorship_roster';
/** The program records table: the demo program gets its record there. */
const PROGRAMS_TABLE = 'mentorship_programs';
/** Program the seeded people belong to when the table has a programId column. */
const SAMPLE_PROGRAM_ID = 'mentoring-2026';

async function listTables(rest, projectId) {
	const answer = await rest.get(`/rest/projects/${projectId}/data-tables?take=250`);
	return Array.isArray(answer) ? answer : (answer?.data ?? []);
}

/** One sample person as a row of a table with the given columns; lists become "a, b". */
export function personRow(person, columns) {
	const row = {};
	for (const { name, type } of columns) {
		let value;
		if (name === 'participantId') value = person.id;
		else if (name === 'status' || name === 'decision') value = 'enrolled';
		else if (name === 'programId') value = person.programId ?? SAMPLE_PROGRAM_ID;
		else value = person[name];
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) value = value.join(', ');
		if (type === 'number') {
			const number = Number(value);
			if (!Number.isFinite(number)) continue;
			value = number;
		} else if (type === 'boolean') value = value === true || value === 'true';
		else if (type === 'date') value = new Date(value).toISOString();
		else if (typeof value === 'object') value = JSON.stringify(value);
		else value = String(value);
		row[name] = value;
	}
	return row;
}

/**
 * The first day of the demo programs: `cfg.programStart` (MENTORSHIP_PROGRAM_START, which the
 * end-to-end suites set to the 2026 calendar they were worked out for) or else the day of `now`,
 * so that a new user's program runs from the day npm start first fills its tables: its sessions,
 * reminders, surveys and close are all ahead of them, never months in the past.
 */
export function demoStart(cfg, now) {
	return cfg.programStart || new Date(now).toISOString().slice(0, 10);
}

/**
 * The demo programs' records, made by the package's own core (dist/, built by npm start) so that
 * they hold every default a record made through the Program Setup form would: the mentoring
 * program (from demoStart, six months, every other Tuesday at 15:00, its seats raised by the sample
 * people on the roster), the buddy program (three months) and the coffee roulette (a year) the
 * other templates run, all three starting the same day.
 */
export function demoProgramRows(cfg, extraSeats, now) {
	const start = demoStart(cfg, now);
	const require = createRequire(import.meta.url);
	const { readProgramRecord } = require(path.join(cfg.repoDir, 'dist', 'nodes', 'core', 'program', 'readProgram.js'));
	const people = 'program-manager@example.com';
	const programs = [
		{
			programId: SAMPLE_PROGRAM_ID,
			name: 'Mentoring 2026',
			managerEmail: people,
			start,
			lengthMonths: 6,
			cadence: 'biweekly',
			weekday: 2,
			meetingTime: '15:00',
			meetingMinutes: 45,
			mentorSeats: 40 + extraSeats,
			menteeSeats: 40 + extraSeats,
		},
		// Buddies may be up to two levels below the new hire, and may manage people.
		{ programId: 'buddy', name: 'Buddies for new hires', kind: 'buddy', managerEmail: people, start, lengthMonths: 3, minLevelGap: -2, managerMentors: 'allow' },
		{ programId: 'coffee', name: 'Coffee roulette', kind: 'peer', managerEmail: people, start, lengthMonths: 12, reportingLine: false },
	];
	return programs.map((program) => {
		const read = readProgramRecord(program, { now });
		if (!read.ok) throw new Error(`The demo program record ${program.programId} is not valid: ${read.issues.map((issue) => issue.field).join(', ')}`);
		return read.row;
	});
}

/** The people of the sample organisation, or undefined when its file does not exist. */
export function readSampleOrg(cfg) {
	return fs.existsSync(cfg.sampleOrgFile)
		? JSON.parse(fs.readFileSync(cfg.sampleOrgFile, 'utf8'))
		: undefined;
}

/**
 * Creates every table the workflows use (adding columns a newer template needs) and fills
 * people tables it creates with `people` (the sample organisation, from readSampleOrg).
 * Returns a summary per table.
 */
export async function ensureDataTables(cfg, rest, tables, people) {
	if (tables.length === 0) {
		info('Data Tables: the imported workflows use none');
		return [];
	}
	const project = await rest.get('/rest/projects/personal');
	const existing = new Map(
		(await listTables(rest, project.id)).map((table) => [table.name, table]),
	);
	const summary = [];
	for (const wanted of tables) {
		let table = existing.get(wanted.name);
		let created = false;
		if (!table) {
			table = await rest.post(`/rest/projects/${project.id}/data-tables`, {
				name: wanted.name,
				columns: wanted.columns,
			});
			created = true;
		} else {
			const have = new Set(
				(await rest.get(`/rest/projects/${project.id}/data-tables/${table.id}/columns`)).map(
					(c) => c.name,
				),
			);
			for (const column of wanted.columns.filter((c) => !have.has(c.name))) {
				await rest.post(`/rest/projects/${project.id}/data-tables/${table.id}/columns`, column);
				info(`Data Table ${wanted.name}: added column ${column.name} (${column.type})`);
			}
		}
		let seeded = 0;
		if (wanted.name === PROGRAMS_TABLE && created) {
			await rest.post(`/rest/projects/${project.id}/data-tables/${table.id}/insert`, {
				data: demoProgramRows(cfg, cfg.sampleData && people ? people.length : 0, new Date().toISOString()),
				returnType: 'count',
			});
			info(`Data Table ${wanted.name}: the demo programs ${SAMPLE_PROGRAM_ID}, buddy and coffee have their records, starting ${demoStart(cfg, new Date().toISOString())}`);
		}
		const isPeopleTable = wanted.name === PEOPLE_TABLE;
		if (isPeopleTable && created) {
			if (!cfg.sampleData) {
				info(`Data Table ${wanted.name}: left empty (MENTORSHIP_SAMPLE_DATA=off)`);
			} else if (!people) {
				warn(
					`Data Table ${wanted.name}: not filled, ${cfg.sampleOrgFile} does not exist (run npm run sample-org)`,
				);
			} else {
				const rows = people.map((person) => personRow(person, wanted.columns));
				for (let start = 0; start < rows.length; start += INSERT_BATCH) {
					await rest.post(`/rest/projects/${project.id}/data-tables/${table.id}/insert`, {
						data: rows.slice(start, start + INSERT_BATCH),
						returnType: 'count',
					});
				}
				seeded = rows.length;
			}
		}
		const { count: rows } = await rest.get(
			`/rest/projects/${project.id}/data-tables/${table.id}/rows?take=1`,
		);
		summary.push({
			name: wanted.name,
			id: table.id,
			created,
			seeded,
			rows,
			columns: wanted.columns.length,
		});
		info(
			`Data Table ${wanted.name}: ${created ? 'created' : 'already there'} (${wanted.columns.length} columns)` +
				(seeded ? `, filled with ${seeded} people from the sample organisation` : ''),
		);
	}
	return summary;
}
