import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type {
	ICredentialType,
	ICredentialTypes,
	IDataObject,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/**
 * Root of this repository: the nearest folder above this file whose package.json is
 * ours. Searched rather than fixed so the harness also runs compiled for benchmarks.
 */
export const PACKAGE_ROOT = findPackageRoot(path.resolve('.'));

function findPackageRoot(from: string): string {
	for (let dir = from; ; dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'n8n-nodes-mentorship') return dir;
		if (path.dirname(dir) === dir) throw new Error(`No n8n-nodes-mentorship package.json above ${from}`);
	}
}

const OUR_PACKAGE = 'n8n-nodes-mentorship';
const STOCK_PACKAGE = 'n8n-nodes-base';

interface Loadable {
	className: string;
	file: string;
	/** For our own types: the name the class must declare. */
	expectedName?: string;
}

/**
 * Reads our package.json `n8n` section: the built nodes and credentials n8n would
 * load. Each file `X.node.js` / `X.credentials.js` exports class `X`; the type name
 * is checked against the class when it is first loaded, so one broken node cannot
 * stop tests of the others.
 */
function ourPackageEntries(kind: 'nodes' | 'credentials'): Map<string, Loadable> {
	const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
		n8n: Record<'nodes' | 'credentials', string[]>;
	};
	const entries = new Map<string, Loadable>();
	for (const relative of manifest.n8n[kind]) {
		const className = path.basename(relative).replace(/\.(node|credentials)\.js$/, '');
		const name = className.charAt(0).toLowerCase() + className.slice(1);
		entries.set(name, { className, file: path.join(PACKAGE_ROOT, relative), expectedName: name });
	}
	return entries;
}

function stockEntries(kind: 'nodes' | 'credentials'): Map<string, Loadable> {
	const root = path.dirname(require.resolve(`${STOCK_PACKAGE}/package.json`));
	const known = JSON.parse(readFileSync(path.join(root, 'dist', 'known', `${kind}.json`), 'utf8')) as Record<
		string,
		{ className: string; sourcePath: string }
	>;
	const entries = new Map<string, Loadable>();
	for (const [name, { className, sourcePath }] of Object.entries(known)) {
		entries.set(name, { className, file: path.join(root, sourcePath) });
	}
	return entries;
}

function instantiate<T>({ className, file, expectedName }: Loadable): T {
	const exported = require(file) as Record<string, new () => T>;
	if (typeof exported[className] !== 'function') throw new Error(`${file} does not export class ${className}`);
	const instance = new exported[className]() as T & { name?: string; description?: { name: string } };
	const actualName = instance.description?.name ?? instance.name;
	if (expectedName !== undefined && actualName !== expectedName) {
		throw new Error(`${file}: class ${className} declares type name "${actualName}", expected "${expectedName}"`);
	}
	return instance;
}

/**
 * Node types as a running n8n sees them: ours under `n8n-nodes-mentorship.<name>`
 * from the built package, stock ones under `n8n-nodes-base.<name>`, loaded on first
 * use because n8n-nodes-base holds hundreds of nodes.
 */
export class HarnessNodeTypes implements INodeTypes {
	private readonly known = new Map<string, Loadable>();

	private readonly loaded = new Map<string, INodeType | IVersionedNodeType>();

	constructor() {
		for (const [name, entry] of stockEntries('nodes')) this.known.set(`${STOCK_PACKAGE}.${name}`, entry);
		for (const [name, entry] of ourPackageEntries('nodes')) this.known.set(`${OUR_PACKAGE}.${name}`, entry);
	}

	has(type: string): boolean {
		return this.known.has(type);
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		let nodeType = this.loaded.get(type);
		if (!nodeType) {
			const entry = this.known.get(type);
			if (!entry) throw new Error(`Unknown node type "${type}"`);
			nodeType = instantiate<INodeType | IVersionedNodeType>(entry);
			this.loaded.set(type, nodeType);
		}
		return nodeType;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes(): IDataObject {
		return Object.fromEntries([...this.known.keys()].map((type) => [type, {}]));
	}
}

/** Credential types from n8n-nodes-base and our package, loaded on first use. */
export class HarnessCredentialTypes implements ICredentialTypes {
	private readonly known = new Map<string, Loadable>();

	private readonly loaded = new Map<string, ICredentialType>();

	constructor() {
		for (const [name, entry] of stockEntries('credentials')) this.known.set(name, entry);
		for (const [name, entry] of ourPackageEntries('credentials')) this.known.set(name, entry);
	}

	recognizes(type: string): boolean {
		return this.known.has(type);
	}

	getByName(type: string): ICredentialType {
		let credentialType = this.loaded.get(type);
		if (!credentialType) {
			const entry = this.known.get(type);
			if (!entry) throw new Error(`Unknown credential type "${type}"`);
			credentialType = instantiate<ICredentialType>(entry);
			this.loaded.set(type, credentialType);
		}
		return credentialType;
	}

	getSupportedNodes(): string[] {
		return [];
	}

	getParentTypes(type: string): string[] {
		const parents = this.getByName(type).extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}
}
