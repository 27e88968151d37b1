// n8n's community-node rules (with n8n Cloud support) apply to everything n8n's
// community-package scanner reads: package.json, nodes/ and credentials/. Tests,
// benchmarks and scripts run only on developer machines and CI, where files, paths
// and child processes are fine, so the n8n-specific rules are switched off there and
// the plain TypeScript rules remain.
import { config } from '@n8n/node-cli/eslint';

const devOnly = ['test/**/*.ts', 'benchmarks/**/*.ts', 'scripts/**'];

const n8nRulesOff = Object.fromEntries(
	config
		.flatMap((block) => Object.keys(block.rules ?? {}))
		.filter((rule) => rule.startsWith('@n8n/community-nodes/') || rule.startsWith('n8n-nodes-base/'))
		.map((rule) => [rule, 'off']),
);

export default [
	...config,
	{
		files: devOnly,
		rules: {
			...n8nRulesOff,
			'@typescript-eslint/no-require-imports': 'off',
			'no-console': 'off',
		},
	},
	{ ignores: ['benchmarks/out/**', 'coverage/**', 'test-output/**'] },
];
