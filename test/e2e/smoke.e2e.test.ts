import { readFileSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';

import type { LocalN8n } from './helpers/localN8n';
import { ownerSession, startLocalN8n, waitForMail } from './helpers/localN8n';

/** Id and webhook path set in test/e2e/fixtures/smoke.workflow.json. */
const SMOKE_WORKFLOW_ID = 'mentorshipSmoke1';
const SMOKE_WEBHOOK_PATH = 'mentorship-smoke';

/** Type names n8n gives our nodes: package name, a dot, the class name with a lower-case first letter. */
function expectedNodeTypes(): string[] {
	const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as {
		n8n: { nodes: string[] };
	};
	return pkg.n8n.nodes.map((file) => {
		const className = path.basename(file, '.node.js');
		return `n8n-nodes-mentorship.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
	});
}

describe('npm start, on a fresh state folder', () => {
	let n8n: LocalN8n;
	let owner: AxiosInstance;

	beforeAll(async () => {
		n8n = await startLocalN8n({
			extraWorkflows: ['test/e2e/fixtures'],
			outputDir: path.resolve('test-output/e2e/smoke'),
		});
		owner = await ownerSession(n8n.ready);
	});

	afterAll(async () => {
		await n8n?.stop();
	});

	it('serves n8n on 127.0.0.1 and answers its health check', async () => {
		expect(n8n.ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const health = await axios.get(`${n8n.ready.url}/healthz`);
		expect(health.status).toBe(200);
	});

	it('refuses the node types to anyone who is not logged in', async () => {
		const anonymous = await axios.get(`${n8n.ready.url}/types/nodes.json`, {
			validateStatus: () => true,
		});
		expect(anonymous.status).toBe(401);
	});

	it('loads every node of the package as a community package, under the package name', async () => {
		const types = (await owner.get<Array<{ name: string }>>('/types/nodes.json')).data;
		const loaded = new Set(types.map((type) => type.name));
		for (const name of expectedNodeTypes()) expect([name, loaded.has(name)]).toEqual([name, true]);
	});

	it('imports the smoke workflow and publishes it, because it starts with a webhook', () => {
		const smoke = n8n.ready.workflows.find((workflow) => workflow.id === SMOKE_WORKFLOW_ID);
		expect(smoke).toEqual(expect.objectContaining({ published: true }));
	});

	describe('when an application arrives at the smoke workflow webhook', () => {
		it('runs Mentorship Intake and the welcome email reaches the mail catcher', async () => {
			const response = await axios.post(`${n8n.ready.url}/webhook/${SMOKE_WEBHOOK_PATH}`, {
				email: 'Ada.Lovelace@Example.com',
				name: 'Ada Lovelace',
				role: 'mentee',
				timezone: 'Europe/London',
				consent: true,
			});
			expect(response.status).toBe(200);

			// Intake lower-cases the address (DESIGN.md, participant table); the subject and text
			// are the smoke workflow's templates filled in with the name, role and program id.
			const expected = {
				to: 'ada.lovelace@example.com',
				subject: 'Welcome to the program, Ada Lovelace',
				text: 'You are enrolled as mentee in smoke-test.',
			};
			const messages = await waitForMail(n8n.ready, (all) => all.some((m) => m.to === expected.to));
			const welcome = messages.filter((m) => m.to === expected.to);
			expect(welcome).toHaveLength(1);
			expect(welcome[0]).toEqual(
				expect.objectContaining({
					from: 'program@mentorship.local',
					subject: expected.subject,
					text: expect.stringContaining(expected.text),
				}),
			);
		});
	});

	describe('the Data Tables the templates use', () => {
		it('exist in the owner project, people tables holding the sample organisation', async () => {
			const sampleOrg = JSON.parse(
				readFileSync(path.resolve('test/fixtures/sample-org.json'), 'utf8'),
			) as unknown[];
			const project = (await owner.get<{ data: { id: string } }>('/rest/projects/personal')).data
				.data;
			for (const table of n8n.ready.dataTables) {
				const rows = (
					await owner.get<{ data: { count: number } }>(
						`/rest/projects/${project.id}/data-tables/${table.id}/rows`,
						{
							params: { take: 1 },
						},
					)
				).data.data;
				// A seeded table holds one row per person of the sample file. The others are only
				// checked to exist: a published schedule may already have written to them.
				if (table.seeded > 0)
					expect([table.name, rows.count]).toEqual([table.name, sampleOrg.length]);
				else expect([table.name, typeof rows.count]).toEqual([table.name, 'number']);
			}
		});
	});
});
