import './helpers/esmModules';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeType, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { HarnessNodeTypes } from '../harness/nodeTypes';
import { loadTemplate, sampleOrg, templateFiles } from './helpers/templates';

const nodeTypes = new HarnessNodeTypes();
const OUR_PREFIX = 'n8n-nodes-mentorship.';
const STOCK_PREFIX = 'n8n-nodes-base.';
/** Nodes that run code; templates must work on an n8n where they are disabled. */
const CODE_NODES = ['code', 'function', 'functionItem', 'executeCommand', 'aiTransform', 'pythonCode'].map((name) => STOCK_PREFIX + name);
/** Keys that would hold secrets if a template carried them. */
const SECRET_KEYS = /^(password|apiKey|api_key|accessToken|access_token|token|secret|clientSecret|privateKey)$/i;
const ALLOWED_EMAIL_DOMAINS = /@(example\.(com|org|net|nl)|n8n\.io)$/i;
/** Microsoft Graph's member annotation looks like an address but is none. */
const NOT_AN_ADDRESS = new Set(['user@odata.bind']);

function versionsOf(nodeType: INodeType | IVersionedNodeType): number[] {
	if ('nodeVersions' in nodeType) return Object.keys(nodeType.nodeVersions).map(Number);
	const { version } = nodeType.description;
	return Array.isArray(version) ? version : [version];
}

/** Paths of `given` that `kept` lacks, e.g. `options.bogus`. */
function droppedPaths(given: unknown, kept: unknown, path = ''): string[] {
	if (given === null || typeof given !== 'object') return [];
	if (kept === null || typeof kept !== 'object') return [path];
	return Object.entries(given).flatMap(([key, value]) =>
		key in kept ? droppedPaths(value, (kept as Record<string, unknown>)[key], `${path}.${key}`) : [`${path}.${key}`],
	);
}

function keysDeep(value: unknown, visit: (key: string, value: unknown) => void): void {
	if (Array.isArray(value)) value.forEach((entry) => keysDeep(entry, visit));
	else if (value !== null && typeof value === 'object') {
		for (const [key, entry] of Object.entries(value)) {
			visit(key, entry);
			keysDeep(entry, visit);
		}
	}
}

