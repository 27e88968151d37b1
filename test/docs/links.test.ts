import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { anchorsOf, codeSpansOf, githubAnchor, isExternal, linksOf, tablesOf } from './markdown';

const ROOT = path.resolve(__dirname, '../..');
/** Where the node codex files (`*.node.json`) point their documentation links. */
const REPOSITORY_FILES = 'https://github.com/n8n-nodes-mentorship/n8n-nodes-mentorship/blob/main/';
/** Top-level folders whose paths the documentation names in code spans. */
const REPOSITORY_FOLDERS = ['nodes', 'credentials', 'workflows', 'test', 'benchmarks', 'scripts', 'docs'];
/** Columns of docs/architecture.md tables that name code (functions, classes, constants). */
const CODE_COLUMNS = new Set(['function', 'reference (definition)', 'fast path', 'fraction', 'reason sentence']);

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function markdownFilesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return markdownFilesUnder(full);
		return entry.name.endsWith('.md') ? [full] : [];
	});
}

/** README.md and every page under docs/, the files this test keeps honest. */
const DOC_FILES = [path.join(ROOT, 'README.md'), ...markdownFilesUnder(path.join(ROOT, 'docs'))];

const anchorCache = new Map<string, Set<string>>();
function anchorsIn(file: string): Set<string> {
	let anchors = anchorCache.get(file);
	if (!anchors) {
		anchors = anchorsOf(readFileSync(file, 'utf8'));
		anchorCache.set(file, anchors);
	}
	return anchors;
}

/**
 * What is wrong with a relative link from `from` (a Markdown file), or undefined when it
 * resolves: the file or folder must exist and, for a Markdown target, the `#anchor` too.
 */
function problemWith(from: string, target: string): string | undefined {
	const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
	const file = rawPath === '' ? from : path.resolve(path.dirname(from), decodeURIComponent(rawPath));
	if (!existsSync(file)) return `${target}: ${relative(file)} does not exist`;
	if (anchor === undefined || anchor === '') return undefined;
	if (!file.endsWith('.md') || statSync(file).isDirectory()) return undefined;
	return anchorsIn(file).has(decodeURIComponent(anchor)) ? undefined : `${target}: ${relative(file)} has no heading with anchor #${anchor}`;
}

/** Every broken relative link of the given Markdown files, as "file:line target: problem". */
function brokenLinks(files: string[]): string[] {
	return files.flatMap((file) =>
		linksOf(readFileSync(file, 'utf8'))
			.filter((link) => !isExternal(link.target))
			.flatMap((link) => {
				const problem = problemWith(file, link.target);
				return problem === undefined ? [] : [`${relative(file)}:${link.line} ${problem}`];
			}),
	);
}

/** Markdown pages reachable from README.md by following at most `clicks` relative links. */
function reachableFromReadme(clicks: number): Map<string, number> {
	const depth = new Map<string, number>([[path.join(ROOT, 'README.md'), 0]]);
	let frontier = [path.join(ROOT, 'README.md')];
	for (let click = 1; click <= clicks; click++) {
		const next: string[] = [];
		for (const page of frontier) {
			for (const link of linksOf(readFileSync(page, 'utf8'))) {
				if (isExternal(link.target)) continue;
				const rawPath = link.target.split('#')[0];
				if (rawPath === '') continue;
				let target = path.resolve(path.dirname(page), decodeURIComponent(rawPath));
				if (existsSync(target) && statSync(target).isDirectory()) target = path.join(target, 'README.md');
				if (!target.endsWith('.md') || !existsSync(target) || depth.has(target)) continue;
				depth.set(target, click);
				next.push(target);
			}
		}
		frontier = next;
	}
	return depth;
}

function sourceFilesUnder(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return sourceFilesUnder(full);
		return /\.(ts|json)$/.test(entry.name) ? [full] : [];
	});
}

