#!/usr/bin/env node
/**
 * A mail catcher for the local n8n: an SMTP server on 127.0.0.1 that accepts every message
 * (any sender, any recipient, with or without login) and writes it unchanged as an .eml file,
 * plus a small HTTP page on 127.0.0.1 that lists the messages and shows each one.
 *
 *   node scripts/mail-catcher [--dir .n8n-local/mail] [--smtp-port 1025] [--http-port 8025]
 *
 * `npm start` runs it in-process through {@link startMailCatcher}. HTTP routes:
 *   GET /                       the list, newest first
 *   GET /messages/<file>        one message: headers, text and HTML body
 *   GET /messages/<file>.eml    the raw message
 *   GET /api/messages           the list as JSON, oldest first, with parsed from, to,
 *                               subject, text and html (what the end-to-end tests read)
 *   DELETE /api/messages        deletes every message
 *   POST /api/outage?on=1       refuses every message with a temporary failure (451) until
 *                               POST /api/outage?on=0: a mail server having a bad hour, for
 *                               the end-to-end tests of delivery; GET /api/outage tells how
 *                               many messages were refused
 *
 * Uses the dev dependencies smtp-server and mailparser; nothing leaves the machine.
 */
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const HOST = '127.0.0.1';
/** Largest message accepted (KPI reports carry a CSV attachment). */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function escapeHtml(value) {
	return String(value ?? '').replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);
}

/** File names sort in arrival order: ISO time plus a counter for messages in the same millisecond. */
function messageFileName(sequence) {
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	return `${stamp}-${String(sequence).padStart(5, '0')}.eml`;
}

function listFiles(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.eml'))
		.sort();
}

function addressText(value) {
	return value && value.text ? value.text : '';
}

async function parseFile(dir, file) {
	const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)));
	return {
		file,
		date: parsed.date ? parsed.date.toISOString() : null,
		from: addressText(parsed.from),
		to: addressText(parsed.to),
		cc: addressText(parsed.cc),
		subject: parsed.subject ?? '',
		text: parsed.text ?? '',
		html: typeof parsed.html === 'string' ? parsed.html : '',
		attachments: (parsed.attachments ?? []).map((a) => ({
			filename: a.filename,
			contentType: a.contentType,
			size: a.size,
		})),
	};
}

function page(title, body) {
	return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}
iframe{width:100%;height:40rem;border:1px solid #ddd}</style></head><body>${body}</body></html>`;
}

async function handle(dir, req, res, outage) {
	const url = new URL(req.url, `http://${HOST}`);
	const send = (status, type, body) => {
		res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
		res.end(body);
	};
	if (url.pathname === '/api/outage') {
		if (req.method === 'POST') outage.on = url.searchParams.get('on') === '1';
		return send(200, 'application/json', JSON.stringify(outage));
	}
	const files = listFiles(dir);
	if (url.pathname === '/api/messages' && req.method === 'DELETE') {
		for (const file of files) fs.rmSync(path.join(dir, file), { force: true });
		return send(200, 'application/json', JSON.stringify({ deleted: files.length }));
	}
	if (url.pathname === '/api/messages') {
		const messages = await Promise.all(files.map((file) => parseFile(dir, file)));
		return send(200, 'application/json', JSON.stringify(messages));
	}
	const match = /^\/messages\/([\w.-]+?)(\.eml)?$/.exec(url.pathname);
	if (match) {
		const file = `${match[1].replace(/\.eml$/, '')}.eml`;
		if (!files.includes(file)) return send(404, 'text/plain', 'No such message');
		if (match[2]) return send(200, 'message/rfc822', fs.readFileSync(path.join(dir, file)));
		const m = await parseFile(dir, file);
		const html = m.html
			? `<h2>HTML</h2><iframe sandbox srcdoc="${escapeHtml(m.html)}"></iframe>`
			: '';
		const attachments = m.attachments.length
			? `<p>Attachments: ${m.attachments.map((a) => `${escapeHtml(a.filename)} (${escapeHtml(a.contentType)}, ${a.size} bytes)`).join(', ')}</p>`
			: '';
		return send(
			200,
			'text/html; charset=utf-8',
			page(
				m.subject,
				`<p><a href="/">&larr; all messages</a> &middot; <a href="/messages/${escapeHtml(file)}">raw .eml</a></p>
<h1>${escapeHtml(m.subject)}</h1><p>From: ${escapeHtml(m.from)}<br>To: ${escapeHtml(m.to)}${m.cc ? `<br>Cc: ${escapeHtml(m.cc)}` : ''}<br>Date: ${escapeHtml(m.date)}</p>
${attachments}<h2>Text</h2><pre>${escapeHtml(m.text)}</pre>${html}`,
			),
		);
	}
	if (url.pathname === '/') {
		const messages = await Promise.all(files.map((file) => parseFile(dir, file)));
		const rows = messages
			.reverse()
			.map(
				(m) =>
					`<tr><td>${escapeHtml(m.date)}</td><td>${escapeHtml(m.from)}</td><td>${escapeHtml(m.to)}</td><td><a href="/messages/${escapeHtml(m.file.replace(/\.eml$/, ''))}">${escapeHtml(m.subject || '(no subject)')}</a></td></tr>`,
			)
			.join('');
		return send(
			200,
			'text/html; charset=utf-8',
			page(
				'Mail catcher',
				`<h1>Mail catcher</h1><p>${messages.length} message(s) in <code>${escapeHtml(dir)}</code>. Reload to refresh.</p>
<table><tr><th>Date</th><th>From</th><th>To</th><th>Subject</th></tr>${rows}</table>`,
			),
		);
	}
	return send(404, 'text/plain', 'Not found');
}

