// HRIS Directory over a 20,000-person Personio directory (200 pages of 100), through
// the real node in n8n's engine with the vendor replaced at the network edge by nock.
// Measures paging, mapping and manager resolution, not Personio's own latency.
import nock from 'nock';

import { personioDirectory, personioPage } from '../test/fixtures/hris/directory';
import { runWorkflow } from '../test/harness/runWorkflow';

const SIZE = 20_000;
const API = 'https://api.personio.de';

async function main() {
	const directory = personioDirectory(SIZE);
	nock.disableNetConnect();
	nock(API).post('/v1/auth').reply(200, { success: true, data: { token: 'papi-bench' } });
	nock(API)
		.get('/v1/company/employees')
		.query(true)
		.times(SIZE / 100)
		.reply(200, (uri) => {
			const query = new URL(uri, API).searchParams;
			return personioPage(directory, Number(query.get('offset')), Number(query.get('limit')));
		});
	const workflow = {
		nodes: [
			{ id: '1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} },
			{
				id: '2',
				name: 'HRIS',
				type: 'n8n-nodes-mentorship.hrisDirectory',
				typeVersion: 1,
				position: [300, 0] as [number, number],
				parameters: { hris: 'personio', operation: 'listPeople', customFields: { mappings: [{ target: 'level', source: 'Career level' }] } },
				credentials: { personioApi: { id: '1', name: 'Personio' } },
			},
		],
		connections: { Start: { main: [[{ node: 'HRIS', type: 'main' as const, index: 0 }]] } },
		settings: { executionOrder: 'v1' as const },
	};
	const started = performance.now();
	const result = await runWorkflow(workflow, {
		start: { node: 'Start', items: [{}] },
		credentials: { personioApi: { clientId: 'id', clientSecret: 'secret', accessToken: '' } },
	});
	const wall = performance.now() - started;
	const people = result.output('HRIS');
	const invalid = people.filter((item) => item.json.valid !== true).length;
	const peakMb = process.resourceUsage().maxRSS / 1024;
	process.stdout.write(
		`${JSON.stringify({
			benchmark: 'hris personio 20k',
			status: result.status,
			people: people.length,
			invalid,
			inNodeMs: result.runs('HRIS')[0]?.executionTime,
			workflowMs: Math.round(wall),
			peakRssMb: Math.round(peakMb),
		})}\n`,
	);
}

void main();
