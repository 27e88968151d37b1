import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { BUILT_IN_INSTRUMENTS } from '../../nodes/core/survey/builtInInstruments';
import { programColumns } from '../../nodes/core/program/fields';
import { readProgramRecord } from '../../nodes/core/program/readProgram';
import { scoreResponse } from '../../nodes/core/survey/scoreResponse';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { PERSONIO_CREDENTIALS } from '../nodes/HrisDirectory/hrisWorkflow';
import { BAMBOO_CREDENTIALS, bambooEmployee, mockBambooReport } from './helpers/bamboo';
import { closeEdges, isolateNetwork } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { mockPersonioDirectory, withHrSystem, withPersonio } from './helpers/personio';
import type { TableRow } from './helpers/templates';
import { loadTemplate, PAIR_COLUMNS, pairRow, programRow, RESPONSE_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-weekly-kpis.json');
/** Monday 16 March 2026, 09:00 in Amsterdam. */
const TICK = '2026-03-16T09:00:00.000+01:00';

describe('the Weekly KPI email template', () => {
	let smtp: LoopbackSmtp;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor').slice(0, 20);
	const mentees = sampleOrg().filter((person) => person.role === 'mentee').slice(0, 40);
	// 30 of the 40 mentees have a mentor (20 mentors, some with two mentees).
	const pairs = mentees.slice(0, 30).map((mentee, index) => pairRow(mentors[index % 20], mentee, 'email'));
	// 20 mentees answered the check-in; qualities 1 and 2 (three answers) put their pairs at risk.
	const qualities = [5, 4, 4, 3, 5, 2, 4, 4, 5, 3, 1, 4, 5, 4, 2, 4, 3, 5, 4, 4];
	const responses = qualities.map((quality, index) => {
		const scored = scoreResponse(
			{ pairId: pairs[index].pairId, email: pairs[index].menteeEmail, role: 'mentee', quality, met: 'Yes', meetings: 2, submittedAt: '2026-03-10T10:00:00Z' },
			{ instrument: BUILT_IN_INSTRUMENTS.checkIn, mapping: {}, label: `Response ${index + 1}`, thresholds: { lowQualityAtOrBelow: 2, noMeetingWeeks: 0, flagDetractors: true } },
		);
		const row: TableRow = { programId: 'mentoring-2026', pairId: scored.pairId ?? null, respondentId: scored.respondentId ?? null, role: 'mentee', instrument: 'checkIn', submittedAt: scored.submittedAt ?? null, atRisk: scored.atRisk, quality, riskReasons: '', scored: JSON.stringify(scored) };
		return row;
	});

	/** The program's Data Tables as the report reads them: its record (when given), roster, pairs and answers. */
	const reportTables = (programRecords: TableRow[] = [programRow()]) => {
		const tables = new InMemoryDataTables();
		tables.create('mentorship_programs', programColumns(), programRecords);
		tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')));
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairs);
		tables.create('mentorship_responses', RESPONSE_COLUMNS, responses);
		return tables;
	};

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	it('emails the program manager one HTML report with the per-pair CSV attached', async () => {
		const bamboo = mockBambooReport('100', sampleOrg().map(bambooEmployee));
		const tables = reportTables();

		const result = await runWorkflow(workflow, {
			start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, ...BAMBOO_CREDENTIALS },
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		const summary = result.output('Program KPIs', 0)[0].json as IDataObject & Record<string, IDataObject>;
		expect(summary.period).toEqual({ start: '2025-09-16', end: '2026-03-16' });
		expect(summary.enrolment).toEqual({ total: 60, byRole: { mentor: 20, mentee: 40 } });
		expect(summary.matching).toEqual(expect.objectContaining({ mentees: 40, matchedMentees: 30, matchRate: 0.75, pairs: 30 }));
		expect(summary.responses).toEqual(expect.objectContaining({ total: 20 }));
		expect(summary.atRisk).toEqual(expect.objectContaining({ pairs: 3 }));

		// Every employee of the report reached the KPIs' HRIS input, so retention and promotion are compared.
		expect(result.output('One Item per Employee')).toHaveLength(sampleOrg().length);
		expect(summary.outcomes).not.toBeNull();
		// One BambooHR request for the saved report, all employees including those who left, with the API key as basic auth.
		expect(bamboo.calls.map((call) => call.path)).toEqual(['/api/gateway.php/acme/v1/reports/100/?format=JSON&fd=true&onlyCurrent=false']);
		expect(bamboo.calls[0].headers.authorization).toBe(`Basic ${Buffer.from('bamboo-test-key:x').toString('base64')}`);

		expect(smtp.messages).toHaveLength(1);
		const [mail] = smtp.to('program-manager@example.com');
		expect(mail.parsed.subject).toBe('Mentoring 2026: 2025-09-16 to 2026-03-16');
		expect(String(mail.parsed.html)).toContain('Mentoring 2026');
		expect(mail.parsed.attachments.map((file) => [file.filename, file.contentType])).toEqual([['mentoring-pairs.csv', 'text/csv']]);
		const csv = mail.parsed.attachments[0].content.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
		expect(csv).toHaveLength(1 + pairs.length);
		for (const pair of pairs) expect(csv.some((line) => line.includes(String(pair.pairId)))).toBe(true);
	});

	it('reads hire, leave and promotion dates from Personio instead when HR System says so', async () => {
		const pagesServed = mockPersonioDirectory(sampleOrg());
		const personioWorkflow = withPersonio(workflow);
		const tables = reportTables();

		const result = await runWorkflow(personioWorkflow, {
			start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential, personioApi: PERSONIO_CREDENTIALS },
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		// BambooHR was skipped (the network is closed to it); every Personio person reached the KPIs.
		expect(result.executedNodes).not.toContain('BambooHR Report');
		expect(result.output('Personio or HiBob Employees')).toHaveLength(sampleOrg().length);
		expect(pagesServed.length).toBeGreaterThan(0);
		const summary = result.output('Program KPIs', 0)[0].json as IDataObject & Record<string, IDataObject>;
		expect(summary.enrolment).toEqual({ total: 60, byRole: { mentor: 20, mentee: 40 } });
		expect(summary.outcomes).not.toBeNull();
		expect(smtp.messages).toHaveLength(1);
	});

	it('still emails the report without an HR system when HR System says None, leaving retention and promotion out', async () => {
		const tables = reportTables();

		// No HRIS credential and the network closed: any HR request would fail the run.
		const result = await runWorkflow(withHrSystem(workflow, 'None'), {
			start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
			dataTables: tables,
			credentials: { smtp: smtp.credential },
		});

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(result.executedNodes).not.toContain('BambooHR Report');
		expect(result.executedNodes).not.toContain('Personio or HiBob Employees');
		const summary = result.output('Program KPIs', 0)[0].json as IDataObject & Record<string, IDataObject>;
		expect(summary.matching).toEqual(expect.objectContaining({ mentees: 40, matchedMentees: 30, matchRate: 0.75, pairs: 30 }));
		expect(summary.outcomes).toBeNull();
		expect(smtp.to('program-manager@example.com')).toHaveLength(1);
	});
	describe('when the pairs table also holds proposals, rejected pairs and other programs', () => {
		it("reports each open program to its own manager, counting only that program's introduced pairs and answers", async () => {
			// Worked out by hand: the 30 active pairs above stay the only pairs of mentoring-2026 that count; Mentoring
			// 2025 (still open) has one active pair with one at-risk answer and nobody enrolled; coffee is closed.
			const rejected = mentees.slice(30, 32).map((mentee, index) => ({ ...pairRow(mentors[index], mentee, 'email'), status: 'rejected' }));
			const proposed = [{ ...pairRow(mentors[5], mentees[32], 'email'), status: 'proposed' }];
			const coffee = mentees.slice(33, 36).map((mentee, index) => ({ ...pairRow(mentors[index], mentee, 'slack', 'coffee'), status: 'ended' }));
			const otherProgram = [{ ...pairRow(mentors[7], mentees[36], 'email', 'mentoring-2025') }];
			const otherAnswer: TableRow = { ...responses[10], programId: 'mentoring-2025', pairId: otherProgram[0].pairId, atRisk: true, quality: 1 };
			const tables = new InMemoryDataTables();
			tables.create('mentorship_programs', programColumns(), [
				programRow(),
				// Open, but nobody has applied yet: it still gets its (empty) report, and the loop goes on after it.
				programRow({ programId: 'quiet-2026', name: 'Quiet 2026', start: '2026-03-02', managerEmail: 'quiet-lead@example.com' }),
				programRow({ programId: 'mentoring-2025', name: 'Mentoring 2025', start: '2025-09-01', managerEmail: 'lead-2025@example.com' }),
				programRow({ programId: 'coffee', name: 'Coffee', kind: 'peer', managerEmail: 'coffee-lead@example.com', status: 'closed' }),
			]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [
				...[...mentors, ...mentees].map((person) => rosterRow(person, 'enrolled')),
				...mentees.slice(0, 10).map((person) => rosterRow(person, 'enrolled', 'coffee')),
			]);
			tables.create('mentorship_pairs', PAIR_COLUMNS, [...pairs, ...rejected, ...proposed, ...coffee, ...otherProgram]);
			// Two answers Score could not read, kept by the Surveys template as rejected (the answer as received, no score).
			const rejectedAnswers = [26, 27].map((index): TableRow => ({
				programId: 'mentoring-2026',
				pairId: pairs[index].pairId,
				respondentId: String(pairs[index].menteeEmail),
				role: 'mentee',
				round: 'midpoint',
				status: 'rejected',
				instrument: 'checkIn',
				rejectReason: 'field "meetings": is off its scale (received "1.5")',
				answer: JSON.stringify({ quality: '1', meetings: '1.5' }),
				scored: '',
				atRisk: false,
				quality: null,
			}));
			tables.create('mentorship_responses', RESPONSE_COLUMNS, [...responses, otherAnswer, ...rejectedAnswers]);

			const result = await runWorkflow(withHrSystem(workflow, 'None'), {
				start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential },
			});

			expect(result.error).toBeUndefined();
			const [summary, quiet, lastYear, ...more] = result.runs('Program KPIs').map((run) => run.data?.main[0]?.[0]?.json as IDataObject & Record<string, IDataObject>);
			expect(more).toEqual([]);
			expect(summary.enrolment).toEqual({ total: 60, byRole: { mentor: 20, mentee: 40 } });
			expect(summary.matching).toEqual(expect.objectContaining({ mentees: 40, matchedMentees: 30, matchRate: 0.75, pairs: 30 }));
			expect(summary.responses).toEqual(expect.objectContaining({ total: 20 }));
			expect(summary.atRisk).toEqual(expect.objectContaining({ pairs: 3 }));
			expect([quiet.enrolment, quiet.matching, quiet.responses]).toEqual([
				expect.objectContaining({ total: 0 }),
				expect.objectContaining({ pairs: 0 }),
				expect.objectContaining({ total: 0 }),
			]);
			expect(smtp.to('quiet-lead@example.com').map((mail) => mail.parsed.subject)).toEqual(['Quiet 2026: 2025-09-16 to 2026-03-16']);
			expect(lastYear.enrolment).toEqual(expect.objectContaining({ total: 0 }));
			expect(lastYear.matching).toEqual(expect.objectContaining({ pairs: 1 }));
			expect(lastYear.responses).toEqual(expect.objectContaining({ total: 1 }));
			expect(lastYear.atRisk).toEqual(expect.objectContaining({ pairs: 1 }));
			expect(smtp.to('program-manager@example.com').map((mail) => mail.parsed.subject)).toEqual(['Mentoring 2026: 2025-09-16 to 2026-03-16']);
			expect(smtp.to('lead-2025@example.com').map((mail) => mail.parsed.subject)).toEqual(['Mentoring 2025: 2025-09-16 to 2026-03-16']);
			expect(smtp.to('coffee-lead@example.com')).toEqual([]);
		});
	});
	describe('when the program has a record with goals', () => {
		it('titles the report with the program and leads with each goal against its target', async () => {
			const record = readProgramRecord({ programId: 'mentoring-2026', name: 'Mentoring 2026', managerEmail: 'program-manager@example.com', start: '2026-03-02', lengthMonths: 6 }, { now: '2026-02-01T00:00:00Z' });
			if (!record.ok) throw new Error('the test record must be valid');
			const tables = reportTables([record.row]);

			const result = await runWorkflow(withHrSystem(workflow, 'None'), {
				start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential },
			});

			expect(result.error).toBeUndefined();
			// By hand: 16 March is 15 of the program's 184 days in (8%); 30 of 40 mentees matched is 75%, above 8% of the 90% goal.
			// Meetings: each answer reports 2 meetings, the report's figure; 2 reaches the goal of 2.
			const summary = result.output('Program KPIs', 0)[0].json as IDataObject & { programGoals: IDataObject[]; meetings: IDataObject };
			expect(summary.meetings.perPairPerMonth).toBe(2);
			expect(summary.programGoals.map((goal) => [goal.goal, goal.target, goal.actual, goal.status])).toEqual([
				['goalMatchRate', 90, 75, 'onTrack'],
				['goalMeetingsPerMonth', 2, 2, 'met'],
				['goalGoalAttainment', 80, null, 'noData'],
				['goalRetentionPoints', 5, null, 'noData'],
			]);
			const [mail] = smtp.to('program-manager@example.com');
			expect(mail.parsed.subject).toBe('Mentoring 2026: 2025-09-16 to 2026-03-16');
			const html = String(mail.parsed.html);
			expect(html.indexOf('Program goals')).toBeGreaterThan(0);
			expect(html.indexOf('Program goals')).toBeLessThan(html.indexOf('Match rate'));
			expect(html).toContain('On track');
		});
	});
});
