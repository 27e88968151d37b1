import { computeKpis } from '../../../nodes/core/kpi/computeKpis';
import { renderKpiReport } from '../../../nodes/core/report/kpiReport';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';
import type { BuiltInInstrumentId } from '../../../nodes/core/survey/types';
import { HRIS, PAIRS, PARTICIPANTS, PERIOD, RESPONSES } from '../../fixtures/survey/program';

const responses = RESPONSES.map(
	(json) => scoreResponse(json, { instrument: BUILT_IN_INSTRUMENTS[json.survey as BuiltInInstrumentId] }) as unknown as Record<string, unknown>,
);
const result = computeKpis({ participants: PARTICIPANTS, pairs: PAIRS, responses, hris: HRIS, ...PERIOD, minGroupSize: 2 });
const html = renderKpiReport({ ...result, title: 'Spring <program> & "friends"' });

describe('renderKpiReport', () => {
	describe('when the small program is rendered', () => {
		it('holds no script, no external resource and no style block', () => {
			expect(html).not.toMatch(/<script/i);
			expect(html).not.toMatch(/\son\w+=/i);
			expect(html).not.toMatch(/<img|<link|<style|url\(|https?:/i);
		});

		it('escapes names and the title', () => {
			expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mo');
			expect(html).toContain('Eva &amp; &quot;Co&quot;');
			expect(html).toContain('Spring &lt;program&gt; &amp; &quot;friends&quot;');
		});

		it('draws bars as table cells whose widths are the shares', () => {
			// Retention of participants 90%: a 90% cell and a 10% grey rest.
			expect(html).toContain('<td width="90%" bgcolor="#2f6fde"');
			// Quality 19/6 on 1 to 5: (3.1667 - 1) / 4 = 54%.
			expect(html).toContain('<td width="54%" bgcolor="#2f6fde"');
		});

		it('says how many groups were suppressed', () => {
			expect(html).toContain('2 groups suppressed because fewer than 2 people answered');
			expect(html).toContain('4 groups were suppressed in this report');
		});

		it('uses only tables for layout, every table marked as presentation', () => {
			const tables = html.match(/<table[^>]*>/g) ?? [];
			expect(tables.length).toBeGreaterThan(3);
			for (const table of tables) expect(table).toContain('role="presentation"');
			expect(html).not.toMatch(/display:\s*(flex|grid)/);
		});

		it('matches the reviewed snapshot', () => {
			expect(html).toMatchSnapshot();
		});
	});
});
