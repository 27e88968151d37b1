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
 * again and the files are byte-identical. Change the vocabularies or the seed only on
 * purpose, because tests and demos count on the people in these files.
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

// ---------------------------------------------------------------- vocabularies

const LOCATIONS = {
	amsterdam: {
		location: 'Amsterdam, NL',
		timezone: 'Europe/Amsterdam',
		dutch: 0.8,
		languages: [['nl', 1]],
	},
	rotterdam: {
		location: 'Rotterdam, NL',
		timezone: 'Europe/Amsterdam',
		dutch: 0.9,
		languages: [['nl', 1]],
	},
	london: {
		location: 'London, UK',
		timezone: 'Europe/London',
		dutch: 0.08,
		languages: [
			['fr', 0.1],
			['es', 0.08],
		],
	},
	berlin: {
		location: 'Berlin, DE',
		timezone: 'Europe/Berlin',
		dutch: 0.15,
		languages: [['de', 0.9]],
	},
	newYork: {
		location: 'New York, US',
		timezone: 'America/New_York',
		dutch: 0.04,
		languages: [['es', 0.2]],
	},
	sanFrancisco: {
		location: 'San Francisco, US',
		timezone: 'America/Los_Angeles',
		dutch: 0.04,
		languages: [
			['es', 0.15],
			['zh', 0.08],
		],
	},
	toronto: {
		location: 'Toronto, CA',
		timezone: 'America/Toronto',
		dutch: 0.05,
		languages: [['fr', 0.4]],
	},
	tokyo: { location: 'Tokyo, JP', timezone: 'Asia/Tokyo', dutch: 0.05, languages: [['ja', 0.9]] },
	singapore: {
		location: 'Singapore, SG',
		timezone: 'Asia/Singapore',
		dutch: 0.05,
		languages: [
			['zh', 0.5],
			['ms', 0.15],
		],
	},
};

const GENERIC_SKILLS = [
	'leadership',
	'people management',
	'public speaking',
	'giving feedback',
	'time management',
	'storytelling',
	'strategic thinking',
	'career planning',
	'networking',
	'writing',
	'facilitation',
	'conflict resolution',
	'remote collaboration',
	'decision making',
	'coaching',
	'stakeholder management',
];

const GOALS = [
	'grow into management',
	'technical leadership',
	'promotion',
	'build my network',
	'public speaking confidence',
	'work-life balance',
	'learn the business',
	'become a mentor',
	'cross-functional experience',
	'career change',
	'international career',
	'self-confidence',
	'strategic thinking',
	'settle into the company',
	'better feedback conversations',
];

const INTERESTS = [
	'hiking',
	'cycling',
	'running',
	'cooking',
	'photography',
	'board games',
	'music',
	'reading',
	'travel',
	'gardening',
	'football',
	'yoga',
	'chess',
	'climbing',
	'sailing',
	'painting',
	'podcasts',
	'volunteering',
	'baking',
	'gaming',
	'tennis',
	'swimming',
	'film',
	'learning languages',
	'coffee',
	'dogs',
];

/**
 * Departments: size, the layers of managers below the VP (each entry: title, level,
 * how many each manager above has), the ICs' job, skills, teams and where they work.
 */
