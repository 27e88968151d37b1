// Mentorship Survey over 100,000 responses: Score (each response scored with its
// instrument) and KPIs (summary, HTML report and CSV) through the real node in n8n's
// engine, plus the core alone so the engine's own item handling can be told apart.
// Target: KPIs under 2 s for 100,000 responses.
import type { IDataObject } from 'n8n-workflow';

import { computeKpis } from '../nodes/core/kpi/computeKpis';
import { renderKpiReport } from '../nodes/core/report/kpiReport';
import { pairsCsv } from '../nodes/core/report/pairsCsv';
import { BUILT_IN_INSTRUMENTS } from '../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../nodes/core/survey/scoreResponse';
import type { BuiltInInstrumentId } from '../nodes/core/survey/types';
import { syntheticProgram } from '../test/fixtures/survey/generate';
import { runWorkflow } from '../test/harness/runWorkflow';

const RESPONSES = 100_000;
const PAIRS = 5_000;
const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-06-30' };
type Position = [number, number];

/**
 * Wall and CPU time of a step. The machine is shared, so CPU time (this process,
 * garbage collector threads included) is the steadier figure; wall time is what a
 * user waits on an otherwise idle machine only.
 */
function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const value = run();
	const used = process.cpuUsage(cpu);
	return { value, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
}

async function main() {
	const program = syntheticProgram({ responses: RESPONSES, pairs: PAIRS, seed: 2026 });

	// Core alone.
	const scoring = timed(() =>
		program.responses.map((json) => scoreResponse(json, { instrument: BUILT_IN_INSTRUMENTS[json.survey as BuiltInInstrumentId] }) as unknown as Record<string, unknown>),
	);
	const kpis = timed(() => computeKpis({ ...program, responses: scoring.value, ...PERIOD }));
	const report = timed(() => ({
		html: renderKpiReport({ ...kpis.value, title: 'Benchmark' }),
		csv: pairsCsv({ pairs: kpis.value.pairs }),
	}));

	// Through the engine: Score on one workflow, KPIs on another fed the scored items.
	const survey = (name: string, parameters: Record<string, unknown>) => ({
		id: name,
		name,
		type: 'n8n-nodes-mentorship.mentorshipSurvey',
		typeVersion: 1,
		position: [300, 0] as Position,
		parameters,
	});
	const start = { id: 'Start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0] as Position, parameters: {} };
	let cpu = process.cpuUsage();
	const scoreRun = await runWorkflow(
		{
			nodes: [start, survey('Score', { operation: 'score', instrument: 'fromField', instrumentField: 'survey' })],
			connections: { Start: { main: [[{ node: 'Score', type: 'main' as const, index: 0 }]] } },
			settings: { executionOrder: 'v1' as const },
		},
		{ start: { node: 'Start', items: program.responses as IDataObject[] } },
	);
	const scoreUsed = process.cpuUsage(cpu);
	const scoreCpu = Math.round((scoreUsed.user + scoreUsed.system) / 1000);
	// The same responses with one fixed instrument, for comparison.
	cpu = process.cpuUsage();
	const fixedRun = await runWorkflow(
		{
			nodes: [start, survey('Score', { operation: 'score', instrument: 'mentoringFunctions' })],
			connections: { Start: { main: [[{ node: 'Score', type: 'main' as const, index: 0 }]] } },
			settings: { executionOrder: 'v1' as const },
		},
		{ start: { node: 'Start', items: program.responses as IDataObject[] } },
	);
	const fixedUsed = process.cpuUsage(cpu);
	const fixedCpu = Math.round((fixedUsed.user + fixedUsed.system) / 1000);
	const split = (list: string, y: number) => ({
		id: list,
		name: list,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [150, y] as Position,
		parameters: { fieldToSplitOut: list, options: {} },
	});
	const kpiInput = { ...program, responses: scoreRun.output('Score').map((item) => item.json) };
	cpu = process.cpuUsage();
	const kpiRun = await runWorkflow(
		{
			nodes: [start, split('participants', -200), split('pairs', -100), split('responses', 100), split('hris', 200), survey('KPIs', { operation: 'kpis', ...PERIOD })],
			connections: {
				Start: { main: [['participants', 'pairs', 'responses', 'hris'].map((node) => ({ node, type: 'main' as const, index: 0 }))] },
				participants: { main: [[{ node: 'KPIs', type: 'main' as const, index: 0 }]] },
				pairs: { main: [[{ node: 'KPIs', type: 'main' as const, index: 1 }]] },
				responses: { main: [[{ node: 'KPIs', type: 'main' as const, index: 2 }]] },
				hris: { main: [[{ node: 'KPIs', type: 'main' as const, index: 3 }]] },
			},
			settings: { executionOrder: 'v1' as const },
		},
		{ start: { node: 'Start', items: [kpiInput] } },
	);
	const used = process.cpuUsage(cpu);
	const kpiCpu = Math.round((used.user + used.system) / 1000);
	const summary = kpiRun.output('KPIs', 0)[0]?.json as { nps?: { nps?: { score: number } }; atRisk?: { pairs: number } } | undefined;
	process.stdout.write(
		`${JSON.stringify({
			benchmark: 'survey 100k responses',
			responses: RESPONSES,
			pairs: PAIRS,
			hrisRows: program.hris.length,
			coreScoreMs: scoring.ms,
			coreScoreCpuMs: scoring.cpuMs,
			coreKpisMs: kpis.ms,
			coreKpisCpuMs: kpis.cpuMs,
			coreReportAndCsvMs: report.ms,
			htmlKb: Math.round(report.value.html.length / 1024),
			csvKb: Math.round(report.value.csv.length / 1024),
			scoreStatus: scoreRun.status,
			scoreNodeMs: scoreRun.runs('Score')[0]?.executionTime,
			scoreWorkflowCpuMs: scoreCpu,
			scoreFixedInstrumentNodeMs: fixedRun.runs('Score')[0]?.executionTime,
			scoreFixedInstrumentWorkflowCpuMs: fixedCpu,
			kpisStatus: kpiRun.status,
			kpisNodeMs: kpiRun.runs('KPIs')[0]?.executionTime,
			kpisWorkflowCpuMs: kpiCpu,
			nps: summary?.nps?.nps?.score,
			atRiskPairs: summary?.atRisk?.pairs,
			peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
		})}\n`,
	);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 1;
});
