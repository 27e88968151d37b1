import { computeKpis } from '../../../nodes/core/kpi/computeKpis';
import { renderKpiReport } from '../../../nodes/core/report/kpiReport';
import { PROGRAM, pair, pairs, participants, period, responses } from './pairStatusesProgram';

describe('computeKpis', () => {
	describe('when the pairs hold rejected, proposed and another program’s rows', () => {
		const { summary, pairs: figures } = computeKpis({ participants, pairs, responses, hris: [], ...period, programId: PROGRAM });

		it('gives the match rate over real pairs of the program only (6 of 8 mentees)', () => {
			expect(summary.matching).toEqual({ mentees: 8, matchedMentees: 6, matchRate: 0.75, pairs: 6, adjustedPairs: 0 });
		});

		it('gives the at-risk share over real pairs only (1 of 6)', () => {
			expect(summary.atRisk.pairs).toBe(1);
			expect(summary.atRisk.share).toBeCloseTo(1 / 6, 12);
			expect(summary.atRisk.byReason.lowQuality).toBe(1);
			expect(figures.map((entry) => entry.pairId)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
		});

		it('says which pairs were counted and which left out', () => {
			expect(summary.pairsCounted).toEqual({
				programId: PROGRAM,
				programs: [PROGRAM],
				statuses: ['active', 'completed', 'ended'],
				counted: 6,
				leftOut: { byStatus: { rejected: 2, proposed: 1 }, otherProgram: 1, unknownStatus: 0 },
			});
			const html = renderKpiReport({ summary, pairs: figures, title: 'Mentoring' });
			expect(html).toContain(
				'Pairs counted: 6 of program mentoring-2026, in status active, completed or ended. Left out: 2 rejected, 1 proposed, 1 of another program.',
			);
		});
	});

	describe('when the program manager adjusted some pairs at review', () => {
		// P2 was moved and P5 locked at review (adjusted true); P3 says "false" as text; a rejected row that was
		// adjusted (R1 among the left-out rows, made adjusted here) must not count.
		const marked = pairs.map((row) =>
			row.pairId === 'P2' || row.pairId === 'P5' ? { ...row, adjusted: true } : row.pairId === 'P3' ? { ...row, adjusted: 'false' } : row.status === 'rejected' ? { ...row, adjusted: 'true' } : row,
		);
		const { summary, pairs: figures } = computeKpis({ participants, pairs: marked, responses, hris: [], ...period, programId: PROGRAM });

		it('tells the 2 adjusted pairs from the 4 matched as proposed, among the counted pairs only', () => {
			expect(summary.matching).toEqual({ mentees: 8, matchedMentees: 6, matchRate: 0.75, pairs: 6, adjustedPairs: 2 });
			expect(renderKpiReport({ summary, pairs: figures, title: 'Mentoring' })).toContain('4 as proposed, 2 adjusted at review');
		});
	});

	describe('when no program is given and the input holds two', () => {
		const { summary } = computeKpis({ participants, pairs, responses, hris: [], ...period });

		it('counts the real pairs of both and says so', () => {
			// P1–P6 and P10: mentees E1–E6 and E8 → 7 of 8; P1 and P10 at risk → 2 of 7.
			expect(summary.matching).toMatchObject({ matchedMentees: 7, pairs: 7 });
			expect(summary.atRisk.share).toBeCloseTo(2 / 7, 12);
			expect(summary.pairsCounted).toMatchObject({ programId: null, programs: ['coffee', PROGRAM], counted: 7 });
			expect(renderKpiReport({ summary, pairs: [], title: 'All' })).toContain(
				'Pairs counted: 7 of every program in the input together (coffee, mentoring-2026), in status active, completed or ended. Left out: 2 rejected, 1 proposed. Set Program ID in the KPIs operation to report one program.',
			);
		});
	});

	describe('when a pair row has a status no one knows', () => {
		it('leaves it out and counts it as unknown, never stops', () => {
			const { summary } = computeKpis({ participants, pairs: [...pairs.slice(0, 6), pair(11, 7, 7, 'on hold')], responses: [], hris: [], ...period, programId: PROGRAM });
			expect(summary.pairsCounted.leftOut).toEqual({ byStatus: {}, otherProgram: 0, unknownStatus: 1 });
			expect(summary.matching.matchedMentees).toBe(6);
		});
	});
});
