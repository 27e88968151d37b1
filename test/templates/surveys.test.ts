import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import type { Edge } from './helpers/edges';
import { closeEdges, EDGE_CREDENTIALS, isolateNetwork, mockGraph, mockSlack } from './helpers/edges';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import { CLAIM_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, RESPONSE_COLUMNS, sampleOrg, SENT_LOG_COLUMNS } from './helpers/templates';

const workflow = loadTemplate('mentorship-surveys.json');
/**
 * The program runs from 2 March 2026 for six months (184 days), so its middle is
 * 2 March + 92 days = Tuesday 2 June 2026: the mid-point survey day. 12:00 UTC is
 * past the start of that day everywhere from Tokyo to London.
 */
const TICK = '2026-06-02T12:00:00.000+00:00';
const FORM_URL = 'https://n8n.example.com/form/mentorship-check-in';

describe('the Surveys template', () => {
	let smtp: LoopbackSmtp;
	let slack: Edge;
	let graph: Edge;
	let tables: InMemoryDataTables;
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	const channels = ['email', 'slack', 'teams'];
	const pairs = Array.from({ length: 24 }, (_, index) => pairRow(mentors[index], mentees[index], channels[index % 3]));
	const credentials = () => ({ smtp: smtp.credential, ...EDGE_CREDENTIALS });

	beforeEach(async () => {
		isolateNetwork();
		smtp = await startSmtp();
		slack = mockSlack();
		graph = mockGraph();
		tables = new InMemoryDataTables();
		tables.create('mentorship_pairs', PAIR_COLUMNS, pairs);
		tables.create('mentorship_sent_log', SENT_LOG_COLUMNS);
		tables.create('mentorship_claims', CLAIM_COLUMNS);
		tables.create('mentorship_responses', RESPONSE_COLUMNS);
	});

	afterEach(async () => {
		closeEdges();
		await smtp.close();
	});

	describe('when the mid-point survey day comes', () => {
		it('sends each due person one invitation with the link to their pair check-in', async () => {
			const result = await runWorkflow(workflow, {
				start: { node: 'Every Morning', items: [{ timestamp: TICK }] },
				dataTables: tables,
				credentials: credentials(),
				executionId: 'exec-survey',
			});

			expect(result.error).toBeUndefined();
			const due = result.output('Due Reminders', 0).map((item) => item.json);
			expect(due.length).toBeGreaterThan(0);
			expect(new Set(due.map((reminder) => reminder.kind))).toEqual(new Set(['midpointSurvey']));
			const emailed = due.filter((reminder) => pairs.find((pair) => pair.pairId === reminder.pairId)?.channel === 'email');
			expect(smtp.messages).toHaveLength(emailed.length);
			for (const reminder of emailed) {
				const [mail] = smtp.to(String(reminder.recipientEmail));
				expect(mail.parsed.text).toContain(`${FORM_URL}?pairId=${encodeURIComponent(String(reminder.pairId))}`);
			}
			const bySlack = due.filter((reminder) => pairs.find((pair) => pair.pairId === reminder.pairId)?.channel === 'slack');
			expect(slack.to('/api/chat.postMessage')).toHaveLength(bySlack.length);
			for (const call of slack.to('/api/chat.postMessage')) expect(String(call.body.text)).toContain(`${FORM_URL}?pairId=`);
			const byTeams = due.filter((reminder) => pairs.find((pair) => pair.pairId === reminder.pairId)?.channel === 'teams');
			expect(graph.to(/\/messages$/)).toHaveLength(byTeams.length);
			// Sent and deliberately skipped invitations are both logged, so none comes back tomorrow.
			const skipped = result.output('Due Reminders', 1);
			expect(tables.rows('mentorship_sent_log')).toHaveLength(due.length + skipped.length);
		});
	});

	describe('when people answer the check-in form', () => {
		const answer = (pairIndex: number, role: 'mentor' | 'mentee', quality: number, met: 'Yes' | 'No', overrides: IDataObject = {}): IDataObject => {
			const pair = pairs[pairIndex];
			return {
				pairId: pair.pairId,
				email: role === 'mentor' ? pair.mentorEmail : pair.menteeEmail,
				role,
				quality: String(quality),
				met,
				meetings: met === 'Yes' ? 2 : 0,
				lastMeeting: met === 'Yes' ? '2026-05-26' : '',
				comment: '',
				submittedAt: '2026-06-03T10:00:00.000+02:00',
				formMode: 'production',
				...overrides,
			};
		};
		const submit = async (items: IDataObject[]) =>
			await runWorkflow(workflow, { start: { node: 'Check-In Form', items }, dataTables: tables, credentials: credentials() });

		it('stores every scored answer of a pair member and alerts the program manager once per pair at risk', async () => {
			// Ten answers; a relationship quality of 2 or less (the node's default threshold) marks the pair at risk: pairs 2 and 5.
			const answers = [
				answer(0, 'mentor', 4, 'Yes'),
				answer(0, 'mentee', 5, 'Yes'),
				answer(1, 'mentor', 4, 'Yes'),
				answer(1, 'mentee', 3, 'Yes'),
				answer(2, 'mentee', 2, 'Yes'),
				answer(3, 'mentor', 5, 'Yes'),
				answer(4, 'mentee', 4, 'Yes'),
				answer(5, 'mentor', 1, 'Yes'),
				answer(6, 'mentee', 3, 'Yes'),
				answer(7, 'mentor', 4, 'Yes'),
			];
			for (const item of answers) {
				const result = await submit([item]);
				expect(result.error).toBeUndefined();
			}

			const stored = tables.rows('mentorship_responses');
			expect(stored.map((row) => [row.pairId, row.respondentId, row.quality])).toEqual(
				answers.map((item) => [item.pairId, String(item.email).toLowerCase(), Number(item.quality)]),
			);
			expect(stored.filter((row) => row.atRisk === true).map((row) => row.pairId)).toEqual([pairs[2].pairId, pairs[5].pairId]);
			expect(JSON.parse(String(stored[0].scored))).toEqual(expect.objectContaining({ instrument: 'checkIn', pairId: pairs[0].pairId }));
			const alerts = smtp.to('program-manager@example.com');
			expect(alerts.map((mail) => mail.parsed.subject)).toEqual([
				`Mentoring pair at risk: ${pairs[2].mentorName} and ${pairs[2].menteeName}`,
				`Mentoring pair at risk: ${pairs[5].mentorName} and ${pairs[5].menteeName}`,
			]);
			expect(alerts[0].parsed.text).toContain('Relationship quality: 2 of 5');
		});

		it('ignores an answer from someone outside the pair', async () => {
			const outsider = sampleOrg().find((person) => person.role === 'both')!;
			const result = await submit([answer(0, 'mentee', 1, 'No', { email: outsider.email })]);

			expect(result.status).toBe('success');
			expect(tables.rows('mentorship_responses')).toEqual([]);
			expect(smtp.messages).toEqual([]);
		});
	});
});