const DEPARTMENTS = [
	{
		name: 'Engineering',
		size: 100,
		short: 'Engineering',
		layers: [
			['Director of Engineering', 7, 3],
			['Senior Engineering Manager', 6, 2],
			['Engineering Manager', 5, 2],
		],
		staff: ['Principal Engineer', 6, 1],
		job: 'Software Engineer',
		skills: [
			'typescript',
			'python',
			'go',
			'java',
			'kubernetes',
			'aws',
			'system design',
			'distributed systems',
			'data engineering',
			'machine learning',
			'security',
			'testing',
			'code review',
			'incident response',
			'frontend',
			'mobile',
			'sql',
			'observability',
			'api design',
			'performance',
		],
		teams: [
			'Platform',
			'Payments',
			'Mobile',
			'Data',
			'Search',
			'Identity',
			'Infrastructure',
			'Developer Experience',
			'Checkout',
			'Growth',
			'Security',
			'Reliability',
		],
		locations: [
			['amsterdam', 40],
			['london', 15],
			['berlin', 15],
			['sanFrancisco', 12],
			['singapore', 8],
			['tokyo', 4],
			['toronto', 6],
		],
	},
	{
		name: 'Product',
		size: 26,
		short: 'Product',
		layers: [
			['Director of Product', 7, 2],
			['Group Product Manager', 5, 2],
		],
		job: 'Product Manager',
		skills: [
			'product discovery',
			'roadmapping',
			'user research',
			'ux design',
			'product analytics',
			'a/b testing',
			'prioritisation',
			'product strategy',
			'pricing',
			'writing specs',
		],
		teams: ['Core Product', 'Merchant Experience', 'Consumer App', 'Platform Product'],
		locations: [
			['amsterdam', 50],
			['london', 20],
			['sanFrancisco', 20],
			['singapore', 10],
		],
	},
	{
		name: 'Sales',
		size: 50,
		short: 'Sales',
		layers: [
			['Sales Director', 7, 3],
			['Sales Manager', 5, 2],
		],
		job: 'Account Executive',
		skills: [
			'negotiation',
			'prospecting',
			'account management',
			'enterprise sales',
			'sales forecasting',
			'salesforce',
			'pipeline management',
			'presentation skills',
			'objection handling',
			'partnerships',
		],
		teams: [
			'Enterprise EMEA',
			'Mid-Market EMEA',
			'Enterprise Americas',
			'Mid-Market Americas',
			'APAC',
			'Benelux',
		],
		locations: [
			['amsterdam', 25],
			['london', 20],
			['newYork', 25],
			['toronto', 8],
			['singapore', 12],
			['tokyo', 10],
		],
	},
	{
		name: 'Marketing',
		size: 24,
		short: 'Marketing',
		layers: [['Marketing Manager', 5, 3]],
		job: 'Marketing Specialist',
		skills: [
			'content marketing',
			'seo',
			'brand strategy',
			'copywriting',
			'marketing analytics',
			'demand generation',
			'social media',
			'events',
			'product marketing',
			'email marketing',
		],
		teams: ['Brand', 'Growth Marketing', 'Product Marketing'],
		locations: [
			['amsterdam', 50],
			['london', 25],
			['newYork', 25],
		],
	},
	{
		name: 'Finance',
		size: 16,
		short: 'Finance',
		layers: [['Finance Manager', 5, 2]],
		job: 'Financial Analyst',
		skills: [
			'financial modelling',
			'budgeting',
			'forecasting',
			'accounting',
			'excel',
			'fp&a',
			'tax',
			'audit',
			'procurement',
			'investor relations',
		],
		teams: ['FP&A', 'Accounting'],
		locations: [
			['amsterdam', 70],
			['london', 20],
			['newYork', 10],
		],
	},
	{
		name: 'People',
		size: 15,
		short: 'People',
		layers: [['People Manager', 5, 2]],
		job: 'People Partner',
		skills: [
			'recruiting',
			'employee relations',
			'compensation',
			'learning and development',
			'employment law',
			'onboarding',
			'coaching',
			'people analytics',
			'performance management',
			'diversity and inclusion',
		],
		teams: ['Talent Acquisition', 'People Partners'],
		locations: [
			['amsterdam', 60],
			['london', 15],
			['newYork', 15],
			['singapore', 10],
		],
	},
	{
		name: 'Operations',
		size: 24,
		short: 'Operations',
		layers: [
			['Director of Operations', 7, 1],
			['Operations Manager', 5, 3],
		],
		job: 'Operations Specialist',
		skills: [
			'process improvement',
			'project management',
			'vendor management',
			'lean',
			'workplace management',
			'it operations',
			'data analysis',
			'risk management',
			'automation',
			'compliance',
		],
		teams: ['Business Operations', 'Workplace', 'IT'],
		locations: [
			['amsterdam', 45],
			['rotterdam', 20],
			['london', 10],
			['newYork', 10],
			['singapore', 15],
		],
	},
	{
		name: 'Customer Success',
		size: 44,
		short: 'Customer Success',
		layers: [
			['Director of Customer Success', 7, 2],
			['Customer Success Lead', 5, 2],
		],
		job: 'Customer Success Manager',
		skills: [
			'customer onboarding',
			'retention',
			'zendesk',
			'escalation management',
			'renewals',
			'product training',
			'customer advocacy',
			'technical support',
			'churn analysis',
			'business reviews',
		],
		teams: ['Onboarding', 'Enterprise Accounts', 'Support EMEA', 'Support Americas'],
		locations: [
			['amsterdam', 25],
			['rotterdam', 15],
			['london', 15],
			['newYork', 15],
			['toronto', 10],
			['tokyo', 10],
			['singapore', 10],
		],
	},
];

