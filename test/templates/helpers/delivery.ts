import type { WorkflowJson } from '../../harness/runWorkflow';

/**
 * A copy of a template whose send nodes wait 1 ms between tries instead of seconds.
 * n8n's retry waits are real time (the engine sleeps); the number of tries, the
 * error outputs and everything else stay as the user imports them.
 *
 * @example const workflow = withQuickRetries(loadTemplate('mentorship-reminders.json'));
 */
export function withQuickRetries<T extends WorkflowJson>(template: T): T {
	const copy = structuredClone(template);
	for (const node of copy.nodes) if (node.retryOnFail) node.waitBetweenTries = 1;
	return copy;
}

/** The ISO time `hours` after `iso`, in UTC, as a schedule trigger gives it. */
export function hoursAfter(iso: string, hours: number): string {
	return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}
