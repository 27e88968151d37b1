import { escapeFor, escapeHtml, escapePlain, escapeSlack } from './escape';

/** A parsed message template: literal text and `{{placeholder}}` names, alternating. */
export interface ParsedTemplate {
	parts: Array<{ literal: string } | { name: string }>;
}

/** Options of {@link parseTemplate}. */
export interface ParseTemplateOptions {
	/** Placeholder names that exist; any other name is reported. */
	known?: readonly string[];
}

/**
 * Parses a template with `{{name}}` placeholders (spaces inside the braces allowed).
 * Returns the names that are not known, so a typo is reported instead of sent.
 *
 * @example parseTemplate('Hi {{ recipientName }}').parts // [{ literal: 'Hi ' }, { name: 'recipientName' }]
 */
export function parseTemplate(template: string, options: ParseTemplateOptions = {}): ParsedTemplate & { unknown: string[] } {
	const parts: ParsedTemplate['parts'] = [];
	const unknown: string[] = [];
	const pattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
	let last = 0;
	for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
		if (match.index > last) parts.push({ literal: template.slice(last, match.index) });
		parts.push({ name: match[1] });
		if (options.known && !options.known.includes(match[1])) unknown.push(match[1]);
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push({ literal: template.slice(last) });
	return { parts, unknown };
}

/** A message in every channel's format. */
export interface RenderedMessage {
	text: string;
	slack: string;
	html: string;
}

/** Options of {@link renderTemplate}. */
export interface RenderTemplateOptions {
	values: Readonly<Record<string, string | undefined>>;
}

function htmlFromText(escaped: string): string {
	// Paragraphs on blank lines, line breaks inside them, as an email client expects.
	return escaped
		.split(/\n{2,}/)
		.map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
		.join('\n');
}

/**
 * Renders a template for plain text, Slack mrkdwn and HTML. The template is the
 * program manager's and keeps its Slack formatting (`*bold*`); every value is
 * escaped for the channel, because names, goals and topics come from people.
 *
 * @example
 * renderTemplate(parseTemplate('Hi {{name}}'), { values: { name: '<!channel>' } }).slack // 'Hi &lt;!channel&gt;'
 */
export function renderTemplate(template: ParsedTemplate, options: RenderTemplateOptions): RenderedMessage {
	let text = '';
	let slack = '';
	let html = '';
	for (const part of template.parts) {
		if ('literal' in part) {
			text += escapePlain(part.literal);
			slack += escapeSlack(part.literal);
			html += escapeHtml(part.literal);
		} else {
			const value = options.values[part.name] ?? '';
			text += escapeFor('text', value);
			slack += escapeFor('slack', value);
			html += escapeFor('html', value);
		}
	}
	return { text, slack, html: htmlFromText(html) };
}
