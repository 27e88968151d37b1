#!/usr/bin/env node
/**
 * `npm run reset`: removes the local n8n of `npm start` and `npm run start:queue` (the
 * git-ignored .n8n-local/ folder: Node.js 24, n8n, database, credentials, mail, and queue mode's
 * Postgres cluster and Redis folder). The next start installs from scratch.
 *
 *   npm run reset                  remove everything
 *   npm run reset -- --keep-n8n    keep the installed Node.js and n8n (.n8n-local/node, .n8n-local/n8n)
 *                                  and the packed package, remove only the data: the next start takes
 *                                  about a minute
 *
 * Honours MENTORSHIP_STATE_DIR like `npm start`. Stop `npm start` / `npm run start:queue` first.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const repoDir = path.resolve(__dirname, '..');
const stateDir = path.resolve(process.env.MENTORSHIP_STATE_DIR || path.join(repoDir, '.n8n-local'));
const keepRuntime = process.argv.includes('--keep-n8n');

if (
	stateDir === repoDir ||
	stateDir === path.parse(stateDir).root ||
	repoDir.startsWith(`${stateDir}${path.sep}`)
) {
	process.stderr.write(`Refusing to remove ${stateDir}: it is not a state folder\n`);
	process.exit(1);
}
if (!fs.existsSync(stateDir)) {
	process.stdout.write(`Nothing to remove: ${stateDir} does not exist\n`);
	process.exit(0);
}
// The installs and caches of the runtime folder (config.mjs); everything else is data.
const keep = keepRuntime ? new Set(['node', 'n8n', 'package', 'compile-cache']) : new Set();
for (const entry of fs.readdirSync(stateDir)) {
	if (!keep.has(entry)) fs.rmSync(path.join(stateDir, entry), { recursive: true, force: true });
}
if (keep.size === 0) fs.rmSync(stateDir, { recursive: true, force: true });
process.stdout.write(
	`Removed ${keepRuntime ? 'the data in ' : ''}${stateDir}${keepRuntime ? ' (kept Node.js and n8n)' : ''}\n`,
);
