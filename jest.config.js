/**
 * Unit, node and template tests. `npm test` runs them with `--ci`, so a missing snapshot fails
 * instead of being written. The tests are type-checked by `npm run lint` (`tsc -p tsconfig.test.json`);
 * with `isolatedModules` in that tsconfig, ts-jest only transpiles each file.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// End-to-end tests start a real n8n and run only with `npm run test:e2e` and `npm run test:e2e:queue`.
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/e2e-queue/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	testTimeout: 60000,
};
