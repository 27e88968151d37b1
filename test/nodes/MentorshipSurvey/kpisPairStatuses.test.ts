import { runWorkflow } from '../../harness/runWorkflow';
import { PROGRAM, pairs, participants, period, responses } from '../../core/kpi/pairStatusesProgram';
import { kpiWorkflow } from './workflows';

// The program of test/core/kpi/pairStatusesProgram.ts: 10 pair rows, of which 2 rejected,
// 1 proposed and 1 of another program. By hand: 6 of 8 mentees matched, 1 of 6 pairs at risk.
const run = (parameters: Record<string, unknown>) =>
	runWorkflow(kpiWorkflow({ ...period, minGroupSize: 2, breakdownFields: '', ...parameters }, { scoreResponses: false }), {
		start: { node: 'Start', items: [{ participants, pairs, responses, hris: [] }] },
	});

describe('Mentorship Survey: KPIs', () => {
	describe('when the pairs input holds rejected, proposed and another program’s pairs', () => {
		it('counts only the program’s real pairs and says which statuses it counted, in the summary and the report', async () => {
			const result = await run({ programId: PROGRAM });
			expect(result.status).toBe('success');
			const [summary] = result.output('KPIs', 0);
			expect(summary.json).toMatchObject({
				matching: { mentees: 8, matchedMentees: 6, matchRate: 0.75, pairs: 6 },
				atRisk: { pairs: 1 },
				pairsCounted: {
					programId: PROGRAM,
					statuses: ['active', 'completed', 'ended'],
					counted: 6,
					leftOut: { byStatus: { rejected: 2, proposed: 1 }, otherProgram: 1, unknownStatus: 0 },
				},
			});
			expect((summary.json.atRisk as { share: number }).share).toBeCloseTo(1 / 6, 12);
			const [report] = result.output('KPIs', 1);
			expect(report.json.html).toContain('Pairs counted: 6 of program mentoring-2026, in status active, completed or ended.');
			expect(report.json.pairs).toBe(6);
		});
	});

	describe('when no Program ID is set', () => {
		it('counts the real pairs of every program in the input and names the programs', async () => {
			const result = await run({});
			const [summary] = result.output('KPIs', 0);
			expect(summary.json).toMatchObject({ matching: { matchedMentees: 7, pairs: 7 }, pairsCounted: { programId: null, programs: ['coffee', PROGRAM] } });
			expect(result.output('KPIs', 1)[0].json.html).toContain('Set Program ID in the KPIs operation to report one program.');
		});
	});
});
