import type { IBinaryData } from 'n8n-workflow';

import { runWorkflow } from '../../harness/runWorkflow';
import { HRIS, PAIRS, PARTICIPANTS, PERIOD, RESPONSES } from '../../fixtures/survey/program';
import { programRow } from '../../templates/helpers/templates';
import { kpiWorkflow } from './workflows';

const LISTS = { participants: PARTICIPANTS, pairs: PAIRS, responses: RESPONSES, hris: HRIS };

async function runKpis(parameters: Record<string, unknown> = {}, lists: Partial<typeof LISTS> = {}, options: Parameters<typeof kpiWorkflow>[1] = {}) {
	return await runWorkflow(kpiWorkflow({ ...PERIOD, minGroupSize: 2, ...parameters }, options), {
		start: { node: 'Start', items: [{ ...LISTS, ...lists }] },
	});
}

function csvText(binary: IBinaryData): string {
	return Buffer.from(binary.data, 'base64').toString('utf8');
}

describe('Mentorship Survey: KPIs', () => {
	describe('when participants, pairs, scored responses and HRIS rows arrive on the four inputs', () => {
		let result: Awaited<ReturnType<typeof runKpis>>;
		beforeAll(async () => {
			result = await runKpis({ reportTitle: 'Spring <b>program</b>' });
		});

		it('returns one summary item with the figures worked out by hand', () => {
			expect(result.status).toBe('success');
			const [summary] = result.output('KPIs', 0);
			// See test/core/kpi/computeKpis.test.ts for the hand calculations.
			expect(summary.json).toMatchObject({
				enrolment: { total: 11, byRole: { mentor: 4, mentee: 7 } },
				matching: { matchRate: 6 / 7 },
				responses: { responseRate: 0.6 },
				goals: { attainmentRate: 0.6 },
				atRisk: { pairs: 2 },
				suppressedGroups: 4,
			});
			const nps = (summary.json.nps as Record<string, { score: number }>).nps;
			expect(nps.score).toBeCloseTo(100 / 6, 10);
		});

		it("shows the retention lift of participants (90%) over non-participants (70%) with Fisher's p", () => {
			const outcomes = result.output('KPIs', 0)[0].json.outcomes as { retention: { comparison: { difference: number; pValue: number; test: string } } };
			expect(outcomes.retention.comparison.difference).toBeCloseTo(0.2, 12);
			// Python reference (test/fixtures/survey/reference_statistics.py): p = 0.401084.
			expect(outcomes.retention.comparison.pValue).toBeCloseTo(0.401084, 5);
			expect(outcomes.retention.comparison.test).toBe("Fisher's exact test");
		});

		it('pairs the summary and the report with every item of every input', () => {
			const [summary] = result.output('KPIs', 0);
			const [report] = result.output('KPIs', 1);
			const expected = [
				...PARTICIPANTS.map((_, item) => ({ item, input: 0 })),
				...PAIRS.map((_, item) => ({ item, input: 1 })),
				...RESPONSES.map((_, item) => ({ item, input: 2 })),
				...HRIS.map((_, item) => ({ item, input: 3 })),
			];
			expect(summary.pairedItem).toEqual(expected);
			expect(report.pairedItem).toEqual(expected);
		});

		it('returns an e-mail-ready report with no script and every name escaped', () => {
			const [report] = result.output('KPIs', 1);
			const html = report.json.html as string;
			expect(report.json.subject).toBe('Spring <b>program</b>: 2026-01-01 to 2026-06-30');
			expect(html).toMatch(/^<!DOCTYPE html>/);
			expect(html).not.toMatch(/<script|\son\w+=|<img|<link|<style/i);
			expect(html).toContain('Spring &lt;b&gt;program&lt;/b&gt;');
			expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mo');
			expect(html).toMatchSnapshot();
		});

		it('attaches a per-pair CSV that is safe to open in Excel', () => {
			const [report] = result.output('KPIs', 1);
			const binary = report.binary?.data as IBinaryData;
			expect(binary.fileName).toBe('mentorship-pairs.csv');
			expect(binary.mimeType).toBe('text/csv');
			const lines = csvText(binary).replace(/^\uFEFF/, '').split('\r\n');
			expect(lines[0]).toBe('pairId,programId,mentorName,menteeName,startDate,months,meetings,meetingsPerMonth,responses,latestQuality,atRisk,riskReasons');
			// E1's name "=HYPERLINK(...)" must be text, not a formula; cells with quotes are quoted and
			// the quotes doubled (RFC 4180). P1 has 6 responses (3 check-ins, 2 NPS, 1 goal list); its
			// latest check-in quality is M1's 4 (10:00) rather than E1's 5 (09:00 the same day).
			expect(lines[1]).toBe(`P1,spring,"<script>alert(""x"")</script> Mo","'=HYPERLINK(""http://evil"")",2026-04-01,2.96,4,1.35,6,4,false,`);
			expect(lines[6]).toBe('P6,spring,M4,"Eva & ""Co""",2026-01-01,5.91,1,0.17,2,1,true,Relationship quality 1 of 5 (at or below 2); Detractor: would recommend 6 of 10');
			expect(lines).toHaveLength(8);
		});
	});

	describe("when the program record's default language is Dutch", () => {
		let result: Awaited<ReturnType<typeof runKpis>>;
		beforeAll(async () => {
			result = await runKpis({ reportTitle: 'Mentoring 2026', programRecord: JSON.stringify(programRow({ language: 'nl' })) });
		});

		it('writes the subject, the report and the CSV in Dutch', () => {
			const [report] = result.output('KPIs', 1);
			expect(report.json.subject).toBe('Mentoring 2026: 2026-01-01 tot en met 2026-06-30');
			expect(report.json.language).toBe('nl');
			expect(report.json.html).toContain('<html lang="nl">');
			expect(report.json.html).toContain('Hoe deelnemers de relatie beoordelen');
			const binary = report.binary?.data as IBinaryData;
			expect(binary.fileName).toBe('mentorkoppels.csv');
			expect(csvText(binary).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
				'koppelId,programmaId,naamMentor,naamMentee,startdatum,maanden,gesprekken,gesprekkenPerMaand,antwoorden,laatsteKwaliteit,risico,redenenRisico',
			);
		});

		it('writes English when Report Language says so, whatever the record', async () => {
			const english = await runKpis({ reportTitle: 'Mentoring 2026', programRecord: JSON.stringify(programRow({ language: 'nl' })), reportLanguage: 'en' });
			expect(english.output('KPIs', 1)[0].json.subject).toBe('Mentoring 2026: 2026-01-01 to 2026-06-30');
		});
	});

	describe('when no HRIS rows arrive', () => {
		it('leaves retention and promotion out and still reports the rest', async () => {
			const result = await runKpis({}, { hris: [] });
			expect(result.status).toBe('success');
			expect(result.output('KPIs', 0)[0].json).toMatchObject({ outcomes: null, matching: { pairs: 6 } });
		});
	});

	describe('when the default minimum group size of 5 applies', () => {
		it('suppresses every small group and says how many in the report', async () => {
			const result = await runKpis({ minGroupSize: 5 });
			const summary = result.output('KPIs', 0)[0].json as { breakdowns: Array<{ groups: unknown[]; suppressed: number }>; suppressedGroups: number };
			// Department groups have 4, 1 and 1 respondents; locations 5 and 1 (so Amsterdam is hidden with Utrecht).
			expect(summary.breakdowns.map((entry) => [entry.groups.length, entry.suppressed])).toEqual([[0, 3], [0, 2]]);
			expect(result.output('KPIs', 1)[0].json.html).toContain('5 groups were suppressed in this report');
		});
	});

	describe('when the input is wrong', () => {
		it('stops with a clear error when raw answers reach the Responses input', async () => {
			const result = await runKpis({}, {}, { scoreResponses: false });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('instrument: response 1 is not a scored response');
			expect(result.error?.description).toMatch(/Score the raw answers/);
		});

		it('stops with a clear error for an HRIS date that cannot be read, rather than counting a leaver as retained', async () => {
			const result = await runKpis({}, { hris: [...HRIS.slice(0, 3), { employeeId: 'X99', terminationDate: 'last week' }] });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('terminationDate: HRIS row 4 has a date that cannot be read');
			expect(result.error?.description).toMatch(/Fix "terminationDate"/);
		});

		it('stops with a clear error for a period that ends before it starts', async () => {
			const result = await runKpis({ periodStart: '2026-07-01', periodEnd: '2026-06-30' });
			expect(result.status).toBe('error');
			expect(result.error?.message).toMatch(/The period 2026-07-01 to 2026-06-30 is not a valid date range/);
		});

		it('returns an error item paired with every input item when the node continues on fail', async () => {
			const result = await runKpis({}, { pairs: [{ mentorId: 'M1' }] }, { settings: { onError: 'continueRegularOutput' } });
			expect(result.status).toBe('success');
			const [error] = result.output('KPIs', 0);
			expect(error.json.error).toMatch(/pair 1 has no pairId/);
			expect((error.pairedItem as unknown[]).length).toBe(PARTICIPANTS.length + 1 + RESPONSES.length + HRIS.length);
		});
	});
});
