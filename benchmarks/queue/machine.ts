import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The machine, stated beside every figure: the machine is shared, so its load is part of the result. */
export function machine(): { cores: number; memoryGiB: number; node: string } {
	return {
		cores: os.cpus().length,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
	};
}

/** Samples the load average (1 min) every few seconds while a part runs. */
export class LoadSampler {
	private samples: number[] = [];
	private readonly timer: NodeJS.Timeout;

	constructor(everyMs = 5000) {
		this.samples.push(os.loadavg()[0]);
		this.timer = setInterval(() => this.samples.push(os.loadavg()[0]), everyMs);
		this.timer.unref();
	}

	/** `min to max` of the samples, e.g. "1.2 to 3.4", and stops sampling. */
	stop(): string {
		clearInterval(this.timer);
		this.samples.push(os.loadavg()[0]);
		const min = Math.min(...this.samples);
		const max = Math.max(...this.samples);
		return `${min.toFixed(1)} to ${max.toFixed(1)}`;
	}
}

/**
 * Peak resident memory of the n8n processes of one set-up (main and workers), found by
 * their N8N_USER_FOLDER, sampled every few seconds from /proc (Linux only; none elsewhere).
 */
export class MemorySampler {
	private peak = new Map<number, { name: string; kib: number }>();
	private readonly timer: NodeJS.Timeout;

	constructor(
		private readonly userFolder: string,
		everyMs = 3000,
	) {
		this.sample();
		this.timer = setInterval(() => this.sample(), everyMs);
		this.timer.unref();
	}

	private sample(): void {
		let pids: string[] = [];
		try {
			pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
		} catch {
			return;
		}
		for (const pid of pids) {
			try {
				const environ = readFileSync(path.join('/proc', pid, 'environ'), 'utf8');
				if (!environ.includes(`N8N_USER_FOLDER=${this.userFolder}\0`)) continue;
				const cmdline = readFileSync(path.join('/proc', pid, 'cmdline'), 'utf8').split('\0');
				if (!cmdline.some((part) => part.endsWith(path.join('n8n', 'bin', 'n8n')))) continue;
				const status = readFileSync(path.join('/proc', pid, 'status'), 'utf8');
				const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
				const name = cmdline.includes('worker') ? 'worker' : 'main';
				const seen = this.peak.get(Number(pid));
				if (!seen || seen.kib < kib) this.peak.set(Number(pid), { name, kib });
			} catch {
				// The process ended between the listing and the read, or is not ours to read.
			}
		}
	}

	/** E.g. "main 610 MB, worker 480 MB, worker 230 MB", and stops sampling. */
	stop(): string {
		clearInterval(this.timer);
		this.sample();
		return [...this.peak.values()]
			.sort((a, b) => (a.name === b.name ? b.kib - a.kib : a.name === 'main' ? -1 : 1))
			.map(({ name, kib }) => `${name} ${Math.round(kib / 1024)} MB`)
			.join(', ');
	}
}
