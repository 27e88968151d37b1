/**
 * Our package as n8n sees it in production: built, packed with `npm pack` and installed
 * with `npm install --omit=peer` into $N8N_USER_FOLDER/.n8n/nodes, where n8n loads
 * community packages under their own name (`n8n-nodes-mentorship.<node>`).
 *
 * It is rebuilt and reinstalled only when the sources changed: the fingerprint is a hash
 * of package.json, tsconfig.json and every file under nodes/, credentials/ and icons/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { runNpm } from './exec.mjs';
import { info, step } from './log.mjs';

const PACKAGE_NAME = 'n8n-nodes-mentorship';
const SOURCE_FOLDERS = ['nodes', 'credentials', 'icons'];
const SOURCE_FILES = ['package.json', 'tsconfig.json'];

function listFiles(dir) {
	if (!fs.existsSync(dir)) return [];
	const out = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listFiles(full));
		else if (entry.isFile()) out.push(full);
	}
	return out;
}

/** Hash of every source file that ends up in the packed package (names and contents). */
export function sourceFingerprint(repoDir) {
	const hash = crypto.createHash('sha256');
	const files = [
		...SOURCE_FILES.map((f) => path.join(repoDir, f)).filter((f) => fs.existsSync(f)),
		...SOURCE_FOLDERS.flatMap((d) => listFiles(path.join(repoDir, d))),
	].sort();
	for (const file of files) {
		hash.update(path.relative(repoDir, file));
		hash.update('\0');
		hash.update(fs.readFileSync(file));
		hash.update('\0');
	}
	return hash.digest('hex');
}

function installedDir(cfg) {
	return path.join(cfg.communityDir, 'node_modules', PACKAGE_NAME);
}

function readText(file) {
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
}

/**
 * Builds and packs the package when the sources changed since the last pack. The tarball is
 * kept in the runtime folder, so a throw-away instance (the end-to-end tests) reuses the one
 * `npm start` made instead of building again.
 */
async function ensureTarball(cfg, fingerprint) {
	const stampFile = path.join(cfg.packageDir, 'fingerprint.txt');
	const tarballFile = path.join(cfg.packageDir, 'tarball.txt');
	const previous = readText(tarballFile);
	if (readText(stampFile) === fingerprint && previous && fs.existsSync(previous)) return previous;
	fs.mkdirSync(cfg.packageDir, { recursive: true });
	fs.mkdirSync(cfg.logDir, { recursive: true });
	const logFile = path.join(cfg.logDir, 'package.log');
	await step('Building the package (npm run build)', () =>
		runNpm(['run', 'build'], { cwd: cfg.repoDir, logFile }),
	);
	const tarball = await step('Packing it (npm pack)', async () => {
		for (const old of fs.readdirSync(cfg.packageDir).filter((f) => f.endsWith('.tgz'))) {
			fs.rmSync(path.join(cfg.packageDir, old));
		}
		const output = await runNpm(['pack', '--json', '--pack-destination', cfg.packageDir], {
			cwd: cfg.repoDir,
			logFile,
		});
		const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
		return path.join(cfg.packageDir, path.basename(filename));
	});
	fs.writeFileSync(tarballFile, `${tarball}\n`);
	fs.writeFileSync(stampFile, `${fingerprint}\n`);
	return tarball;
}

/**
 * Builds, packs and installs the package into the community nodes folder when the sources
 * changed since the last install into this user folder. Resolves with true when it
 * (re)installed.
 */
export async function ensurePackage(cfg) {
	const fingerprint = sourceFingerprint(cfg.repoDir);
	const installedStamp = path.join(cfg.communityDir, '.mentorship-fingerprint');
	if (
		readText(installedStamp) === fingerprint &&
		fs.existsSync(path.join(installedDir(cfg), 'package.json'))
	) {
		info(`${PACKAGE_NAME}: sources unchanged since the last start, reusing the installed package`);
		return false;
	}
	info(
		`${PACKAGE_NAME}: ${readText(installedStamp) ? 'sources changed' : 'not installed yet'}, installing it from the working tree`,
	);
	const tarball = await ensureTarball(cfg, fingerprint);
	await step(
		`Installing ${path.basename(tarball)} as a community package (npm install --omit=peer)`,
		async () => {
			fs.mkdirSync(cfg.communityDir, { recursive: true });
			const manifest = path.join(cfg.communityDir, 'package.json');
			if (!fs.existsSync(manifest)) {
				fs.writeFileSync(
					manifest,
					JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
				);
			}
			// Same name and version as before with new contents: remove the old copy so npm
			// cannot decide that nothing changed.
			fs.rmSync(installedDir(cfg), { recursive: true, force: true });
			await runNpm(
				[
					'install',
					'--omit=peer',
					'--ignore-scripts',
					'--no-audit',
					'--no-fund',
					'--prefer-offline',
					tarball,
				],
				{
					cwd: cfg.communityDir,
					logFile: path.join(cfg.logDir, 'package.log'),
				},
			);
		},
	);
	fs.writeFileSync(installedStamp, `${fingerprint}\n`);
	return true;
}

/** Node type names n8n should register for our package, from package.json `n8n.nodes`. */
export function expectedNodeTypes(cfg) {
	const pkg = JSON.parse(fs.readFileSync(path.join(installedDir(cfg), 'package.json'), 'utf8'));
	return (pkg.n8n?.nodes ?? []).map((file) => {
		const className = path.basename(file).replace(/\.node\.js$/, '');
		return `${PACKAGE_NAME}.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
	});
}
