import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { launchChromium, signIn } from './helpers/browser';
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
		it("exist in the owner project: the roster holds the 300 sample people, the programs the demo programs' records, the others are empty", async () => {
			// Every table a Data Table node of workflows/*.json names (the smoke workflow uses none).
			// Seeded: the roster (the sample organisation, 300 people, all in mentoring-2026) and the records of
			// the demo programs mentoring-2026, buddy and coffee. Nothing writes to the others before a pair
			// exists: matching waits for its form, the scheduled templates write only for pairs, offers or a
			// program's end, and the link templates wait for clicks.
			const named = new Set<string>();
			for (const file of readdirSync(path.resolve('workflows')).filter((name) => name.endsWith('.json'))) {
				const workflow = JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { nodes: Array<{ type: string; parameters: { dataTableId?: { value?: string } } }> };
				for (const node of workflow.nodes) if (node.type === 'n8n-nodes-base.dataTable' && node.parameters.dataTableId?.value) named.add(node.parameters.dataTableId.value);
			}
			const seeded: Record<string, number> = { mentorship_programs: 3, mentorship_roster: 300 };
			const expected = Object.fromEntries([...named].sort().map((name) => [name, seeded[name] ?? 0]));
			expect(Object.keys(expected)).toEqual(expect.arrayContaining(['mentorship_programs', 'mentorship_roster', 'mentorship_pairs', 'mentorship_meetings']));
			const project = (await owner.get<{ data: { id: string } }>('/rest/projects/personal')).data
				.data;
			const listed = (
				await owner.get<{
					data: Array<{ id: string; name: string }> | { data: Array<{ id: string; name: string }> };
				}>(`/rest/projects/${project.id}/data-tables`, { params: { take: 250 } })
			).data.data;
			const tables = Array.isArray(listed) ? listed : listed.data;
			const found: Record<string, number> = {};
			for (const table of tables) {
				const rows = (
					await owner.get<{ data: { count: number } }>(
						`/rest/projects/${project.id}/data-tables/${table.id}/rows`,
						{ params: { take: 1 } },
					)
				).data.data;
				found[table.name] = rows.count;
			}
			expect(found).toEqual(expected);
		});
	});

	describe("the editor, in Debian's Chromium driven by Playwright", () => {
		const shots = path.resolve('test-output/e2e/editor');
		const matching = JSON.parse(
			readFileSync(path.resolve('workflows/mentorship-matching.json'), 'utf8'),
		) as {
			name: string;
			nodes: Array<{ type: string }>;
		};

		it('finds our nodes in the node panel by name and opens the matching template', async () => {
			rmSync(path.join(shots, 'failure.png'), { force: true });
			const { browser, close } = await launchChromium();
			const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
			try {
				await signIn(page, n8n.ready.url, n8n.ready.owner.email, n8n.ready.owner.password);
				const id = n8n.ready.workflows.find((workflow) => workflow.name === matching.name)!.id;
				await page.goto(`${n8n.ready.url}/workflow/${id}`);
				await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60000 });
				// Every node of the template but its sticky notes is drawn as a canvas node.
				const drawn = matching.nodes.filter(
					(node) => node.type !== 'n8n-nodes-base.stickyNote',
				).length;
				await page.waitForFunction(
					`document.querySelectorAll('[data-test-id="canvas-node"]').length === ${drawn}`,
					undefined,
					{ timeout: 30000 },
				);
				await page.screenshot({ path: path.join(shots, 'matching-template.png') });

				await page.locator('[data-test-id="node-creator-plus-button"]').click();
				const search = page
					.locator(
						'[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]',
					)
					.first();
				/** The names the panel lists for a search, once it lists all of `wanted` (or after 30 s). */
				const found = async (text: string, wanted: string[]) => {
					await search.fill(text);
					const listsAll = `(() => {
						const names = [...document.querySelectorAll('[data-test-id="node-creator-item-name"]')].map((e) => e.textContent.trim());
						return ${JSON.stringify(wanted)}.every((name) => names.includes(name));
					})()`;
					await page
						.waitForFunction(listsAll, undefined, { timeout: 30000 })
						.catch(() => undefined);
					const names = await page
						.locator('[data-test-id="node-creator-item-name"]')
						.allTextContents();
					return names.map((name) => name.trim());
				};
				const ourNodes = [
					'Mentor Matcher',
					'Mentorship Intake',
					'Mentorship Scheduler',
					'Mentorship Survey',
				];
				expect(await found('Mentor', ourNodes)).toEqual(expect.arrayContaining(ourNodes));
				await page.screenshot({ path: path.join(shots, 'node-panel.png') });
				expect(await found('HRIS Directory', ['HRIS Directory'])).toContain('HRIS Directory');
			} catch (error) {
				await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => undefined);
				throw error;
			} finally {
				await close();
			}
		});
			it('draws every template in its sections, no node over another, and takes its picture', async () => {
			const templates = readdirSync(path.resolve('workflows')).filter((file) => file.endsWith('.json'));
			const pictures = path.resolve('test-output/e2e/templates');
			mkdirSync(pictures, { recursive: true });
			const { browser, close } = await launchChromium();
			const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
			try {
				await signIn(page, n8n.ready.url, n8n.ready.owner.email, n8n.ready.owner.password);
				for (const file of templates) {
					const template = JSON.parse(readFileSync(path.resolve('workflows', file), 'utf8')) as { name: string; nodes: Array<{ type: string }> };
					const id = n8n.ready.workflows.find((workflow) => workflow.name === template.name)!.id;
					await page.goto(`${n8n.ready.url}/workflow/${id}`);
					const drawn = template.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote').length;
					await page.waitForFunction(`document.querySelectorAll('[data-test-id="canvas-node"]').length === ${drawn}`, undefined, { timeout: 60000 });
					// Overlaps measured on the page n8n drew, as a person would see them.
					const boxes = await page.locator('[data-test-id="canvas-node"]').evaluateAll((nodes) =>
						nodes.map((node) => {
							const box = node.getBoundingClientRect();
							return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
						}),
					);
					const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
					expect([file, overlapping.length]).toEqual([file, 0]);
					// The canvas fades in after fitting the view; the picture is for a person to look at.
					await page.waitForTimeout(1500);
					await page.screenshot({ path: path.join(pictures, file.replace(/\.json$/, '.png')) });
				}
			} catch (error) {
				await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => undefined);
				throw error;
			} finally {
				await close();
			}
		});
});
});
