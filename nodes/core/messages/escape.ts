/** Channels a message is rendered for. */
export type Channel = 'text' | 'slack' | 'html';

/**
 * Escapes text for Slack mrkdwn. `&`, `<` and `>` are the characters Slack itself
 * asks to escape: without them `<!channel>`, `<@U123>` or `<https://evil|label>` in a
 * name or goal would notify a whole channel or disguise a link. The broadcast words
 * `@channel`, `@here` and `@everyone` get a zero-width space after the `@`, so even a
 * message sent with link_names turned on cannot ping everyone.
 *
 * @example escapeSlack('<!channel> Tom & Jerry') // '&lt;!channel&gt; Tom &amp; Jerry'
 */
export function escapeSlack(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example escapeHtml('<script>alert("x")</script>') // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * Cleans text for plain-text channels: control characters (other than line breaks
 * and tabs) are removed so that a value cannot rewrite a terminal or mail header.
 *
 * @example escapePlain('Ann\u0007') // 'Ann'
 */
export function escapePlain(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Escapes a value for one channel.
 *
 * @example escapeFor('html', 'a < b') // 'a &lt; b'
 */
export function escapeFor(channel: Channel, value: string): string {
	if (channel === 'slack') return escapeSlack(value);
	if (channel === 'html') return escapeHtml(value);
	return escapePlain(value);
}
