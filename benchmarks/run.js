#!/usr/bin/env node
// Runs every benchmarks/*.bench.js in its own process (so peak memory is per benchmark)
// and prints their results. Usage: npm run bench [-- name-filter]
// `npm run bench -- queue` runs instead the opt-in benchmarks of benchmarks/queue/, which
// start real n8n servers (regular and queue mode) and take many minutes (see the queue-mode
// section of benchmarks/RESULTS.md).
const { spawnSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const path = require('node:path');

const filter = process.argv[2] ?? '';
const folder = filter === 'queue' ? path.join('benchmarks', 'queue') : 'benchmarks';
const files = readdirSync(path.join(__dirname, 'out', folder))
	.filter((file) => file.endsWith('.bench.js') && (filter === 'queue' || file.includes(filter)))
	.sort();
let failed = 0;
for (const file of files) {
	console.log(`\n# ${file}`);
	const run = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'out', folder, file)], { stdio: 'inherit' });
	if (run.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
