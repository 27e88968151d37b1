/**
 * The workflows `npm start` imports: every template in workflows/*.json (or, while there
 * are none, the smoke workflow of the end-to-end tests), plus the files of any folder in
 * MENTORSHIP_EXTRA_WORKFLOWS (path-delimited list; the end-to-end tests add their fixtures).
 *
 * Templates are written to import anywhere, so each is adapted on a copy, never in place:
 * a stable id when the export has none (so a re-import replaces instead of duplicating),
 * SMTP nodes pointed at the mail catcher's credential, Data Table references by name.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { FORM_LOGIN, SMTP_CREDENTIAL } from './config.mjs';

const SCHEDULE_TRIGGERS = new Set([
	'n8n-nodes-base.scheduleTrigger',
	'n8n-nodes-base.cron',
	'n8n-nodes-base.interval',
]);
/** Triggers whose production URL only exists once the workflow is published. */
const URL_TRIGGERS = new Set(['n8n-nodes-base.formTrigger', 'n8n-nodes-base.webhook']);
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function jsonFiles(dir, suffix = '.json') {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith(suffix))
		.sort()
		.map((name) => path.join(dir, name));
}

/** The workflow files to import, in a stable order. */
export function workflowFiles(cfg) {
	const templates = jsonFiles(cfg.workflowsDir);
	const files =
		templates.length > 0 ? templates : jsonFiles(cfg.smokeWorkflowsDir, '.workflow.json');
	const extra = (process.env.MENTORSHIP_EXTRA_WORKFLOWS ?? '')
		.split(path.delimiter)
		.filter(Boolean)
		.flatMap((dir) => jsonFiles(path.resolve(cfg.repoDir, dir)));
	return { files: [...new Set([...files, ...extra])], usingSmoke: templates.length === 0 };
}

/** A 16-character id like n8n's own, derived from the file name so it never changes. */
export function stableWorkflowId(file) {
	const digest = crypto
		.createHash('sha256')
		.update(`n8n-nodes-mentorship:${path.basename(file)}`)
		.digest();
	return Array.from(digest.subarray(0, 16), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join(
		'',
	);
}

/** Readable names for the placeholder credentials of services the local n8n cannot reach. */
const SERVICE_NAMES = {
	slackApi: 'Slack',
	slackOAuth2Api: 'Slack',
	microsoftTeamsOAuth2Api: 'Microsoft Teams',
	bambooHrApi: 'BambooHR',
	httpHeaderAuth: 'Webhook header auth',
	httpBasicAuth: 'Program team forms login',
	personioApi: 'Personio',
	mentorshipLinkSecretApi: 'Mentorship link secret',
	hiBobApi: 'HiBob',
	gmailOAuth2: 'Gmail',
	microsoftOutlookOAuth2Api: 'Outlook',
};

/** The local demo's link secret (never for a real program: anyone with the repository knows it). */
const LOCAL_LINK_SECRET = 'local-demo-only-link-secret-0f3a9c2e7b41d856';

/**
 * A credential that only lets n8n publish a template whose Slack, Teams or HRIS account is
 * not connected (n8n refuses to publish a workflow with a node lacking its credential).
 * Its values are fake: a node that really uses it fails until the user puts in their own.
 */
export function placeholderCredential(type) {
	if (type === 'httpBasicAuth') {
		// A working login, printed on the console: the form it guards runs matching.
		return {
			id: 'placeholder-httpBasicAuth',
			name: SERVICE_NAMES.httpBasicAuth,
			type,
			data: { user: FORM_LOGIN.user, password: FORM_LOGIN.password },
		};
	}
	if (type === 'mentorshipLinkSecretApi') {
		// A working secret, so the demo's check-in links open: the server listens on 127.0.0.1 only.
		return {
			id: 'placeholder-mentorshipLinkSecretApi',
			name: 'Mentorship link secret (local demo only)',
			type,
			data: { secret: LOCAL_LINK_SECRET },
		};
	}
	return {
		id: `placeholder-${type}`.slice(0, 36),
		name: `${SERVICE_NAMES[type] ?? type} (placeholder: connect your own)`,
		type,
		data:
			type === 'httpHeaderAuth' ? { name: 'X-Mentorship-Token', value: 'local-demo-token' } : {},
	};
}

/** The address the templates use for this n8n's own forms until the user puts in theirs. */
const TEMPLATE_BASE_URL = 'https://n8n.example.com';
/** No HR system is reachable from a local demo: templates with a choice run on the roster alone. */
const LOCAL_HR_SYSTEM = 'None';

/** Every string in a node's parameters with the template's example address made this server's. */
function withBaseUrl(value, baseUrl) {
	if (typeof value === 'string') return value.split(TEMPLATE_BASE_URL).join(baseUrl);
	if (Array.isArray(value)) return value.map((entry) => withBaseUrl(entry, baseUrl));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [key, withBaseUrl(entry, baseUrl)]),
		);
	return value;
}

/**
 * Sets the template's *Claims in Postgres?* choice (Reminders, Surveys): `dataTable` for one
 * n8n process, `postgres` for queue mode (npm run start:queue), where only the Postgres claim
 * is atomic.
 */
