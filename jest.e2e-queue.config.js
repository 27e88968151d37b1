/**
 * End-to-end tests against n8n in queue mode (`npm run test:e2e:queue`): `npm run start:queue`
 * (Postgres, Redis, the main process and two workers) in a temporary state folder. The
 * whole-program suite of test/e2e runs unchanged there (test/e2e-queue/queueMode.ts makes its
 * server the queue set-up), besides the exactly-once suites of test/e2e-queue.
 */
const base = require('./jest.e2e.config.js');

module.exports = {
	...base,
	roots: ['<rootDir>/test/e2e', '<rootDir>/test/e2e-queue'],
	testMatch: ['**/test/e2e/program.e2e.test.ts', '**/test/e2e-queue/**/*.e2e-queue.test.ts'],
	setupFiles: ['<rootDir>/test/e2e-queue/queueMode.ts'],
};
