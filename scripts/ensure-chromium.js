#!/usr/bin/env node
/**
 * The browser test of `npm run test:e2e` drives Debian's Chromium (Playwright's own
 * browser download cannot reach its server from here). This installs it with apt-get
 * when it is missing and this user may; otherwise it says what to do and fails.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

const CHROMIUM = process.env.MENTORSHIP_CHROMIUM || '/usr/bin/chromium';

function aptGet(args) {
	execFileSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}

if (fs.existsSync(CHROMIUM)) process.exit(0);
if (process.env.MENTORSHIP_CHROMIUM) {
	console.error(`MENTORSHIP_CHROMIUM points at ${CHROMIUM}, which does not exist.`);
	process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
	console.error(
		`No Chromium at ${CHROMIUM}. Install Debian's (sudo apt-get install chromium) or set MENTORSHIP_CHROMIUM to another Chromium, then run the end-to-end tests again.`,
	);
	process.exit(1);
}
console.log(
	"[e2e] Installing Debian's Chromium for the browser test (apt-get install chromium) ...",
);
try {
	aptGet(['install', '-y', 'chromium']);
} catch {
	// A fresh machine may not have package lists yet.
	aptGet(['update']);
	aptGet(['install', '-y', 'chromium']);
}
if (!fs.existsSync(CHROMIUM)) {
	console.error(`apt-get finished but there is still no ${CHROMIUM}.`);
	process.exit(1);
}
