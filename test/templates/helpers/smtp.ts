import type { AddressInfo } from 'node:net';

import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the loopback SMTP server received it. */
export interface ReceivedMail {
	/** Envelope recipients (RCPT TO), lower-cased. */
	to: string[];
	from: string;
	parsed: ParsedMail;
}

/** A real SMTP server on 127.0.0.1 that keeps every message it receives. */
export interface LoopbackSmtp {
	port: number;
	messages: ReceivedMail[];
	/** The stock `smtp` credential pointing at this server. */
	credential: { host: string; port: number; secure: boolean; user: string; password: string; disableStartTls: boolean };
	/**
	 * While true, the server refuses every message with a temporary error (451), as a
	 * mail server that is down for maintenance does; nothing is kept.
	 */
	refusing: boolean;
	/**
	 * Addresses the server refuses with a temporary error (450 at RCPT TO), as a mailbox
	 * that is unavailable; mail to other addresses still goes through. Lower-case.
	 */
	refusedRecipients: Set<string>;
	/** Messages whose envelope includes the address. */
	to(address: string): ReceivedMail[];
	close(): Promise<void>;
}

/**
 * Starts an SMTP server on a free loopback port. Messages are parsed with
 * mailparser before the server answers 250, so a workflow that finished sending
 * has its messages in `messages`.
 *
 * @example
 * const smtp = await startSmtp();
 * await runWorkflow(wf, { credentials: { smtp: smtp.credential } });
 * smtp.to('ann@example.com')[0].parsed.subject;
 */
export async function startSmtp(): Promise<LoopbackSmtp> {
	const messages: ReceivedMail[] = [];
	const state = { refusing: false };
	const refusedRecipients = new Set<string>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
		onMailFrom: (_address, _session, callback) => {
			if (!state.refusing) return callback();
			const refusal = Object.assign(new Error('Mail service not available, try again later'), { responseCode: 451 });
			return callback(refusal);
		},
		onRcptTo: (address, _session, callback) => {
			if (!refusedRecipients.has(address.address.toLowerCase())) return callback();
			return callback(Object.assign(new Error('Mailbox unavailable, try again later'), { responseCode: 450 }));
		},
		onData: (stream, session, callback) => {
			simpleParser(stream)
				.then((parsed) => {
					messages.push({
						to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
						from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
						parsed,
					});
					callback();
				})
				.catch((error: Error) => callback(error));
		},
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		messages,
		get refusing() {
			return state.refusing;
		},
		set refusing(value: boolean) {
			state.refusing = value;
		},
		refusedRecipients,
		credential: { host: '127.0.0.1', port, secure: false, user: '', password: '', disableStartTls: true },
		to: (address) => messages.filter((message) => message.to.includes(address.toLowerCase())),
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