const ENGLISH_FIRST = [
	'Oliver',
	'George',
	'Harry',
	'Jack',
	'James',
	'William',
	'Thomas',
	'Daniel',
	'Samuel',
	'Joseph',
	'Michael',
	'David',
	'Ethan',
	'Noah',
	'Henry',
	'Benjamin',
	'Owen',
	'Ryan',
	'Adam',
	'Nathan',
	'Olivia',
	'Amelia',
	'Isla',
	'Ava',
	'Emily',
	'Grace',
	'Charlotte',
	'Sophia',
	'Lily',
	'Mia',
	'Chloe',
	'Hannah',
	'Zoe',
	'Ella',
	'Ruby',
	'Abigail',
	'Madison',
	'Natalie',
	'Rachel',
	'Laura',
	'Megan',
	'Priya',
	'Maya',
	'Leah',
];
const ENGLISH_LAST = [
	'Smith',
	'Jones',
	'Taylor',
	'Brown',
	'Williams',
	'Wilson',
	'Johnson',
	'Davies',
	'Robinson',
	'Wright',
	'Thompson',
	'Evans',
	'Walker',
	'White',
	'Roberts',
	'Green',
	'Hall',
	'Wood',
	'Jackson',
	'Clarke',
	'Miller',
	'Davis',
	'Anderson',
	'Martin',
	'Moore',
	'Lee',
	'Harris',
	'Clark',
	'Lewis',
	'Young',
	'King',
	'Scott',
	'Baker',
	'Adams',
	'Nelson',
	'Hill',
	'Campbell',
	'Mitchell',
	'Carter',
	'Turner',
	'Parker',
	'Collins',
	'Edwards',
	'Stewart',
	'Morris',
	'Murphy',
	'Cook',
	'Rogers',
	'Morgan',
	'Cooper',
	'Reed',
	'Bailey',
	'Bell',
	'Kelly',
	'Howard',
	'Ward',
	"O'Brien",
];
const DUTCH_FIRST = [
	'Daan',
	'Sem',
	'Lucas',
	'Levi',
	'Finn',
	'Milan',
	'Bram',
	'Thijs',
	'Jesse',
	'Ruben',
	'Lars',
	'Sven',
	'Joris',
	'Pieter',
	'Maarten',
	'Wouter',
	'Jeroen',
	'Niels',
	'Stijn',
	'Koen',
	'Emma',
	'Julia',
	'Sophie',
	'Tess',
	'Sara',
	'Anna',
	'Fleur',
	'Lotte',
	'Sanne',
	'Femke',
	'Eva',
	'Noor',
	'Lieke',
	'Iris',
	'Roos',
	'Anouk',
	'Maud',
	'Esmée',
	'Marieke',
	'Ilse',
];
const DUTCH_LAST = [
	'de Vries',
	'van Dijk',
	'van den Berg',
	'Bakker',
	'Jansen',
	'Visser',
	'Smit',
	'Meijer',
	'de Boer',
	'Mulder',
	'de Groot',
	'Bos',
	'Vos',
	'Peters',
	'Hendriks',
	'van Leeuwen',
	'Dekker',
	'Brouwer',
	'de Wit',
	'Dijkstra',
	'Smits',
	'de Graaf',
	'van der Meer',
	'van der Linden',
	'Kok',
	'Jacobs',
	'de Haan',
	'Vermeulen',
	'van den Heuvel',
	'van der Veen',
	'van den Broek',
	'de Bruijn',
	'de Jong',
	'Schouten',
	'van Beek',
	'Willems',
	'van Vliet',
	'Hoekstra',
	'Maas',
	'Verhoeven',
	'Koster',
	'Prins',
	'Blom',
	'Huisman',
	'Kuipers',
	'van Wijk',
	'Post',
	'Kramer',
	'Vink',
];

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
