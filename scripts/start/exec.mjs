/** Child processes for `npm start`: quiet by default, output kept for the error message. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** The npm that runs us (npm start sets npm_execpath), else the one on PATH. */
export function npmCommand(nodeBin = process.execPath) {
	const cli = process.env.npm_execpath;
	if (cli && /npm-cli\.js$/.test(cli) && fs.existsSync(cli))
		return { command: nodeBin, prefix: [cli] };
	return { command: 'npm', prefix: [] };
}

/**
 * The environment without what `npm start` adds for its own script: the package's fields,
 * the lifecycle, and the project folder (npm_config_local_prefix would make a child npm
 * work on this repository instead of the folder it runs in).
 */
export function childEnv(env = process.env) {
	return Object.fromEntries(
		Object.entries(env).filter(
			([key]) =>
				!key.startsWith('npm_package_') &&
				!key.startsWith('npm_lifecycle_') &&
				key !== 'npm_config_local_prefix',
		),
	);
}

/**
 * Runs a command to completion and resolves with its output; rejects with the last
 * lines of output when it fails, so the console says why.
 */
export function run(command, args, { cwd, env, logFile, input } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env: childEnv(env),
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const chunks = [];
		const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : undefined;
		const collect = (chunk) => {
			chunks.push(chunk);
			log?.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			log?.end();
			const output = Buffer.concat(chunks).toString('utf8');
			if (code === 0) return resolve(output);
			const tail = output.trim().split('\n').slice(-25).join('\n');
			reject(
				new Error(
					`"${[command, ...args].join(' ')}" failed (${signal ?? `exit ${code}`}):\n${tail}`,
				),
			);
		});
		// A command that does not read its input (node --version) may be gone before we close it.
		child.stdin.on('error', () => {});
		child.stdin.end(input ?? '');
	});
}

/** Runs npm with the given arguments, under the given Node.js binary. */
export function runNpm(args, options = {}) {
	const { command, prefix } = npmCommand(options.nodeBin);
	return run(command, [...prefix, ...args], options);
}
