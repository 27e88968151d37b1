/**
 * Just enough Markdown reading to check the documentation: headings and their GitHub
 * anchors, links, inline-code spans and tables, all outside fenced code blocks.
 */

/** A link or image target found in a Markdown file. */
export interface MarkdownLink {
	/** The target as written, e.g. `../participant.md#the-participant` or `https://…`. */
	target: string;
	/** 1-based line of the link. */
	line: number;
}

/** The lines of a Markdown text with fenced code blocks (``` or ~~~) blanked out. */
export function proseLines(markdown: string): string[] {
	let fence: string | undefined;
	return markdown.split('\n').map((line) => {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence === undefined && marker !== undefined) {
			fence = marker[0];
			return '';
		}
		if (fence !== undefined) {
			if (marker !== undefined && marker[0] === fence) fence = undefined;
			return '';
		}
		return line;
	});
}

/**
 * The anchor GitHub gives a heading: inline markup dropped, lower case, every character
 * that is not a letter, digit, mark, underscore, hyphen or space removed, spaces to hyphens.
 *
 * @example githubAnchor('Operation: Keep Claimed (claim-first sending)') // 'operation-keep-claimed-claim-first-sending'
 */
export function githubAnchor(heading: string): string {
	const text = heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[`*]/g, '');
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: its headings (repeats numbered as GitHub does) and explicit `id`/`name` attributes. */
export function anchorsOf(markdown: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	for (const line of proseLines(markdown)) {
		const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
		if (heading !== undefined) {
			const base = githubAnchor(heading);
			const count = seen.get(base) ?? 0;
			seen.set(base, count + 1);
			anchors.add(count === 0 ? base : `${base}-${count}`);
		}
		for (const match of line.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
	}
	return anchors;
}

/** Removes inline code spans, so that `[x](y)` inside backticks is not taken for a link. */
function withoutInlineCode(line: string): string {
	return line.replace(/(`+)[^`].*?\1/g, '');
}

/** Every link and image target outside code: inline `[text](target "title")` and reference definitions `[id]: target`. */
export function linksOf(markdown: string): MarkdownLink[] {
	const links: MarkdownLink[] = [];
	proseLines(markdown).forEach((raw, index) => {
		const line = withoutInlineCode(raw);
		for (const match of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
			links.push({ target: match[1], line: index + 1 });
		}
		const definition = /^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
		if (definition) links.push({ target: definition[1], line: index + 1 });
	});
	return links;
}

/** Whether a link target leaves the repository (a scheme such as `https:` or `mailto:`). */
export function isExternal(target: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

/** The text of every inline code span outside fenced blocks, with its line. */
export function codeSpansOf(markdown: string): Array<{ code: string; line: number }> {
	const spans: Array<{ code: string; line: number }> = [];
	proseLines(markdown).forEach((line, index) => {
		for (const match of line.matchAll(/(`+)([^`].*?)\1/g)) spans.push({ code: match[2].trim(), line: index + 1 });
	});
	return spans;
}

/** A Markdown table: its header cells and its rows of cells, with the line of each row. */
export interface MarkdownTable {
	header: string[];
	rows: Array<{ cells: string[]; line: number }>;
}

function cellsOf(line: string): string[] {
	// Split on pipes outside code spans (a cell may hold `a | b`).
	const cells: string[] = [];
	let cell = '';
	let inCode = false;
	for (const char of line.trim().replace(/^\|/, '').replace(/\|$/, '')) {
		if (char === '`') inCode = !inCode;
		if (char === '|' && !inCode) {
			cells.push(cell.trim());
			cell = '';
		} else cell += char;
	}
	cells.push(cell.trim());
	return cells;
}

/** Every table outside fenced code blocks. */
export function tablesOf(markdown: string): MarkdownTable[] {
	const lines = proseLines(markdown);
	const tables: MarkdownTable[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		if (!lines[i].trim().startsWith('|') || !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1])) continue;
		const table: MarkdownTable = { header: cellsOf(lines[i]), rows: [] };
		let k = i + 2;
		for (; k < lines.length && lines[k].trim().startsWith('|'); k++) table.rows.push({ cells: cellsOf(lines[k]), line: k + 1 });
		tables.push(table);
		i = k;
	}
	return tables;
}