describe('every template in workflows/', () => {
	const files = templateFiles();

	it('holds the nineteen templates: the seventeen of the program, its setup and the review-and-adjust page', () => {
		expect(files).toEqual([
			'mentorship-buddy-program.json',
			'mentorship-email-retries.json',
			'mentorship-end-of-program.json',
			'mentorship-enrolment.json',
			'mentorship-goals.json',
			'mentorship-group-circles.json',
			'mentorship-matching.json',
			'mentorship-meeting-log.json',
			'mentorship-mentor-choice.json',
			'mentorship-pair-changes.json',
			'mentorship-peer-coffee.json',
			'mentorship-places.json',
			'mentorship-program-close.json',
			'mentorship-program-setup.json',
			'mentorship-reminders.json',
			'mentorship-review-adjust.json',
			'mentorship-session-feedback.json',
			'mentorship-surveys.json',
			'mentorship-weekly-kpis.json',
		]);
	});

	describe.each(files)('%s', (file) => {
		const text = readFileSync(path.join('workflows', file), 'utf8');
		const workflow = loadTemplate(file);
		const workNodes = workflow.nodes.filter((node) => node.type !== `${STOCK_PREFIX}stickyNote`);

		it('is an n8n export with a name, nodes, connections and execution order v1', () => {
			expect(() => JSON.parse(text)).not.toThrow();
			expect(typeof workflow.name).toBe('string');
			expect(Array.isArray(workflow.nodes)).toBe(true);
			expect(workflow.settings).toEqual(expect.objectContaining({ executionOrder: 'v1' }));
		});

		it('has unique node names and ids', () => {
			expect(new Set(workflow.nodes.map((node) => node.name)).size).toBe(workflow.nodes.length);
			expect(new Set(workflow.nodes.map((node) => node.id)).size).toBe(workflow.nodes.length);
		});

		it('uses only node types of our package or n8n-nodes-base, at their current version', () => {
			for (const node of workflow.nodes) {
				expect([node.type.startsWith(OUR_PREFIX) || node.type.startsWith(STOCK_PREFIX), node.type]).toEqual([true, node.type]);
				expect([nodeTypes.has(node.type), node.type]).toEqual([true, node.type]);
				const versions = versionsOf(nodeTypes.getByName(node.type));
				expect([node.name, node.typeVersion]).toEqual([node.name, Math.max(...versions)]);
			}
		});

		it('sets only parameters the node shows at that version, so n8n keeps every one of them', () => {
			for (const node of workNodes) {
				const description = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description;
				// n8n resolves a node's parameters like this when it opens or imports a workflow: unknown or hidden ones are dropped.
				const kept = NodeHelpers.getNodeParameters(description.properties, node.parameters, true, false, node, description) ?? {};
				expect([node.name, droppedPaths(node.parameters, kept)]).toEqual([node.name, []]);
			}
		});

		it('connects only nodes that exist, on main connections', () => {
			const names = new Set(workflow.nodes.map((node) => node.name));
			for (const [source, outputs] of Object.entries(workflow.connections)) {
				expect([source, names.has(source)]).toEqual([source, true]);
				for (const [type, groups] of Object.entries(outputs)) {
					expect(type).toBe('main');
					for (const connection of (groups ?? []).flat()) {
						expect([connection?.node, names.has(connection?.node ?? '')]).toEqual([connection?.node, true]);
					}
				}
			}
		});

		it('leaves no working node unconnected', () => {
			const connected = new Set<string>(Object.keys(workflow.connections));
			for (const outputs of Object.values(workflow.connections)) {
				for (const connection of (outputs.main ?? []).flat()) if (connection) connected.add(connection.node);
			}
			expect(workNodes.map((node) => node.name).filter((name) => !connected.has(name))).toEqual([]);
		});

		it('contains no Code node', () => {
			expect(workflow.nodes.filter((node) => CODE_NODES.includes(node.type)).map((node) => node.name)).toEqual([]);
		});

		it('names credentials by type only: no ids, no secrets', () => {
			for (const node of workflow.nodes) {
				for (const [type, reference] of Object.entries(node.credentials ?? {})) {
					expect([node.name, type, reference.id ?? null]).toEqual([node.name, type, null]);
					const declared = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description.credentials ?? [];
					// The HTTP Request node may use any credential type, named in its nodeCredentialType parameter.
					const usable = declared.some((credential) => credential.name === type) || node.parameters.nodeCredentialType === type;
					expect([node.name, usable]).toEqual([node.name, true]);
				}
			}
			keysDeep(workflow, (key, value) => {
				if (SECRET_KEYS.test(key)) expect([key, value]).toEqual([key, '']);
			});
			expect(text).not.toMatch(/xox[abp]-|Bearer [A-Za-z0-9]|sk_live|-----BEGIN/);
		});

		it('holds no personal data: only example addresses, no names of the sample organisation', () => {
			const emails = text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
			expect(emails.filter((email) => !ALLOWED_EMAIL_DOMAINS.test(email) && !NOT_AN_ADDRESS.has(email))).toEqual([]);
			const names = sampleOrg().map((person) => person.name);
			expect(names.filter((name) => text.includes(name))).toEqual([]);
			expect(text).not.toMatch(/\+\d{2}[\s\d-]{8,}/);
		});

		it('tells the user in a sticky note what to connect', () => {
			const notes = workflow.nodes
				.filter((node) => node.type === `${STOCK_PREFIX}stickyNote`)
				.map((node) => String(node.parameters.content).toLowerCase().replace(/\s+/g, ''));
			expect(notes.some((note) => /connect/i.test(note))).toBe(true);
			for (const node of workNodes) {
				for (const type of Object.keys(node.credentials ?? {})) {
					expect([type, notes.some((note) => note.includes(type.replace(/(OAuth2)?Api$/, '').toLowerCase()))]).toEqual([type, true]);
				}
			}
		});

		it('refers to Data Tables by names that do not contain one another', () => {
			// n8n finds a table "by name" with a case-insensitive contains match, so "pairs" would also hit "pairs_archive".
			const tables = new Set<string>();
			keysDeep(workflow.nodes, (key, value) => {
				const locator = value as { __rl?: boolean; mode?: string; value?: string };
				if (key === 'dataTableId' && locator.mode === 'name' && locator.value) tables.add(locator.value.toLowerCase());
			});
			for (const name of tables) {
				expect([name, [...tables].filter((other) => other !== name && other.includes(name))]).toEqual([name, []]);
			}
		});
	});
});
