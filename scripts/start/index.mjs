#!/usr/bin/env node
/**
 * `npm start`: a real n8n 2.x on http://127.0.0.1:5678 with this package installed as a
 * community package, the templates imported (schedule, form and webhook ones published),
 * their Data Tables created and filled with the sample organisation, an owner account, an
 * SMTP credential and a mail catcher. Everything lives in .n8n-local/ (see config.mjs);
 * `npm run reset` removes it. Stop with Ctrl+C.
 *
 * Set MENTORSHIP_VERBOSE=1 to see n8n's own output on the console (it always goes to
 * .n8n-local/logs/n8n.log).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { FORM_LOGIN, loadConfig, N8N_VERSION, OWNER, SMTP_CREDENTIAL } from './config.mjs';
import { elapsedSinceStart, info, step, warn } from './log.mjs';
import { ensurePackage, expectedNodeTypes } from './package.mjs';
import { N8nRest } from './rest.mjs';
import { ensureRuntime } from './runtime.mjs';
import { ensureDataTables, readSampleOrg } from './seed.mjs';
import { n8nCli, n8nEnv, startServer, stopServer, waitForServer } from './server.mjs';
import {
	dataTablesUsed,
	formsOf,
	placeholderCredential,
	placeholderTypes,
	prepareWorkflow,
	publishKind,
	workflowFiles,
} from './templates.mjs';

const requireFromRepo = createRequire(import.meta.url);
const PACKAGE_PREFIX = 'n8n-nodes-mentorship.';

/**
 * How n8n runs: `npm start` is one n8n process on SQLite; `npm run start:queue`
 * (scripts/start-queue/) brings Postgres, Redis and workers through the same hooks.
 */
export const SINGLE_PROCESS = {
	name: 'single process',
	command: 'npm start',
	/** setup.json records what is in the database: each mode has its own database. */
	setupFileName: 'setup.json',
	/** [port, what, environment variable] besides n8n's own. */
	ports: () => [],
	/** Starts what n8n needs before its first command; returns its environment and a stop. */
	startServices: async () => ({ env: {}, stop: async () => {} }),
	/** Starts more n8n processes once the main one is ready; returns them. */
	startWorkers: async () => [],
	/** The templates' claim choice (Reminders, Surveys); undefined keeps theirs. */
	claimStore: undefined,
	/** Real connection data for credential types the templates would otherwise get a placeholder for. */
	credentialData: () => ({}),
	summary: () => [],
};

/** Fails early, with the way out, when a port is taken (typically by another npm start). */
async function assertPortsFree(cfg, mode) {
	const ports = [
		[cfg.port, 'n8n', 'MENTORSHIP_PORT'],
		[cfg.smtpPort, 'SMTP (mail catcher)', 'MENTORSHIP_SMTP_PORT'],
		[cfg.mailPort, 'mail catcher page', 'MENTORSHIP_MAIL_PORT'],
		[cfg.brokerPort, 'n8n task runner broker', 'MENTORSHIP_BROKER_PORT'],
		...mode.ports(cfg),
	];
	for (const [port, what, variable] of ports) {
		await new Promise((resolve, reject) => {
			const probe = net.createServer();
			probe.once('error', (error) =>
				reject(
					error.code === 'EADDRINUSE'
						? new Error(
								`Port ${port} on ${cfg.host} (${what}) is in use: is npm start already running? Stop it, or choose another port with ${variable}.`,
							)
						: error,
				),
			);
			probe.listen(port, cfg.host, () => probe.close(resolve));
		});
	}
}

function readSetup(cfg) {
	try {
		return JSON.parse(fs.readFileSync(cfg.setupFile, 'utf8'));
	} catch {
		return {};
	}
}

function writeSetup(cfg, setup) {
	fs.writeFileSync(cfg.setupFile, `${JSON.stringify(setup, null, 2)}\n`);
}

