#!/usr/bin/env node
/**
 * Lays out every template in workflows/ left to right in sections, each section under a
 * sticky note that says in one sentence what it does (sections.js). Run after changing a
 * template: `npm run layout-templates`. It only moves nodes and rewrites the section notes;
 * the template's own sticky notes (setup, explanations) stay, moved to the section they
 * belong to or, for the setup note, to the far left.
 */
const fs = require('node:fs');
const path = require('node:path');

const { SECTIONS } = require('./sections');
const { layoutSection, SECTION_NOTE_PREFIX } = require('./layout');

const WORKFLOWS = path.resolve(__dirname, '..', '..', 'workflows');
const STICKY = 'n8n-nodes-base.stickyNote';
const GAP = 80;

function layoutTemplate(file) {
	const full = path.join(WORKFLOWS, file);
	const workflow = JSON.parse(fs.readFileSync(full, 'utf8'));
	const sections = SECTIONS[file];
	if (!sections) throw new Error(`${file}: no sections in scripts/layout-templates/sections.js`);
	const working = workflow.nodes.filter((node) => node.type !== STICKY);
	const placed = new Set(sections.flatMap((section) => section.nodes));
	const missing = working.filter((node) => !placed.has(node.name)).map((node) => node.name);
	const unknown = [...placed].filter((name) => !working.some((node) => node.name === name));
	if (missing.length || unknown.length)
		throw new Error(`${file}: sections.js does not match the template (not placed: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`);

	// Notes the template keeps: every sticky note that is not one of ours.
	const notes = workflow.nodes.filter((node) => node.type === STICKY && !String(node.parameters.content ?? '').startsWith(SECTION_NOTE_PREFIX));
	const [setup, ...explanations] = notes;
	const byName = new Map(working.map((node) => [node.name, node]));
	let left = 0;
	const sectionNotes = [];
	sections.forEach((section, index) => {
		const box = layoutSection(section, byName, workflow.connections, left);
		sectionNotes.push({
			parameters: { content: `${SECTION_NOTE_PREFIX} ${index + 1}. ${section.title}\n${section.does}`, height: box.height, width: box.width, color: 7 },
			id: stableId(`${file}/section/${index}`),
			name: `Section ${index + 1}`,
			type: STICKY,
			typeVersion: 1,
			position: [box.left, box.top],
		});
		left = box.left + box.width + GAP;
	});
	const top = Math.min(...sectionNotes.map((note) => note.position[1]));
	if (setup) setup.position = [-(setup.parameters.width ?? 400) - GAP, top];
	// Explanations sit under the section of the node they are about, else under the first.
	explanations.forEach((note, index) => {
		const under = sectionNotes[Math.min(index + 1, sectionNotes.length - 1)];
		note.position = [under.position[0], under.position[1] + under.parameters.height + GAP / 2];
	});
	workflow.nodes = [...(setup ? [setup] : []), ...sectionNotes, ...explanations, ...working];
	fs.writeFileSync(full, `${JSON.stringify(workflow, null, 2)}\n`);
	return { file, sections: sections.length, nodes: working.length };
}

/** A UUID-shaped id that stays the same from run to run, so re-running changes nothing. */
function stableId(seed) {
	const hash = require('node:crypto').createHash('sha1').update(`mentorship-layout:${seed}`).digest('hex');
	return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-8${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

if (require.main === module) {
	const files = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SECTIONS);
	for (const file of files) {
		const { sections, nodes } = layoutTemplate(file);
		console.log(`${file}: ${nodes} nodes in ${sections} sections`);
	}
}

module.exports = { layoutTemplate };
