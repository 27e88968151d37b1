/**
 * End-to-end tests (`npm run test:e2e`): a real n8n started by `npm start` in a temporary
 * state folder, driven over HTTP. Slow (minutes; the first run on a machine installs n8n),
 * so they are not part of `npm test`. One worker: each suite starts its own server.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	maxWorkers: 1,
	// A first run on a fresh machine installs Node.js 24 and n8n before the server starts.
	testTimeout: 15 * 60 * 1000,
};
