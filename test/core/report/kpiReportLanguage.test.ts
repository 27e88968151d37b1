import { computeKpis } from '../../../nodes/core/kpi/computeKpis';
import { renderKpiReport } from '../../../nodes/core/report/kpiReport';
import { pairsCsv } from '../../../nodes/core/report/pairsCsv';
import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';
import type { BuiltInInstrumentId } from '../../../nodes/core/survey/types';
import { HRIS, PAIRS, PARTICIPANTS, PERIOD, RESPONSES } from '../../fixtures/survey/program';

const responses = RESPONSES.map(
	(json) => scoreResponse(json, { instrument: BUILT_IN_INSTRUMENTS[json.survey as BuiltInInstrumentId] }) as unknown as Record<string, unknown>,
);
const result = computeKpis({ participants: PARTICIPANTS, pairs: PAIRS, responses, hris: HRIS, ...PERIOD, minGroupSize: 2, breakdownFields: ['department', 'location'] });
const goals = [{ goal: 'goalMatchRate', label: 'Match rate', target: 80, actual: 85.7, unit: '%' as const, status: 'met' as const }];
const english = renderKpiReport({ ...result, title: 'Mentoring 2026', programGoals: goals, language: 'en' });
const dutch = renderKpiReport({ ...result, title: 'Mentoring 2026', programGoals: goals, language: 'nl' });

/** What a reader sees: the text between the tags, entities decoded. */
function visibleText(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

// Words that are not report text: the fixture's names, departments and places, the title,
// and the words Dutch writes as English does.
const DATA_WORDS = wordsOf(JSON.stringify([PARTICIPANTS, PAIRS, HRIS, 'Mentoring 2026']));
const SHARED_WORDS = new Set(['mentor', 'mentee', 'mentees', 'over']);

describe('renderKpiReport', () => {
	describe('when the program speaks Dutch', () => {
		it('leads with the Dutch headings, written out by hand', () => {
			const text = visibleText(dutch);
			for (const heading of [
				'Doelen van het programma',
				'Ingeschreven',
				'Koppelpercentage',
				'Hoe deelnemers de relatie beoordelen',
				'Zouden ze het aanraden?',
				'Behoud en promotie',
				'Per afdeling',
				'Per locatie',
				'Koppels met risico (2)',
			]) {
				expect(text).toContain(heading);
			}
		});

		it('writes the period, the counts and the decimals the Dutch way', () => {
			const text = visibleText(dutch);
			expect(text).toContain('2026-01-01 tot en met 2026-06-30');
			expect(text).toContain('4 als mentor, 7 als mentee');
			expect(text).toContain('6 van 7 mentees');
			// Quality mean 19/6 = 3.1667, two decimals with a decimal comma.
			expect(text).toContain('3,17');
			expect(text).not.toContain('3.17');
			expect(dutch).toContain('<html lang="nl">');
		});

		it('names the at-risk reasons in Dutch instead of the English sentences stored with the answers', () => {
			const text = visibleText(dutch);
			expect(text).toContain('Lage kwaliteit van de relatie; Al weken geen gesprek; Zou het programma niet aanraden');
			expect(text).not.toContain('Relationship quality 2 of 5');
		});

		it('leaks no English word of the English report into the Dutch one', () => {
			const dutchWords = wordsOf(visibleText(dutch));
			const leaked = [...wordsOf(visibleText(english))].filter((word) => dutchWords.has(word) && !DATA_WORDS.has(word) && !SHARED_WORDS.has(word));
			expect(leaked).toEqual([]);
		});
	});

	describe('when the program speaks English', () => {
		it('keeps the English headings and the stored reasons', () => {
			const text = visibleText(english);
			expect(text).toContain('Program goals');
			expect(text).toContain('By department');
			expect(text).toContain('Relationship quality 2 of 5 (at or below 2)');
			expect(english).toContain('<html lang="en">');
		});
	});
});

describe('pairsCsv', () => {
	it('names the columns in Dutch, says ja or nee and names the risk reasons, for a Dutch program', () => {
		const lines = pairsCsv({ pairs: result.pairs, language: 'nl' }).split('\r\n');
		expect(lines[0]).toBe('koppelId,programmaId,naamMentor,naamMentee,startdatum,maanden,gesprekken,gesprekkenPerMaand,antwoorden,laatsteKwaliteit,risico,redenenRisico');
		const atRisk = lines.filter((line) => line.includes(',ja,'));
		expect(atRisk).toHaveLength(2);
		expect(lines.filter((line) => line.includes(',nee,'))).toHaveLength(result.pairs.length - 2);
		expect(lines.join('\n')).not.toMatch(/true|false/);
	});

	it('keeps the camelCase column names and true or false in English', () => {
		const lines = pairsCsv({ pairs: result.pairs }).split('\r\n');
		expect(lines[0]).toBe('pairId,programId,mentorName,menteeName,startDate,months,meetings,meetingsPerMonth,responses,latestQuality,atRisk,riskReasons');
		expect(lines.filter((line) => line.includes(',true,'))).toHaveLength(2);
	});
});
