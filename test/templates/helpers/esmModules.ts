import Module from 'node:module';

/*
 * Some stock nodes import packages that ship only as ES modules: the Form
 * utilities (Form Trigger, Form and every send-and-wait node) import sanitize-html,
 * whose htmlparser2 is ESM only, and the BambooHR node imports change-case.
 * Node.js loads them (require of ESM), Jest's module system cannot; so these are
 * loaded by Node's own loader. Import this file first in a test that uses those nodes.
 */
function loadWithNode(file: string): unknown {
	return (Module as unknown as { _load: (request: string) => unknown })._load(file);
}

jest.mock('sanitize-html', () => loadWithNode(require.resolve('sanitize-html')));
jest.mock('change-case', () => loadWithNode(require.resolve('change-case')));
