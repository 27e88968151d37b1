#!/usr/bin/env node
/**
 * Generates the shared sample organisation used by demos, templates and tests
 * (issue 6): about 300 people of a fictional company with a manager tree, departments,
 * levels, time zones on three continents, mentoring profiles and HR outcomes.
 *
 *   node scripts/generate-sample-org.js [output folder]   (default: test/fixtures)
 *
 * Writes sample-org.json (an array of people) and sample-org.csv (RFC 4180, lists
 * joined with "; "). The output depends only on SEED and REFERENCE_DATE below: run it
 * again and the files are byte-identical. Change the vocabularies (sample-org/data.js)
 * or the seed only on purpose, because tests and demos count on the people in these files.
 *
 * Every person is already in the canonical participant shape (DESIGN.md) with
 * normalised values (lower-case tags, ISO language codes, canonical time zones), so
 * normalising a row changes nothing. `lastPromotionDate` and `terminationDate` are HR
 * outcomes that do not belong to the participant; they end up in `answers`.
 *
 * Plain Node.js without dependencies, so it runs before `npm install`.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const SEED = 20260006;
/** "Today" for the sample: every date lies before it, new hires just before it. */
const REFERENCE_DATE = '2026-11-01';
const COMPANY_FOUNDED = '2012-03-01';

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit integer. */
function mulberry32(seed) {
	let state = seed >>> 0;
	return function next() {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = mulberry32(SEED);
const chance = (p) => random() < p;
const integer = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
/** Picks by weight from [value, weight] pairs. */
function weighted(pairs) {
	const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
	let roll = random() * total;
	for (const [value, weight] of pairs) {
		roll -= weight;
		if (roll < 0) return value;
	}
	return pairs[pairs.length - 1][0];
}
/** `count` different entries of a list, in the order drawn. */
function sample(list, count, exclude = []) {
	const pool = list.filter((entry) => !exclude.includes(entry));
	const chosen = [];
	while (chosen.length < count && pool.length > 0)
		chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
	return chosen;
}

// The vocabularies (offices, skills, goals, interests, departments, names) are data,
// kept apart in sample-org/data.js.
const {
	LOCATIONS,
	GENERIC_SKILLS,
	GOALS,
	INTERESTS,
	DEPARTMENTS,
	ENGLISH_FIRST,
	ENGLISH_LAST,
	DUTCH_FIRST,
	DUTCH_LAST,
} = require('./sample-org/data');

// ---------------------------------------------------------------- dates

const DAY = 24 * 60 * 60 * 1000;
const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);
/** A day drawn uniformly between two ISO dates, both included (`from` when the range is empty). */
const dayBetween = (from, to) =>
	toIso(
		toTime(from) + integer(0, Math.max(0, Math.round((toTime(to) - toTime(from)) / DAY))) * DAY,
	);
const addDays = (iso, days) => toIso(toTime(iso) + days * DAY);
const latest = (a, b) => (a > b ? a : b);

// ---------------------------------------------------------------- people

const people = [];
const usedNames = new Set();
const usedEmails = new Set();

/** Lower-case ASCII for email addresses: accents dropped, spaces and apostrophes removed. */
function emailPart(text) {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

function uniqueName(dutch) {
	for (;;) {
		const name = dutch
			? `${pick(DUTCH_FIRST)} ${pick(DUTCH_LAST)}`
			: `${pick(ENGLISH_FIRST)} ${pick(ENGLISH_LAST)}`;
		if (!usedNames.has(name)) {
			usedNames.add(name);
			return name;
		}
	}
}

function uniqueEmail(name) {
	const [first, ...rest] = name.split(' ');
	const base = `${emailPart(first)}.${emailPart(rest.join(''))}`;
	let email = `${base}@example.com`;
	for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@example.com`;
	usedEmails.add(email);
	return email;
}

function languagesFor(place) {
	const languages = ['en'];
	for (const [code, share] of place.languages) if (chance(share)) languages.push(code);
	if (chance(0.08)) languages.push(pick(['fr', 'es', 'de', 'it', 'pt', 'pl']));
	return [...new Set(languages)];
}

/** Mentor for seniors, mentee for juniors, both for some in between (and a few others). */
function roleFor(level) {
	if (level >= 5) return chance(0.12) ? 'both' : 'mentor';
	if (level === 4)
		return weighted([
			['both', 50],
			['mentor', 25],
			['mentee', 25],
		]);
	return chance(0.1) ? 'both' : 'mentee';
}

/** Adds one person, with a profile that fits their level and department. */
function addPerson({
	title,
	level,
	department,
	team,
	managerId,
	placeKey,
	hiredAfter,
	hiredBefore,
}) {
	const place = LOCATIONS[placeKey];
	const dutch = chance(place.dutch);
	const name = uniqueName(dutch);
	const role = roleFor(level);
	const offersSkills = role !== 'mentee';
	const wantsSkills = role !== 'mentor';
	const skills = department ? department.skills : GENERIC_SKILLS;
	const seniorSkills =
		level >= 5
			? sample(
					[
						'leadership',
						'people management',
						'coaching',
						'giving feedback',
						'strategic thinking',
						'stakeholder management',
					],
					integer(1, 2),
				)
			: [];
	const skillsOffered = offersSkills
		? [...new Set([...sample(skills, integer(2, 4)), ...seniorSkills])]
		: [];
	const crossDepartment = chance(0.25) ? sample(pick(DEPARTMENTS).skills, 1, skillsOffered) : [];
	const skillsWanted = wantsSkills
		? [
				...new Set([
					...sample(skills, integer(1, 3), skillsOffered),
					...sample(GENERIC_SKILLS, integer(0, 2), skillsOffered),
					...crossDepartment,
				]),
			]
		: [];
	const person = {
		id: `E${String(1001 + people.length)}`,
		email: uniqueEmail(name),
		name,
		role,
		department: department ? department.name : 'Executive',
		team: team ?? (department ? department.short : 'Executive'),
		title,
		location: place.location,
		level,
		managerId: managerId ?? null,
		timezone: place.timezone,
		languages: languagesFor(place),
		skillsOffered,
		skillsWanted,
		goals: wantsSkills
			? sample(GOALS, integer(1, 3))
			: chance(0.3)
				? ['become a better coach']
				: [],
		interests: sample(INTERESTS, integer(1, 3)),
		capacity:
			role === 'mentee'
				? 1
				: weighted([
						[1, 45],
						[2, 40],
						[3, 15],
					]),
		nominations: [],
		exclusions: [],
		hireDate: dayBetween(hiredAfter, hiredBefore),
		consent: true,
		lastPromotionDate: null,
		terminationDate: null,
	};
	people.push(person);
	return person;
}

/** The earliest a person of this level joins, so juniors are recent and seniors long-serving. */
function earliestHire(level) {
	const yearsBack = [0, 2, 4, 6, 8, 10, 12, 14, 14, 14][level];
	return latest(COMPANY_FOUNDED, addDays(REFERENCE_DATE, -365 * yearsBack));
}

const ceo = addPerson({
	title: 'Chief Executive Officer',
	level: 9,
	department: null,
	team: 'Executive',
	placeKey: 'amsterdam',
	hiredAfter: COMPANY_FOUNDED,
	hiredBefore: COMPANY_FOUNDED,
});

for (const department of DEPARTMENTS) {
	const start = people.length;
	const placeOf = () => weighted(department.locations);
	const vp = addPerson({
		title: `VP ${department.name}`,
		level: 8,
		department,
		team: department.short,
		managerId: ceo.id,
		placeKey: department.locations[0][0],
		hiredAfter: earliestHire(8),
		hiredBefore: addDays(REFERENCE_DATE, -365 * 4),
	});
	// Managers layer by layer; each layer's managers are spread over the ones above.
	let above = [vp];
	const teams = [...department.teams];
	for (const [title, level, perManager] of department.layers) {
		const layer = [];
		for (const boss of above) {
			for (let n = 0; n < perManager; n++) {
				const isTeamLead = level === 5;
				layer.push(
					addPerson({
						title,
						level,
						department,
						managerId: boss.id,
						team: isTeamLead
							? (teams.shift() ?? `${department.short} ${layer.length + 1}`)
							: department.short,
						placeKey: placeOf(),
						hiredAfter: earliestHire(level),
						hiredBefore: addDays(REFERENCE_DATE, -365),
					}),
				);
			}
		}
		above = layer;
	}
	// A few senior individual contributors report to directors.
	if (department.staff) {
		const [title, level, perDirector] = department.staff;
		for (const director of people.slice(start).filter((person) => person.level === 7)) {
			for (let n = 0; n < perDirector; n++) {
				addPerson({
					title,
					level,
					department,
					managerId: director.id,
					team: director.team,
					placeKey: placeOf(),
					hiredAfter: earliestHire(level),
					hiredBefore: addDays(REFERENCE_DATE, -365 * 2),
				});
			}
		}
	}
	// Individual contributors fill each team up to the department's size, round robin.
	const leads = above;
	for (let n = 0; people.length - start < department.size; n++) {
		const lead = leads[n % leads.length];
		// About one in twelve joined in the last three months: the buddy program's new hires.
		const newHire = chance(1 / 12);
		const level = newHire
			? integer(1, 3)
			: weighted([
					[1, 12],
					[2, 25],
					[3, 30],
					[4, 23],
				]);
		const prefix = level === 1 ? 'Junior ' : level === 4 ? 'Senior ' : '';
		addPerson({
			title: `${prefix}${department.job}${level === 3 ? ' II' : ''}`,
			level,
			department,
			managerId: lead.id,
			team: lead.team,
			placeKey: chance(0.7) ? placeKeyOf(lead) : placeOf(),
			hiredAfter: newHire ? addDays(REFERENCE_DATE, -90) : earliestHire(level),
			hiredBefore: newHire ? addDays(REFERENCE_DATE, -1) : addDays(REFERENCE_DATE, -91),
		});
	}
}

/** Teams mostly sit with their lead. */
function placeKeyOf(person) {
	return Object.keys(LOCATIONS).find((key) => LOCATIONS[key].location === person.location);
}

// ---------------------------------------------------------------- HR outcomes, nominations, exclusions

const byId = new Map(people.map((person) => [person.id, person]));
const hasReports = new Set(people.map((person) => person.managerId).filter(Boolean));
const ancestors = (person) => {
	const line = [];
	for (let boss = byId.get(person.managerId); boss; boss = byId.get(boss.managerId))
		line.push(boss.id);
	return line;
};

for (const person of people) {
	const tenureDays = (toTime(REFERENCE_DATE) - toTime(person.hireDate)) / DAY;
	// Promoted at some point after the first year, for most who have been here long enough.
	if (tenureDays > 400 && person.level > 1 && chance(0.65)) {
		person.lastPromotionDate = dayBetween(
			addDays(person.hireDate, 365),
			addDays(REFERENCE_DATE, -1),
		);
	}
}

// A few individual contributors have left; managers stay so that the tree stays whole.
const leavers = sample(
	people.filter(
		(person) =>
			!hasReports.has(person.id) && toTime(person.hireDate) < toTime(REFERENCE_DATE) - 200 * DAY,
	),
	12,
);
for (const person of leavers) {
	person.terminationDate = dayBetween(addDays(person.hireDate, 60), addDays(REFERENCE_DATE, -1));
	if (person.lastPromotionDate !== null && person.lastPromotionDate >= person.terminationDate)
		person.lastPromotionDate = null;
}

const mentors = people.filter((person) => person.role !== 'mentee');
const mentees = people.filter(
	(person) => person.role !== 'mentor' && person.terminationDate === null,
);

// Some mentees ask for particular mentors, never someone in their own reporting line.
for (const mentee of sample(mentees, 10)) {
	const line = new Set(ancestors(mentee));
	const candidates = mentors.filter(
		(mentor) =>
			mentor.id !== mentee.id &&
			!line.has(mentor.id) &&
			mentor.level > mentee.level &&
			mentor.terminationDate === null,
	);
	mentee.nominations = sample(candidates, integer(1, 2)).map((mentor) => mentor.id);
}

// Some people ask not to be paired with a particular person: a former manager or a close colleague.
for (const person of sample(
	people.filter((candidate) => candidate.managerId && candidate.terminationDate === null),
	8,
)) {
	const colleagues = people.filter(
		(other) =>
			other.id !== person.id &&
			other.department === person.department &&
			other.id !== person.managerId &&
			!person.nominations.includes(other.id),
	);
	person.exclusions = [pick(colleagues).id];
}

// ---------------------------------------------------------------- output

const COLUMNS = [
	'id',
	'email',
	'name',
	'role',
	'department',
	'team',
	'title',
	'location',
	'level',
	'managerId',
	'timezone',
	'languages',
	'skillsOffered',
	'skillsWanted',
	'goals',
	'interests',
	'capacity',
	'nominations',
	'exclusions',
	'hireDate',
	'consent',
	'lastPromotionDate',
	'terminationDate',
];

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
function csvField(value) {
	const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(rows) {
	const lines = [
		COLUMNS.join(','),
		...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(',')),
	];
	return `${lines.join('\r\n')}\r\n`;
}

const rows = people.map((person) =>
	Object.fromEntries(COLUMNS.map((column) => [column, person[column]])),
);
const outputFolder = path.resolve(
	process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures'),
);
fs.mkdirSync(outputFolder, { recursive: true });
fs.writeFileSync(
	path.join(outputFolder, 'sample-org.json'),
	`${JSON.stringify(rows, null, '\t')}\n`,
);
fs.writeFileSync(path.join(outputFolder, 'sample-org.csv'), toCsv(rows));
process.stdout.write(`Wrote ${rows.length} people to ${outputFolder}\n`);
