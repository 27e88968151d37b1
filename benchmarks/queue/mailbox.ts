import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The mail catcher's folder read directly: its /api/messages parses every message on every
 * call, which at 20,000 messages would load the very process (npm start's) whose n8n is
 * being measured. A file name is the arrival time plus a counter (scripts/mail-catcher).
 */
export interface Arrival {
	file: string;
	/** When the mail catcher wrote the message (ms since the epoch), from its file name. */
	at: number;
}

/** Message files in arrival order. */
export function messageFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.eml'))
		.sort();
}

/** `2026-12-03T15-30-00-123Z-00001.eml` -> its time. */
export function arrivalOf(file: string): Arrival {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(file);
	if (!match) throw new Error(`Not a mail catcher file name: ${file}`);
	const [, day, hours, minutes, seconds, ms] = match;
	return { file, at: Date.parse(`${day}T${hours}:${minutes}:${seconds}.${ms}Z`) };
}

/** The addresses of a message's To header, lower-cased (headers only; bodies are not parsed). */
export function recipientsOf(dir: string, file: string): string[] {
	const raw = readFileSync(path.join(dir, file), 'utf8');
	const headerEnd = raw.search(/\r?\n\r?\n/);
	// Folded header lines are joined before reading.
	const headers = raw.slice(0, headerEnd < 0 ? raw.length : headerEnd).replace(/\r?\n[ \t]+/g, ' ');
	const to = /^to:(.*)$/im.exec(headers)?.[1] ?? '';
	return to
		.split(',')
		.map((entry) => (/<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase())
		.filter(Boolean);
}

/** Polls the folder until `count` new messages are there (or the time is up); returns them. */
export async function waitForMessages(
	dir: string,
	before: ReadonlySet<string>,
	count: number,
	timeoutMs: number,
	/** Stops waiting early when this says the sender has finished (its run is over). */
	finished: () => Promise<boolean> = async () => false,
): Promise<string[]> {
	const deadline = Date.now() + timeoutMs;
	let fresh: string[] = [];
	let settledChecks = 0;
	for (;;) {
		fresh = messageFiles(dir).filter((file) => !before.has(file));
		if (fresh.length >= count || Date.now() > deadline) return fresh;
		// The run is over and nothing more came for two checks: what is missing will not come.
		if (await finished()) {
			settledChecks += 1;
			if (settledChecks > 2) return fresh;
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}
