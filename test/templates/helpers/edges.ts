import nock from 'nock';

/** One request that reached a mocked outside service. */
export interface EdgeCall {
	method: string;
	path: string;
	body: Record<string, unknown>;
	headers: Record<string, string | string[] | undefined>;
}

/** Requests recorded at the network edge, per service. */
export interface Edge {
	calls: EdgeCall[];
	/** Calls whose path matches. */
	to(path: string | RegExp): EdgeCall[];
}

function parseBody(body: unknown): Record<string, unknown> {
	if (typeof body === 'string') {
		try {
			return JSON.parse(body) as Record<string, unknown>;
		} catch {
			return Object.fromEntries(new URLSearchParams(body));
		}
	}
	return (body ?? {}) as Record<string, unknown>;
}

function recorder(): Edge & { record(method: string, path: string, body: unknown, headers: EdgeCall['headers']): void } {
	const calls: EdgeCall[] = [];
	return {
		calls,
		to: (path) => calls.filter((call) => (typeof path === 'string' ? call.path === path : path.test(call.path))),
		record: (method, path, body, headers) => calls.push({ method, path, body: parseBody(body), headers }),
	};
}

/**
 * Stops every request that would leave the machine, except to loopback (the SMTP
 * server of the test). Call in beforeEach; {@link closeEdges} in afterEach.
 *
 * @example beforeEach(() => isolateNetwork());
 */
export function isolateNetwork(): void {
	nock.disableNetConnect();
	nock.enableNetConnect('127.0.0.1');
}

/** Removes every interceptor and lets the network back in. */
export function closeEdges(): void {
	nock.cleanAll();
	nock.enableNetConnect();
}

/**
 * Slack's Web API: `chat.postMessage` answers like Slack does (`ok`, `channel`,
 * `ts`); `conversations.open`/`conversations.create`/`conversations.invite` open a
 * group DM or create a channel; `users.lookupByEmail` finds members in `directory`
 * (email to member ID). Every call is recorded; a POST for which `failPost` says so
 * answers 500 (Slack having a bad moment).
 *
 * @example const slack = mockSlack(); ...; slack.to('/api/chat.postMessage')
 */
export function mockSlack(directory: Record<string, string> = {}, options: { failPost?: (call: EdgeCall) => boolean } = {}): Edge {
	const edge = recorder();
	let sequence = 0;
	const scope = nock('https://slack.com');
	scope
		.persist()
		.get(/^\/api\/users\.lookupByEmail/)
		.reply(function reply(uri) {
			const url = new URL(uri, 'https://slack.com');
			edge.record('GET', url.pathname, Object.fromEntries(url.searchParams), this.req.headers);
			const id = directory[String(url.searchParams.get('email')).toLowerCase()];
			return [200, id ? { ok: true, user: { id, profile: { email: url.searchParams.get('email') } } } : { ok: false, error: 'users_not_found' }];
		});
	scope
		.persist()
		.post(/^\/api\/.*/)
		.reply(function reply(uri, body) {
			const path = uri.split('?')[0];
			edge.record('POST', path, body, this.req.headers);
			const sent = parseBody(body);
			if (options.failPost?.(edge.calls[edge.calls.length - 1])) return [500, { ok: false, error: 'internal_error' }];
			sequence += 1;
			const ts = `1772450000.${String(sequence).padStart(6, '0')}`;
			if (path === '/api/conversations.create') {
				return [200, { ok: true, channel: { id: `C${String(sequence).padStart(8, '0')}`, name: sent.name } }];
			}
			if (path === '/api/conversations.invite') return [200, { ok: true, channel: { id: sent.channel } }];
			if (path === '/api/conversations.open') return [200, { ok: true, channel: { id: `G${String(sequence).padStart(8, '0')}` } }];
			return [200, { ok: true, channel: sent.channel, ts, message: { text: sent.text, ts } }];
		});
	return edge;
}

/**
 * Microsoft Graph for Teams: posting a chat message answers 201 with a message id; a
 * POST for which `failPost` says so answers 503 (Graph having a bad moment).
 *
 * @example const graph = mockGraph(); ...; graph.to(/\/v1.0\/chats\/.+\/messages/)
 */
export function mockGraph(options: { failPost?: (call: EdgeCall) => boolean } = {}): Edge {
	const edge = recorder();
	let sequence = 0;
	nock('https://graph.microsoft.com')
		.persist()
		.post(/^\/v1\.0\/.*/)
		.reply(function reply(uri, body) {
			edge.record('POST', decodeURIComponent(uri.split('?')[0]), body, this.req.headers);
			if (options.failPost?.(edge.calls[edge.calls.length - 1])) return [503, { error: { code: 'ServiceUnavailable', message: 'Try again later' } }];
			sequence += 1;
			return [201, { id: `msg-${sequence}`, body: parseBody(body).body }];
		});
	return edge;
}

/** Credentials for the mocked services, as the stock credential types expect them. */
export const EDGE_CREDENTIALS = {
	slackApi: { accessToken: 'xoxb-test-token' },
	microsoftTeamsOAuth2Api: {
		clientId: 'client',
		clientSecret: 'secret',
		graphApiBaseUrl: 'https://graph.microsoft.com',
		oauthTokenData: { access_token: 'graph-test-token', token_type: 'Bearer' },
	},
};