/**
 * Starts the SMTP server and the HTTP page; resolves once both listen.
 *
 * @example
 *   const catcher = await startMailCatcher({ dir: '.n8n-local/mail', smtpPort: 1025, httpPort: 8025 });
 *   // ... later
 *   await catcher.close();
 */
async function startMailCatcher({
	dir,
	smtpPort = 1025,
	httpPort = 8025,
	host = HOST,
	onMessage,
} = {}) {
	if (!dir) throw new Error('startMailCatcher needs a dir');
	fs.mkdirSync(dir, { recursive: true });
	let sequence = 0;
	const outage = { on: false, refused: 0 };
	const smtp = new SMTPServer({
		secure: false,
		disabledCommands: ['STARTTLS'],
		authOptional: true,
		allowInsecureAuth: true,
		size: MAX_MESSAGE_BYTES,
		banner: 'n8n-nodes-mentorship mail catcher',
		logger: false,
		onAuth(auth, session, callback) {
			callback(null, { user: auth.username || 'local' });
		},
		onData(stream, session, callback) {
			const chunks = [];
			stream.on('data', (chunk) => chunks.push(chunk));
			stream.on('end', () => {
				if (stream.sizeExceeded)
					return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
				if (outage.on) {
					outage.refused += 1;
					return callback(Object.assign(new Error('Service not available, try again later'), { responseCode: 451 }));
				}
				sequence += 1;
				const file = messageFileName(sequence);
				const tmp = path.join(dir, `.${file}.tmp`);
				// Write then rename, so that a reader never sees half a message.
				fs.writeFileSync(tmp, Buffer.concat(chunks));
				fs.renameSync(tmp, path.join(dir, file));
				if (onMessage) onMessage(file);
				callback();
			});
		},
	});
	const web = http.createServer((req, res) => {
		handle(dir, req, res, outage).catch((error) => {
			res.writeHead(500, { 'content-type': 'text/plain' });
			res.end(String(error && error.message));
		});
	});
	const listen = (server, port) =>
		new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, host, () => {
				server.removeListener('error', reject);
				resolve();
			});
		});
	smtp.on('error', () => {
		/* a client that disconnects mid-session must not stop the catcher */
	});
	await listen(smtp.server, smtpPort);
	try {
		await listen(web, httpPort);
	} catch (error) {
		await new Promise((resolve) => smtp.close(resolve));
		throw error;
	}
	return {
		dir,
		smtpPort,
		httpPort,
		url: `http://${host}:${httpPort}`,
		close: () =>
			Promise.all([
				new Promise((resolve) => smtp.close(resolve)),
				new Promise((resolve) => {
					web.closeAllConnections?.();
					web.close(() => resolve());
				}),
			]).then(() => undefined),
	};
}

module.exports = { startMailCatcher };

if (require.main === module) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const index = args.indexOf(name);
		return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
	};
	const dir = path.resolve(option('--dir', path.join(__dirname, '..', '..', '.n8n-local', 'mail')));
	startMailCatcher({
		dir,
		smtpPort: Number(option('--smtp-port', '1025')),
		httpPort: Number(option('--http-port', '8025')),
		onMessage: (file) => process.stdout.write(`mail: ${file}\n`),
	}).then(
		(catcher) =>
			process.stdout.write(
				`SMTP on ${HOST}:${catcher.smtpPort}, messages at ${catcher.url}, files in ${dir}\n`,
			),
		(error) => {
			process.stderr.write(`${error.message}\n`);
			process.exit(1);
		},
	);
}
