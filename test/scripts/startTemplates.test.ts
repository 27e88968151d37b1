import Module from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What `npm start` does to a template before importing it (scripts/start/templates.mjs). */
interface StartTemplates {
	prepareWorkflow: (file: string, options?: { baseUrl?: string }) => Workflow;
	placeholderCredential: (type: string) => { id: string; name: string; type: string; data: Record<string, unknown> };
	formsOf: (workflows: Workflow[], baseUrl: string) => Array<{ workflow: string; node: string; url: string }>;
}
interface Workflow {
	name: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
}

// The start scripts are ES modules run by Node.js itself; Jest's module system cannot load them, Node's loader can.
const start = (Module as unknown as { _load: (request: string) => StartTemplates })._load(path.resolve('scripts/start/templates.mjs'));
const seed = (Module as unknown as { _load: (request: string) => { demoProgramRows: (cfg: { repoDir: string; programStart?: string }, extraSeats: number, now: string) => Array<Record<string, unknown>> } })._load(
	path.resolve('scripts/start/seed.mjs'),
);
const config = (Module as unknown as { _load: (request: string) => { FORM_LOGIN: { user: string; password: string } } })._load(
	path.resolve('scripts/start/config.mjs'),
);

const BASE_URL = 'http://127.0.0.1:5678';
const file = (name: string) => path.resolve('workflows', name);
const original = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Workflow;
const hrSystemOf = (workflow: Workflow) =>
	(workflow.nodes.find((node) => node.name === 'HR System')!.parameters as { assignments: { assignments: Array<{ value: string }> } }).assignments
		.assignments[0].value;
const seatsOf = (workflow: Workflow) =>
	workflow.nodes.filter((node) => node.type === 'n8n-nodes-mentorship.mentorshipIntake').map((node) => node.parameters.seats ?? null);

describe('the local copies npm start imports', () => {
	it('point the links to the check-in form at this server instead of the example address', () => {
		const surveys = start.prepareWorkflow(file('mentorship-surveys.json'), { baseUrl: BASE_URL });
		expect(JSON.stringify(original('mentorship-surveys.json'))).toContain('https://n8n.example.com/form/mentorship-check-in');
		expect(JSON.stringify(surveys)).not.toContain('n8n.example.com');
		const links = surveys.nodes.find((node) => node.name === 'Make Check-In Links')!.parameters;
		// Dutch speakers' links open the Dutch form at the same address plus -nl.
		expect(links.baseUrl).toBe(
			`={{ ((url, dutchForm) => dutchForm ? url.replace(/\\/form\\/([a-z-]+)/, '/form/$1-nl') : url)('${BASE_URL}/form/mentorship-check-in?round=' + ($json.kind === 'finalSurvey' ? 'final' : 'midpoint'), $json.language === 'nl') }}`,
		);
	});

	it('sign the check-in links with a working local secret, named as the demo’s', () => {
		const credential = start.placeholderCredential('mentorshipLinkSecretApi');
		expect([credential.id, credential.type, credential.name]).toEqual([
			'placeholder-mentorshipLinkSecretApi',
			'mentorshipLinkSecretApi',
			'Mentorship link secret (local demo only)',
		]);
		// The Mentorship Link node refuses secrets shorter than 32 characters.
		expect(String(credential.data.secret).length).toBeGreaterThanOrEqual(32);
	});

	it('run without an HR system, where the template offers the choice', () => {
		for (const name of ['mentorship-matching.json', 'mentorship-weekly-kpis.json', 'mentorship-buddy-program.json']) {
			expect([name, hrSystemOf(original(name))]).toEqual([name, 'BambooHR']);
			expect([name, hrSystemOf(start.prepareWorkflow(file(name), { baseUrl: BASE_URL }))]).toEqual([name, 'None']);
		}
	});

	it('make room for the sample people in the demo program record, and only there', () => {
		// The demo program takes 40 mentors and 40 mentees; the sample people on the roster take places of their own.
		const [mentoring, buddy, coffee] = seed.demoProgramRows({ repoDir: process.cwd() }, 300, '2026-12-03T09:00:00Z');
		expect([mentoring.programId, mentoring.mentorSeats, mentoring.menteeSeats]).toEqual(['mentoring-2026', 340, 340]);
		expect([buddy.programId, buddy.kind, buddy.mentorSeats, buddy.menteeSeats]).toEqual(['buddy', 'buddy', 0, 0]);
		expect([coffee.programId, coffee.kind, coffee.peerSeats]).toEqual(['coffee', 'peer', 0]);
		// No template holds seats of its own any more.
		expect(seatsOf(start.prepareWorkflow(file('mentorship-enrolment.json'), { baseUrl: BASE_URL }))).toEqual([null, null]);
	});

	it('start the demo programs on the day their records are made, so that their sessions, surveys and close lie ahead', () => {
		// npm start run on Thursday 3 December 2026 at 09:00 UTC.
		const rows = seed.demoProgramRows({ repoDir: process.cwd() }, 0, '2026-12-03T09:00:00Z');
		expect(rows.map((row) => [row.programId, row.start, row.lengthMonths, row.status])).toEqual([
			['mentoring-2026', '2026-12-03', 6, 'open'],
			['buddy', '2026-12-03', 3, 'open'],
			['coffee', '2026-12-03', 12, 'open'],
		]);
		// Just before midnight UTC it is still that day.
		expect(seed.demoProgramRows({ repoDir: process.cwd() }, 0, '2026-12-03T23:59:59Z')[0].start).toBe('2026-12-03');
	});

	it('start the demo programs on the day MENTORSHIP_PROGRAM_START gives, as the end-to-end suites do', () => {
		const rows = seed.demoProgramRows({ repoDir: process.cwd(), programStart: '2026-03-02' }, 0, '2026-12-03T09:00:00Z');
		expect(rows.map((row) => row.start)).toEqual(['2026-03-02', '2026-03-02', '2026-03-02']);
	});

	it('leave the parameters alone without a server address or sample people', () => {
		for (const name of ['mentorship-enrolment.json', 'mentorship-matching.json', 'mentorship-surveys.json']) {
			const copy = start.prepareWorkflow(file(name));
			const parametersOf = (workflow: Workflow) =>
				workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.dataTable').map((node) => [node.name, node.parameters]);
			expect(parametersOf(copy)).toEqual(parametersOf(original(name)));
		}
	});

	it('log in to the Run Matching Now form with the login the console prints', () => {
		expect(start.placeholderCredential('httpBasicAuth')).toEqual({
			id: 'placeholder-httpBasicAuth',
			name: 'Program team forms login',
			type: 'httpBasicAuth',
			data: config.FORM_LOGIN,
		});
		expect(config.FORM_LOGIN.password.length).toBeGreaterThanOrEqual(8);
	});

	it('list the address of every form the published templates serve', () => {
		const workflows = ['mentorship-enrolment.json', 'mentorship-matching.json', 'mentorship-surveys.json'].map((name) =>
			start.prepareWorkflow(file(name), { baseUrl: BASE_URL }),
		);
		expect(start.formsOf(workflows, BASE_URL).map((form) => [form.node, form.url])).toEqual([
			['Application Form', `${BASE_URL}/form/mentorship-apply`],
			['Dutch Application Form', `${BASE_URL}/form/mentorship-apply-nl`],
			['Run Matching Now', `${BASE_URL}/form/mentorship-run-matching`],
			['Check-In Form', `${BASE_URL}/form/mentorship-check-in`],
			['Dutch Check-In Form', `${BASE_URL}/form/mentorship-check-in-nl`],
		]);
	});
});
