/**
 * A small client for n8n's internal REST API (/rest), the one the editor uses: log in as the
 * owner, read node types, publish workflows, manage Data Tables. The session is n8n's
 * `n8n-auth` cookie; plain fetch, no dependencies.
 */

export class N8nRest {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
	}

	async request(method, path, body) {
		const response = await fetch(`${this.baseUrl}${path}`, {
			method,
			headers: {
				accept: 'application/json',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...(this.cookie ? { cookie: this.cookie } : {}),
				// n8n 2.x refuses state-changing browser requests without this header (CSRF guard).
				'browser-id': 'mentorship-npm-start',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(120000),
		});
		const setCookie = response.headers.getSetCookie?.() ?? [];
		const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth;
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		if (!response.ok) {
			const message = json?.message ?? text.slice(0, 300);
			const error = new Error(`${method} ${path} answered ${response.status}: ${message}`);
			error.status = response.status;
			throw error;
		}
		// Most internal endpoints wrap their answer in { data }.
		return json && typeof json === 'object' && 'data' in json ? json.data : json;
	}

	get(path) {
		return this.request('GET', path);
	}

	post(path, body) {
		return this.request('POST', path, body ?? {});
	}

	async login(email, password) {
		await this.post('/rest/login', { emailOrLdapLoginId: email, password });
	}
}