function chooseClaimStore(workflow, store) {
	// Every such choice: *Claims in Postgres?*, and the Surveys' *Alert Claims in Postgres?*.
	for (const choice of workflow.nodes ?? []) {
		if (!choice.name.endsWith('Claims in Postgres?')) continue;
		const condition = choice.parameters?.conditions?.conditions?.[0];
		if (condition) condition.leftValue = store;
	}
}

/** Sets the value of the template's *HR System* node, when it has one. */
function chooseHrSystem(workflow, system) {
	const choice = (workflow.nodes ?? []).find((node) => node.name === 'HR System');
	const assignment = choice?.parameters?.assignments?.assignments?.find(
		(entry) => entry.name === 'hrSystem',
	);
	if (assignment) assignment.value = system;
}

/**
 * The copy of a workflow that gets imported. With `baseUrl`, links the templates build to
 * their own forms point at this server, and the HR System choice is None. Seat limits live in
 * the program records (seed.mjs), which make room for the sample people. With `claimStore`
 * (`postgres` in queue mode), the Reminders and Surveys templates claim there.
 */
export function prepareWorkflow(file, { baseUrl, claimStore } = {}) {
	const workflow = JSON.parse(fs.readFileSync(file, 'utf8'));
	if (!workflow.id) workflow.id = stableWorkflowId(file);
	if (baseUrl) {
		workflow.nodes = (workflow.nodes ?? []).map((node) => ({
			...node,
			parameters: withBaseUrl(node.parameters, baseUrl),
		}));
		chooseHrSystem(workflow, LOCAL_HR_SYSTEM);
	}
	if (claimStore) chooseClaimStore(workflow, claimStore);
	// Imported unpublished; npm start publishes through the REST API afterwards.
	workflow.active = false;
	for (const node of workflow.nodes ?? []) {
		for (const [type, ref] of Object.entries(node.credentials ?? {})) {
			if (type === 'smtp')
				node.credentials.smtp = { id: SMTP_CREDENTIAL.id, name: SMTP_CREDENTIAL.name };
			else if (!ref?.id) {
				const { id, name } = placeholderCredential(type);
				node.credentials[type] = { id, name };
			}
		}
		const table = node.parameters?.dataTableId;
		if (table && typeof table === 'object' && table.mode !== 'name' && table.cachedResultName) {
			node.parameters.dataTableId = { __rl: true, mode: 'name', value: table.cachedResultName };
		}
	}
	return workflow;
}

/** Credential types the prepared workflows got placeholders for. */
export function placeholderTypes(workflows) {
	const types = new Set();
	for (const workflow of workflows) {
		for (const node of workflow.nodes ?? []) {
			for (const [type, ref] of Object.entries(node.credentials ?? {})) {
				if (ref?.id === placeholderCredential(type).id) types.add(type);
			}
		}
	}
	return [...types].sort();
}

/** Whether the workflow should be published: it has a schedule, form or webhook trigger. */
export function publishKind(workflow) {
	const types = (workflow.nodes ?? []).filter((node) => !node.disabled).map((node) => node.type);
	if (types.some((type) => SCHEDULE_TRIGGERS.has(type))) return 'schedule';
	if (types.some((type) => URL_TRIGGERS.has(type))) return 'url';
	return undefined;
}

const DATA_TABLE_NODE = 'n8n-nodes-base.dataTable';
/** Column types of n8n's resource mapper to Data Table column types. */
const COLUMN_TYPES = {
	string: 'string',
	number: 'number',
	boolean: 'boolean',
	dateTime: 'date',
	date: 'date',
};

/**
 * The Data Tables the workflows use, by name, with the columns their Data Table nodes
 * write or filter on (types from the node's column schema, string when it has none).
 */
export function dataTablesUsed(workflows) {
	const tables = new Map();
	for (const workflow of workflows) {
		for (const node of workflow.nodes ?? []) {
			if (node.type !== DATA_TABLE_NODE) continue;
			const ref = node.parameters?.dataTableId;
			if (!ref || ref.mode !== 'name' || typeof ref.value !== 'string' || ref.value.startsWith('='))
				continue;
			const columns = tables.get(ref.value) ?? new Map();
			tables.set(ref.value, columns);
			const mapper = node.parameters.columns ?? {};
			for (const column of mapper.schema ?? []) {
				if (column.removed) continue;
				columns.set(column.id, COLUMN_TYPES[column.type] ?? 'string');
			}
			for (const name of Object.keys(mapper.value ?? {}))
				if (!columns.has(name)) columns.set(name, 'string');
			for (const condition of node.parameters.filters?.conditions ?? []) {
				if (condition.keyName && !columns.has(condition.keyName))
					columns.set(condition.keyName, 'string');
			}
		}
	}
	// Data Tables have their own id, createdAt and updatedAt columns.
	for (const columns of tables.values())
		for (const system of ['id', 'createdAt', 'updatedAt']) columns.delete(system);
	return [...tables].map(([name, columns]) => ({
		name,
		columns: [...columns].map(([column, type]) => ({ name: column, type })),
	}));
}

/** The production address of every form the published workflows serve. */
export function formsOf(workflows, baseUrl) {
	return workflows.flatMap((workflow) =>
		(workflow.nodes ?? [])
			.filter((node) => node.type === 'n8n-nodes-base.formTrigger' && !node.disabled)
			.map((node) => ({
				workflow: workflow.name,
				node: node.name,
				url: `${baseUrl}/form/${node.parameters?.options?.path ?? node.webhookId}`,
			})),
	);
}
