import Module from 'node:module';
import path from 'node:path';

/** What `npm run start:queue` asks of scripts/start/templates.mjs. */
interface StartTemplates {
	prepareWorkflow: (file: string, options?: { baseUrl?: string; claimStore?: string }) => Workflow;
}
interface Workflow {
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
}

// ES modules run by Node.js itself; Jest's module system cannot load them, Node's loader can.
const load = (Module as unknown as { _load: (request: string) => unknown })._load;
const start = load(path.resolve('scripts/start/templates.mjs')) as StartTemplates;

const file = (name: string) => path.resolve('workflows', name);
/** The value a claim choice (an If node, *Claims in Postgres?* by default) compares with `postgres`. */
const claimStoreOf = (workflow: Workflow, choice = 'Claims in Postgres?') =>
	(
		workflow.nodes.find((node) => node.name === choice)!.parameters as {
			conditions: { conditions: Array<{ leftValue: string; rightValue: string }> };
		}
	).conditions.conditions[0];

describe('the claim choice of the Reminders and Surveys templates', () => {
	for (const template of ['mentorship-reminders.json', 'mentorship-surveys.json']) {
		describe(template, () => {
			it('claims in a Data Table as the template ships (one n8n process)', () => {
				const condition = claimStoreOf(start.prepareWorkflow(file(template)));
				expect([condition.leftValue, condition.rightValue]).toEqual(['dataTable', 'postgres']);
			});

			it('claims in Postgres in the copy npm run start:queue imports', () => {
				const condition = claimStoreOf(start.prepareWorkflow(file(template), { claimStore: 'postgres' }));
				expect([condition.leftValue, condition.rightValue]).toEqual(['postgres', 'postgres']);
			});
		});
	}
});

describe('the alert claim choice of the templates that alert on an at-risk answer', () => {
	for (const template of [
		'mentorship-surveys.json',
		'mentorship-session-feedback.json',
		'mentorship-end-of-program.json',
	]) {
		describe(template, () => {
			it('claims the alert in a Data Table as the template ships (one n8n process)', () => {
				const condition = claimStoreOf(start.prepareWorkflow(file(template)), 'Alert Claims in Postgres?');
				expect([condition.leftValue, condition.rightValue]).toEqual(['dataTable', 'postgres']);
			});

			it('claims the alert in Postgres in the copy npm run start:queue imports', () => {
				const condition = claimStoreOf(
					start.prepareWorkflow(file(template), { claimStore: 'postgres' }),
					'Alert Claims in Postgres?',
				);
				expect([condition.leftValue, condition.rightValue]).toEqual(['postgres', 'postgres']);
			});
		});
	}
});