function sha(value) {
	return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** bcrypt hash of the demo password, made with the bcryptjs that n8n itself uses. */
function ownerPasswordHash(cfg, setup) {
	if (setup.ownerPasswordHash && setup.ownerPassword === OWNER.password)
		return setup.ownerPasswordHash;
	const bcrypt = createRequire(path.join(cfg.n8nDir, 'node_modules', 'n8n', 'package.json'))(
		'bcryptjs',
	);
	setup.ownerPasswordHash = bcrypt.hashSync(OWNER.password, 10);
	setup.ownerPassword = OWNER.password;
	return setup.ownerPasswordHash;
}

/**
 * The SMTP credential for the mail catcher, and a placeholder for every other credential
 * the templates use (Slack, Teams, HRIS), so that they can be published.
 */
async function importCredentials(cfg, env, setup, workflows, realData = {}) {
	const smtp = {
		id: SMTP_CREDENTIAL.id,
		name: SMTP_CREDENTIAL.name,
		type: 'smtp',
		data: {
			user: '',
			password: '',
			host: cfg.host,
			port: cfg.smtpPort,
			secure: false,
			disableStartTls: true,
			hostName: '',
		},
	};
	const credentials = [
		smtp,
		...placeholderTypes(workflows.map((w) => w.workflow))
			.map(placeholderCredential)
			.map((credential) =>
				realData[credential.type] ? { ...credential, ...realData[credential.type] } : credential,
			),
	];
	const fingerprint = sha(credentials);
	if (setup.credentials === fingerprint) {
		info(`Credentials: ${credentials.length} created before, none changed`);
		return credentials;
	}
	await step(`Creating ${credentials.length} credential(s) (n8n import:credentials)`, async () => {
		const file = path.join(cfg.stateDir, 'import', 'credentials.json');
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
		try {
			await n8nCli(cfg, env, ['import:credentials', `--input=${file}`]);
		} finally {
			fs.rmSync(file, { force: true });
		}
	});
	for (const credential of credentials)
		info(`  credential "${credential.name}" (${credential.type})`);
	setup.credentials = fingerprint;
	return credentials;
}

function prepareWorkflows(cfg, claimStore) {
	const { files, usingSmoke } = workflowFiles(cfg);
	if (usingSmoke)
		info(
			'No templates in workflows/ yet: importing the smoke workflow from test/e2e/fixtures instead',
		);
	info(
		`Templates are adapted for this machine: form links point at ${cfg.baseUrl}, HR System is None (no HR system to reach; the roster is the org chart)`,
	);
	return files.map((file) => ({
		file,
		workflow: prepareWorkflow(file, { baseUrl: cfg.baseUrl, claimStore }),
	}));
}

async function importWorkflows(cfg, env, setup, workflows) {
	setup.workflows ??= {};
	const changed = workflows.filter(
		({ file, workflow }) =>
			setup.workflows[path.relative(cfg.repoDir, file)]?.hash !== sha(workflow),
	);
	if (changed.length === 0) {
		info(`Workflows: ${workflows.length} imported before, none changed`);
		return workflows;
	}
	await step(`Importing ${changed.length} workflow(s) (n8n import:workflow)`, async () => {
		const dir = path.join(cfg.stateDir, 'import', 'workflows');
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		for (const { workflow } of changed)
			fs.writeFileSync(path.join(dir, `${workflow.id}.json`), JSON.stringify(workflow, null, 2));
		await n8nCli(cfg, env, ['import:workflow', '--separate', `--input=${dir}`]);
		fs.rmSync(dir, { recursive: true, force: true });
	});
	for (const { file, workflow } of changed) {
		setup.workflows[path.relative(cfg.repoDir, file)] = { id: workflow.id, hash: sha(workflow) };
		info(`  imported "${workflow.name}" (${path.relative(cfg.repoDir, file)}) as ${workflow.id}`);
	}
	return workflows;
}

async function checkNodeTypes(cfg, rest) {
	const types = await rest.get('/types/nodes.json');
	const ours = [
		...new Set(types.map((type) => type.name).filter((name) => name.startsWith(PACKAGE_PREFIX))),
	].sort();
	const expected = expectedNodeTypes(cfg);
	if (ours.length === 0) {
		throw new Error(
			`n8n did not load any node of n8n-nodes-mentorship from ${cfg.communityDir}; see ${path.join(cfg.logDir, 'n8n.log')}`,
		);
	}
	if (ours.length < expected.length)
		warn(`n8n loaded ${ours.length} of ${expected.length} nodes of the package`);
	info(`n8n loaded our nodes: ${ours.join(', ')}`);
	return ours;
}

/** Publishes a workflow through the REST API, the way the editor's Publish button does. */
async function publish(rest, id) {
	const workflow = await rest.get(`/rest/workflows/${id}`);
	if (workflow.activeVersionId && workflow.activeVersionId === workflow.versionId)
		return 'already published';
	await rest.post(`/rest/workflows/${id}/activate`, { versionId: workflow.versionId });
	return 'published';
}

async function publishWorkflows(rest, workflows) {
	const results = [];
	for (const { workflow } of workflows) {
		const kind = publishKind(workflow);
		if (!kind) {
			results.push({ id: workflow.id, name: workflow.name, published: false });
			continue;
		}
		try {
			const outcome = await publish(rest, workflow.id);
			info(`Workflow "${workflow.name}": ${outcome} (${kind} trigger)`);
			results.push({ id: workflow.id, name: workflow.name, published: true });
		} catch (error) {
			// n8n refuses to publish a workflow with a node it finds misconfigured; the rest of
			// the program still works, so say which and carry on.
			warn(`Workflow "${workflow.name}" could not be published: ${error.message}`);
			results.push({
				id: workflow.id,
				name: workflow.name,
				published: false,
				error: error.message,
			});
		}
	}
	return results;
}

function printSummary(cfg, details, mode) {
	const line = '-'.repeat(72);
	const lines = [
		line,
		`n8n ${N8N_VERSION} with n8n-nodes-mentorship is running (ready after ${elapsedSinceStart()})`,
		'',
		`  Editor:        ${cfg.baseUrl}`,
		`  Owner login:   ${OWNER.email}  /  ${OWNER.password}`,
		`  Form login:    ${FORM_LOGIN.user}  /  ${FORM_LOGIN.password}   (the Run Matching Now and Program Setup forms)`,
		`  Mail catcher:  ${cfg.mailUrl}   (SMTP ${cfg.host}:${cfg.smtpPort})`,
		`  Mail folder:   ${cfg.mailDir}`,
		`  n8n log:       ${path.join(cfg.logDir, 'n8n.log')}`,
		...mode.summary(cfg),
		'',
		'  Workflows:',
		...details.workflows.map(
			(w) =>
				`    ${w.published ? '[published]' : '[draft]    '} ${w.name}  ${cfg.baseUrl}/workflow/${w.id}`,
		),
		'',
		'  Forms:',
		...details.forms.map((f) => `    ${f.node.padEnd(18)} ${f.url}`),
		'',
		'  Credentials:',
		...details.credentials.map((c) => `    ${c.name}`),
		...(details.tables.length
			? ['', '  Data Tables:', ...details.tables.map((t) => `    ${t.name} (${t.rows} rows)`)]
			: []),
		'',
		`  Stop with Ctrl+C; start again with ${mode.command}; remove everything with npm run reset.`,
		line,
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

/** `npm start` (mode SINGLE_PROCESS) and `npm run start:queue` (scripts/start-queue/). */
export async function startMentorship(mode = SINGLE_PROCESS) {
	const cfg = { ...loadConfig(), mode: mode.name };
	cfg.setupFile = path.join(cfg.stateDir, mode.setupFileName);
	info(
		`State folder: ${cfg.stateDir}${cfg.runtimeDir !== cfg.stateDir ? ` (n8n and Node.js from ${cfg.runtimeDir})` : ''}`,
	);
	for (const dir of [cfg.stateDir, cfg.logDir, cfg.mailDir, cfg.userFolder])
		fs.mkdirSync(dir, { recursive: true });
	fs.rmSync(path.join(cfg.stateDir, 'ready.json'), { force: true });

	await ensureRuntime(cfg);
	await ensurePackage(cfg);

	await assertPortsFree(cfg, mode);
	const setup = readSetup(cfg);
	const passwordHash = ownerPasswordHash(cfg, setup);
	writeSetup(cfg, setup);

	const { startMailCatcher } = requireFromRepo('../mail-catcher/index.js');
	const catcher = await startMailCatcher({
		dir: cfg.mailDir,
		smtpPort: cfg.smtpPort,
		httpPort: cfg.mailPort,
		host: cfg.host,
	});
	info(`Mail catcher: SMTP on ${cfg.host}:${cfg.smtpPort}, messages at ${catcher.url}`);

	let server;
	let services;
	let workers = [];
	let stopping = false;
	const shutdown = async (code) => {
		if (stopping) return;
		stopping = true;
		info(
			`Stopping n8n${mode === SINGLE_PROCESS ? '' : ', its workers, Postgres, Redis'} and the mail catcher ...`,
		);
		await Promise.all(workers.map((worker) => stopServer(worker)));
		if (server) await stopServer(server);
		await services?.stop();
		await catcher.close();
		process.exit(code);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void shutdown(0));
	// Whoever read our output may be gone (a test runner killed): stopping must go on regardless.
	for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
	// npm does not always pass a signal on to this script (kill <npm pid>); when the parent
	// goes away, stop n8n rather than leave it running alone.
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent) void shutdown(0);
	}, 2000).unref();

	try {
		services = await mode.startServices(cfg);
		const env = { ...n8nEnv(cfg, passwordHash), ...services.env };
		// Read once: the demo program's seats and the roster both depend on it.
		const samplePeople = cfg.sampleData ? readSampleOrg(cfg) : undefined;
		const workflows = prepareWorkflows(cfg, mode.claimStore);
		const credentials = await importCredentials(
			cfg,
			env,
			setup,
			workflows,
			mode.credentialData(cfg, services),
		);
		writeSetup(cfg, setup);
		await importWorkflows(cfg, env, setup, workflows);
		writeSetup(cfg, setup);

		server = startServer(cfg, env, { verbose: process.env.MENTORSHIP_VERBOSE === '1' });
		server.exited.then(({ code, signal }) => {
			if (!stopping) {
				warn(`n8n exited (${signal ?? `exit ${code}`}); see ${server.logFile}`);
				void shutdown(code || 1);
			}
		});
		await step(`Starting n8n on ${cfg.baseUrl}`, () => waitForServer(cfg, server));
		workers = await mode.startWorkers(cfg, env, {
			verbose: process.env.MENTORSHIP_VERBOSE === '1',
			onExit: (worker, { code, signal }) => {
				if (!stopping)
					warn(`${worker.name} exited (${signal ?? `exit ${code}`}); see ${worker.logFile}`);
			},
		});

		const rest = new N8nRest(cfg.baseUrl);
		await rest.login(OWNER.email, OWNER.password);
		const nodeTypes = await checkNodeTypes(cfg, rest);
		const tables = await ensureDataTables(
			cfg,
			rest,
			dataTablesUsed(workflows.map((w) => w.workflow)),
			samplePeople,
		);
		const published = await publishWorkflows(rest, workflows);

		const forms = formsOf(
			workflows
				.filter((w) => published.some((p) => p.id === w.workflow.id && p.published))
				.map((w) => w.workflow),
			cfg.baseUrl,
		);
		const details = { workflows: published, tables, credentials, forms };
		fs.writeFileSync(
			path.join(cfg.stateDir, 'ready.json'),
			JSON.stringify(
				{
					url: cfg.baseUrl,
					mode: mode.name,
					workers: workers.map((worker) => ({ name: worker.name, pid: worker.child.pid })),
					owner: { email: OWNER.email, password: OWNER.password },
					formLogin: FORM_LOGIN,
					mail: { url: cfg.mailUrl, dir: cfg.mailDir, smtpPort: cfg.smtpPort },
					nodeTypes,
					workflows: published,
					forms,
					dataTables: tables,
				},
				null,
				2,
			),
		);
		printSummary(cfg, details, mode);
		info(`Ready: ${cfg.baseUrl}`);
	} catch (error) {
		process.stderr.write(`[mentorship] FAILED: ${error.message}\n`);
		await shutdown(1);
	}
}

/** Runs a mode as this process's whole job, as `npm start` and `npm run start:queue` do. */
export function runAsScript(mode) {
	startMentorship(mode).catch((error) => {
		process.stderr.write(`[mentorship] FAILED: ${error.stack ?? error.message}\n`);
		process.exit(1);
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runAsScript(SINGLE_PROCESS);
