import { loadTemplate, templateFiles } from './helpers/templates';

const STICKY = 'n8n-nodes-base.stickyNote';
/** n8n draws a node in a 100 x 100 box from its position. */
const NODE = 100;

interface Box {
	name: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const nodeBox = (node: { name: string; position: [number, number] }): Box => ({
	name: node.name,
	left: node.position[0],
	top: node.position[1],
	right: node.position[0] + NODE,
	bottom: node.position[1] + NODE,
});
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

describe('the canvas of every template', () => {
	describe.each(templateFiles())('%s', (file) => {
		const workflow = loadTemplate(file) as unknown as {
			nodes: Array<{ name: string; type: string; position: [number, number]; parameters: { content?: string; width?: number; height?: number } }>;
		};
		const working = workflow.nodes.filter((node) => node.type !== STICKY).map(nodeBox);
		const sections = workflow.nodes
			.filter((node) => node.type === STICKY && String(node.parameters.content).startsWith('### Section'))
			.map((note) => ({
				content: String(note.parameters.content),
				box: { name: note.name, left: note.position[0], top: note.position[1], right: note.position[0] + Number(note.parameters.width), bottom: note.position[1] + Number(note.parameters.height) },
			}));

		it('is laid out in sections, each under a note that says in one sentence what it does', () => {
			expect(sections.length).toBeGreaterThanOrEqual(2);
			for (const section of sections) {
				const [title, sentence, ...rest] = section.content.split('\n');
				expect(title).toMatch(/^### Section \d+\. \S/);
				expect(sentence).toMatch(/^[A-Z].*\.$/);
				expect(rest).toEqual([]);
			}
		});

		it('puts every node inside exactly one section, the sections left to right', () => {
			for (const node of working) {
				expect([node.name, sections.filter((section) => inside(node, section.box)).length]).toEqual([node.name, 1]);
			}
			const lefts = sections.map((section) => section.box);
			for (let i = 1; i < lefts.length; i += 1) expect(lefts[i].left).toBeGreaterThanOrEqual(lefts[i - 1].right);
		});

		it('draws no node over another', () => {
			for (const [i, a] of working.entries()) for (const b of working.slice(i + 1)) expect([a.name, b.name, overlap(a, b)]).toEqual([a.name, b.name, false]);
		});
	});
});