describe('the documentation (README.md and docs/)', () => {
	it('has no relative link to a missing file or a missing #anchor', () => {
		expect(brokenLinks(DOC_FILES)).toEqual([]);
	});

	it('reaches every page under docs/ from the README in at most two clicks', () => {
		const reached = reachableFromReadme(2);
		const unreached = DOC_FILES.filter((file) => !reached.has(file)).map(relative);
		expect(unreached).toEqual([]);
	});

	it('names only repository paths that exist', () => {
		const missing = DOC_FILES.flatMap((file) =>
			codeSpansOf(readFileSync(file, 'utf8'))
				.filter(({ code }) => REPOSITORY_FOLDERS.some((folder) => code.startsWith(`${folder}/`)) && !/[<>*\s]/.test(code))
				.filter(({ code }) => !existsSync(path.join(ROOT, code)))
				.map(({ code, line }) => `${relative(file)}:${line} ${code}`),
		);
		expect(missing).toEqual([]);
	});

	describe('docs/architecture.md', () => {
		const architecture = readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
		const identifier = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)?$/;
		const namesIn = (cell: string) =>
			[...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((code) => identifier.test(code) && !/\.(ts|js|json|md)$/.test(code));

		it('names in its "function" columns only functions found in the file of the same row', () => {
			const missing: string[] = [];
			for (const table of tablesOf(architecture)) {
				const fileColumn = table.header.indexOf('file');
				const functionColumn = table.header.indexOf('function');
				if (fileColumn === -1 || functionColumn === -1) continue;
				for (const row of table.rows) {
					const files = [...row.cells[fileColumn].matchAll(/`([^`]+)`/g)].map((match) => path.join(ROOT, match[1]));
					const text = files.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8')).join('\n');
					for (const name of namesIn(row.cells[functionColumn])) {
						for (const part of name.split('.')) {
							if (!new RegExp(`\\b${part.replace(/\$/g, '\\$')}\\b`).test(text)) missing.push(`line ${row.line}: ${part} in ${row.cells[fileColumn]}`);
						}
					}
				}
			}
			expect(missing).toEqual([]);
		});

		it('names in its other code columns only names found in the nodes', () => {
			const source = sourceFilesUnder(path.join(ROOT, 'nodes'))
				.map((file) => readFileSync(file, 'utf8'))
				.join('\n');
			const missing: string[] = [];
			for (const table of tablesOf(architecture)) {
				table.header.forEach((header, column) => {
					if (!CODE_COLUMNS.has(header) || header === 'function') return;
					for (const row of table.rows) {
						for (const name of namesIn(row.cells[column] ?? '')) {
							for (const part of name.split('.')) {
								if (!new RegExp(`\\b${part}\\b`).test(source)) missing.push(`line ${row.line}: ${part}`);
							}
						}
					}
				});
			}
			expect(missing).toEqual([]);
		});
	});

	describe('the node codex files (nodes/*/*.node.json)', () => {
		it('point their documentation links at pages and anchors that exist', () => {
			const nodeFolders = readdirSync(path.join(ROOT, 'nodes'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
			const codexFiles = nodeFolders.flatMap((folder) =>
				readdirSync(path.join(ROOT, 'nodes', folder.name))
					.filter((name) => name.endsWith('.node.json'))
					.map((name) => path.join(ROOT, 'nodes', folder.name, name)),
			);
			expect(codexFiles.length).toBeGreaterThan(0);
			const problems: string[] = [];
			for (const file of codexFiles) {
				const urls = [...readFileSync(file, 'utf8').matchAll(/"url":\s*"([^"]+)"/g)].map((match) => match[1]);
				expect([relative(file), urls.length > 0]).toEqual([relative(file), true]);
				for (const url of urls) {
					if (!url.startsWith(REPOSITORY_FILES)) {
						problems.push(`${relative(file)}: ${url} is not a file of this repository`);
						continue;
					}
					const problem = problemWith(path.join(ROOT, 'README.md'), url.slice(REPOSITORY_FILES.length));
					if (problem !== undefined) problems.push(`${relative(file)}: ${problem}`);
				}
			}
			expect(problems).toEqual([]);
		});
	});
});

describe('the link check itself', () => {
	describe('githubAnchor', () => {
		it('returns the anchors GitHub gives these headings', () => {
			// Worked out by hand from GitHub's rule: drop markup and punctuation, lower case, spaces to hyphens.
			expect(githubAnchor('Operation: Keep Claimed (claim-first sending)')).toBe('operation-keep-claimed-claim-first-sending');
			expect(githubAnchor('Running n8n locally (`npm start`)')).toBe('running-n8n-locally-npm-start');
			expect(githubAnchor('Mentorship Intake (50,000 submissions against a 50,000-person roster)')).toBe(
				'mentorship-intake-50000-submissions-against-a-50000-person-roster',
			);
			expect(githubAnchor('The `mentorship_roster` table')).toBe('the-mentorship_roster-table');
		});
	});

	describe('anchorsOf', () => {
		it('returns repeated headings numbered from -1, and ignores headings inside code blocks', () => {
			const markdown = ['# Parameters', '```', '# Not a heading', '```', '## Parameters', '### Parameters'].join('\n');
			expect([...anchorsOf(markdown)]).toEqual(['parameters', 'parameters-1', 'parameters-2']);
		});
	});

	describe('linksOf', () => {
		it('returns inline links, images and definitions, but nothing inside code', () => {
			const markdown = ['See [a](a.md#x) and ![b](img/b.png "B").', '`[not](c.md)`', '```', '[no](d.md)', '```', '[ref]: e.md'].join('\n');
			expect(linksOf(markdown)).toEqual([
				{ target: 'a.md#x', line: 1 },
				{ target: 'img/b.png', line: 1 },
				{ target: 'e.md', line: 6 },
			]);
		});
	});

	describe('when a page links to a missing file or a missing anchor', () => {
		it('reports both', () => {
			const page = path.join(ROOT, 'docs/architecture.md');
			expect(problemWith(page, 'no-such-page.md')).toMatch(/docs\/no-such-page\.md does not exist/);
			expect(problemWith(page, 'production.md#no-such-heading')).toMatch(/has no heading with anchor #no-such-heading/);
			expect(problemWith(page, 'production.md#credentials')).toBeUndefined();
		});
	});
});
