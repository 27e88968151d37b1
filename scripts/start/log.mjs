/** Console progress for `npm start`: numbered steps with their duration, a heartbeat for long ones. */

const startedAt = Date.now();

function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Prints one line, prefixed so it stands out between n8n's own output. */
export function info(message) {
	process.stdout.write(`[mentorship] ${message}\n`);
}

export function warn(message) {
	process.stdout.write(`[mentorship] WARNING: ${message}\n`);
}

/**
 * Runs `work` as a named step: prints its start, a heartbeat every 15 s while it runs
 * (installs are quiet for minutes), and its duration when done.
 */
export async function step(title, work) {
	const began = Date.now();
	info(`${title} ...`);
	const heartbeat = setInterval(() => {
		info(
			`  ... still ${title.charAt(0).toLowerCase()}${title.slice(1)} (${seconds(Date.now() - began)})`,
		);
	}, 15000);
	try {
		const result = await work();
		info(`${title}: done in ${seconds(Date.now() - began)}`);
		return result;
	} finally {
		clearInterval(heartbeat);
	}
}

export function elapsedSinceStart() {
	return seconds(Date.now() - startedAt);
}
