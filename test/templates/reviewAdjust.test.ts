import './helpers/esmModules';

import type { IDataObject, INode, Workflow } from 'n8n-workflow';

import { pairId } from '../../nodes/core/matching/pairId';
import { ADJUST_PROGRAM, ADJUSTED, adjustOrg, OWN_MENTOR, SKILLS_ONLY } from '../core/matching/adjustOrg';
import type { ColumnSpec } from '../harness/dataTables';
import { InMemoryDataTables } from '../harness/dataTables';
import { resumeWorkflow } from '../harness/resumeWorkflow';
import type { RunResult, WorkflowJson } from '../harness/runWorkflow';
import { runWorkflow } from '../harness/runWorkflow';
import { withQuickRetries } from './helpers/delivery';
import { formPage } from './helpers/formPages';
import { LINK_CREDENTIALS } from './helpers/links';
import type { LoopbackSmtp } from './helpers/smtp';
import { startSmtp } from './helpers/smtp';
import type { TableRow } from './helpers/templates';
import { withHrSystem } from './helpers/personio';
import { loadTemplate, PAIR_COLUMNS, PROGRAM_COLUMNS, programRow, ROSTER_COLUMNS } from './helpers/templates';

/**
 * The template with the hand-worked org's weights on its Matcher nodes: only skills weigh,
 * so every score is 67, 33 or 0 (see test/core/matching/adjustOrg.ts). The program record
 * (below) supplies the rules, as it does on a server. Retries wait 1 ms instead of seconds.
 */
function template(file = 'mentorship-review-adjust.json'): WorkflowJson {
	const workflow = loadTemplate(file);
	for (const node of workflow.nodes) if (node.type === 'n8n-nodes-mentorship.mentorMatcher') node.parameters = { ...node.parameters, weights: SKILLS_ONLY };
	return withQuickRetries(workflow);
}

const workflow = template();
const ADJUSTMENT_COLUMNS: ColumnSpec[] = ['programId', 'runId', 'adjustedBy', 'adjustedAt', 'action', 'mentorId', 'menteeId', 'toMentorId', 'personId', 'note', 'outcome', 'reason', 'message'].map((name) => ({ name, type: 'string' as const }));

const people = adjustOrg();
/** The program's record: the default rules (a reporting line forbidden), mentors who manage someone allowed (M6 manages E07). */
const PROGRAM = programRow({ programId: ADJUST_PROGRAM, managerMentors: 'allow', department: 'noPreference' });
const nameOf = (id: string) => people.find((person) => person.id === id)!.name;

function rosterRows(): TableRow[] {
	return people.map((person) => ({
		participantId: person.id,
		email: person.email,
		name: person.name,
		role: person.role,
		department: person.department ?? '',
		skillsOffered: person.skillsOffered.join(', '),
		skillsWanted: person.skillsWanted.join(', '),
		managerId: person.managerId ?? '',
		capacity: person.capacity,
		consent: true,
		programId: ADJUST_PROGRAM,
		status: 'enrolled',
	}));
}

function proposalRow(menteeId: string, mentorId: string, runId: string): TableRow {
	return {
		// Run 41's pairs carry the Matcher's pair ids, as Store Proposals writes them; run 40's differ only in run.
		pairId: runId === '41' ? pairId({ programId: ADJUST_PROGRAM, mentorId, menteeId }) : `${runId}-${mentorId}-${menteeId}`,
		programId: ADJUST_PROGRAM,
		status: 'proposed',
		channel: 'email',
		score: 67,
		reasons: 'shares 2 of 3 wanted skills',
		mentorId,
		mentorName: nameOf(mentorId),
		mentorEmail: `${mentorId}@example.com`,
		menteeId,
		menteeName: nameOf(menteeId),
		menteeEmail: `${menteeId}@example.com`,
		runId,
		approvedAt: '',
		reviewNote: '',
		adjustRound: '',
	};
}

/** The answers the adjust page sends, one per shown pair (by its field `pairK`), from choices keyed by mentee. */
function answersFor(waiting: RunResult, choices: Record<string, string | ((options: string[]) => string)>, note = ''): IDataObject {
	const [page] = waiting.output('Page Fields');
	const shown = page.json.shown as Array<{ menteeId: string }>;
	const fields = page.json.fields as Array<{ fieldName?: string; fieldOptions?: { values: Array<{ option: string }> } }>;
	const answers: IDataObject = { note };
	shown.forEach((pair, k) => {
		const options = fields.find((field) => field.fieldName === `pair${k}`)!.fieldOptions!.values.map((value) => value.option);
		const choice = choices[pair.menteeId];
		answers[`pair${k}`] = choice === undefined ? 'Keep as proposed' : typeof choice === 'string' ? choice : choice(options);
	});
	return answers;
}

const moveTo = (mentorId: string) => (options: string[]) => {
	const option = options.find((entry) => entry.includes(`[${mentorId}]`));
	if (option === undefined) throw new Error(`No option to move to ${mentorId} among: ${options.join(' | ')}`);
	return option;
};

describe('the Review and adjust template', () => {
	let smtp: LoopbackSmtp;
	let tables: InMemoryDataTables;
	const credentials = () => ({ smtp: smtp.credential, httpBasicAuth: { user: 'pm', password: 'secret' } });

	beforeEach(async () => {
		smtp = await startSmtp();
		tables = new InMemoryDataTables();
		tables.create('mentorship_programs', PROGRAM_COLUMNS, [PROGRAM]);
		tables.create('mentorship_roster', ROSTER_COLUMNS, rosterRows());
		tables.create('mentorship_pairs', PAIR_COLUMNS, [
			...Object.entries(OWN_MENTOR).map(([mentee, mentor]) => proposalRow(mentee, mentor, '41')),
			// Run 40's proposals, still waiting: adjusting run 41 must leave them as they are.
			proposalRow('E01', 'M2', '40'),
			proposalRow('E12', 'M2', '40'),
		]);
		tables.create('mentorship_adjustments', ADJUSTMENT_COLUMNS);
	});

	afterEach(async () => await smtp.close());

	const open = async (form: IDataObject, executionId = 'exec-adjust') =>
		await runWorkflow(workflow, {
			start: { node: 'Review and Adjust', items: [{ programId: ADJUST_PROGRAM, runId: '41', reviewer: 'Pat Manager', search: '', page: 1, submittedAt: '2026-03-02T09:00:00.000+01:00', formMode: 'production', ...form }] },
			dataTables: tables,
			credentials: credentials(),
			executionId,
		});
	const submit = async (waiting: RunResult, answers: IDataObject, executionId = 'exec-adjust') =>
		await resumeWorkflow(workflow, waiting, [answers], { dataTables: tables, credentials: credentials(), executionId });
	const runRows = (runId: string) => tables.rows('mentorship_pairs').filter((row) => row.runId === runId);

	describe('when the program record says the default language is Dutch', () => {
		it('tells the program manager what changed in Dutch, by email and on the page', async () => {
			// The program manager sets the language in the program's record.
			const programs = tables.tables().find((table) => table.name === 'mentorship_programs')!;
			const proxy = await tables.provider.getDataTableProxy({} as Workflow, { type: 'n8n-nodes-base.dataTable' } as INode, programs.id);
			await proxy.updateRows({ filter: { type: 'and', filters: [{ columnName: 'programId', condition: 'eq', value: ADJUST_PROGRAM }] }, data: { language: 'nl' } });
			const waiting = await open({});
			const done = await submit(waiting, answersFor(waiting, { E05: 'Drop this pair' }));

			// Written by hand from the catalogue's Dutch sentences.
			expect(formPage(workflow, done).title).toBe('Voorstellen aangepast');
			const [mail] = smtp.to('program-manager@example.com');
			expect(mail.parsed.subject).toBe(`Aangepaste voorstellen voor ${ADJUST_PROGRAM} (ronde 41)`);
			expect(String(mail.parsed.text)).toContain('Pat Manager heeft de voorgestelde koppels van ronde 41 aangepast.');
		});
	});

	describe('when the program manager opens the adjust page of a run', () => {
		it('lists the run’s proposals grouped by mentor, each with score and reasons, and offers moves to suggested mentors', async () => {
			const waiting = await open({});
			expect(waiting.error).toBeUndefined();
			expect(waiting.status).toBe('waiting');
			const [page] = waiting.output('Page Fields');
			const fields = page.json.fields as Array<{ fieldType: string; html?: string; fieldLabel?: string; fieldOptions?: { values: Array<{ option: string }> } }>;
			// 6 mentor headings, 12 pairs, then the note.
			expect(fields.filter((field) => field.fieldType === 'html').map((field) => field.html!.slice(0, 18))).toEqual(
				['M1', 'M2', 'M3', 'M4', 'M5', 'M6'].map((id) => `<h3>Mentor ${id}</h3>`.slice(0, 18)),
			);
			expect(fields.filter((field) => field.fieldType === 'dropdown')).toHaveLength(12);
			expect(fields[fields.length - 1]).toEqual({ fieldLabel: 'Note for the audit trail (optional)', fieldName: 'note', fieldType: 'textarea' });
			expect(fields[1].fieldLabel).toBe('Mentee E01 (Ops) · score 67 · shares 2 of 3 wanted skills');
			// E10's only other mentor with places is M1 (shares skill a: 1 of 3, score 33).
			const e10 = fields.find((field) => field.fieldLabel?.startsWith('Mentee E10'))!;
			expect(e10.fieldOptions!.values.map((value) => value.option)).toEqual([
				'Keep as proposed',
				'Lock this pair',
				'Drop this pair',
				'Move to Mentor M1 [M1] (score 33: shares 1 of 3 wanted skills: a; 2 places, 2 proposed now)',
				'Leave the mentee out of this round',
				'Leave the mentor out of this round',
			]);
			expect(page.json.description).toBe(
				'Pairs 1 to 12 of 12, grouped by mentor. Pairs not on this page stay as proposed. Refused choices (a reporting line, a full mentor) are shown after you apply.',
			);
		});

		it('shows only the pairs whose names or departments match the search, 50 a page', async () => {
			const waiting = await open({ search: 'mentor m6' });
			expect((waiting.output('Page Fields')[0].json.shown as IDataObject[]).map((pair) => pair.menteeId)).toEqual(['E11', 'E12']);
			const second = await open({ page: 2 }, 'exec-page-2');
			expect(second.output('Page Fields')[0].json.shown).toEqual([]);
			expect(second.output('Page Fields')[0].json.description).toBe(
				'Page 2 is past the end: the 12 pairs fill 1 page(s). Go back and choose another page, or submit to re-solve without changes.',
			);
		});

		it('pages a large run 50 pairs at a time, still grouped by mentor', async () => {
			// 65 mentors with two places each and 130 mentees, mentee k proposed with mentor ⌈k/2⌉.
			const pad = (k: number) => String(k).padStart(3, '0');
			const mentorRows = Array.from({ length: 65 }, (_, k) => ({
				participantId: `X${pad(k + 1)}`, email: `x${pad(k + 1)}@example.com`, name: `Mentor X${pad(k + 1)}`, role: 'mentor', department: 'Sales',
				skillsOffered: `s${k + 1}`, skillsWanted: '', managerId: '', capacity: 2, consent: true, programId: ADJUST_PROGRAM, status: 'enrolled',
			}));
			const menteeRows = Array.from({ length: 130 }, (_, k) => ({
				participantId: `Y${pad(k + 1)}`, email: `y${pad(k + 1)}@example.com`, name: `Mentee Y${pad(k + 1)}`, role: 'mentee', department: k < 10 ? 'Legal' : 'Ops',
				skillsOffered: '', skillsWanted: `s${Math.ceil((k + 1) / 2)}`, managerId: '', capacity: 1, consent: true, programId: ADJUST_PROGRAM, status: 'enrolled',
			}));
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [PROGRAM]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, [...mentorRows, ...menteeRows]);
			tables.create('mentorship_pairs', PAIR_COLUMNS, menteeRows.map((mentee, k) => ({
				...proposalRow('E01', 'M1', '41'), pairId: `p${k}`, mentorId: `X${pad(Math.ceil((k + 1) / 2))}`, mentorName: `Mentor X${pad(Math.ceil((k + 1) / 2))}`, menteeId: mentee.participantId, menteeName: mentee.name,
			})));
			tables.create('mentorship_adjustments', ADJUSTMENT_COLUMNS);
			const third = await open({ page: 3 }, 'exec-large');
			const [page] = third.output('Page Fields');
			expect((page.json.shown as IDataObject[]).map((pair) => pair.menteeId)).toEqual(menteeRows.slice(100).map((row) => row.participantId));
			expect(page.json.description).toBe(
				'Pairs 101 to 130 of 130, grouped by mentor. Pairs not on this page stay as proposed. Refused choices (a reporting line, a full mentor) are shown after you apply.',
			);
			expect((page.json.fields as IDataObject[]).filter((field) => field.fieldType === 'html')).toHaveLength(15);
			const legal = await open({ search: 'legal' }, 'exec-legal');
			expect((legal.output('Page Fields')[0].json.shown as IDataObject[]).map((pair) => pair.menteeId)).toEqual(menteeRows.slice(0, 10).map((row) => row.participantId));
		});
	});

	describe('when she locks two pairs, drops one, moves a mentee and leaves one out', () => {
		const review = {
			E01: 'Lock this pair',
			E02: 'Lock this pair',
			E04: moveTo('M3'),
			E05: 'Drop this pair',
			// A forged answer: M6 is in E07's reporting line, the page never offers it.
			E07: 'Move to Mentor M6 [M6] (score 0)',
			E10: moveTo('M1'),
			E12: 'Leave the mentee out of this round',
		};

		it('stores the re-solved pairs under the same run, retires the ones that left it and leaves run 40 alone', async () => {
			const waiting = await open({});
			const done = await submit(waiting, answersFor(waiting, review, 'E05 asked for a mentor outside engineering'));
			expect(done.error).toBeUndefined();

			const proposed = runRows('41').filter((row) => row.status === 'proposed');
			expect(Object.fromEntries(proposed.map((row) => [row.menteeId, [row.mentorId, row.score]]))).toEqual(ADJUSTED);
			expect(Object.fromEntries(proposed.filter((row) => row.adjusted === true).map((row) => [row.menteeId, row.adjustment]))).toEqual({
				E04: 'moved',
				E05: 'resolved',
				E08: 'resolved',
			});
			const retired = runRows('41').filter((row) => row.status === 'rejected');
			expect(retired.map((row) => `${String(row.mentorId)}-${String(row.menteeId)}`).sort()).toEqual(['M2-E04', 'M3-E05', 'M4-E08', 'M6-E12']);
			expect(retired[0].reviewNote).toBe('left the run when Pat Manager adjusted it');
			expect(runRows('40').map((row) => [row.menteeId, row.mentorId, row.status])).toEqual([
				['E01', 'M2', 'proposed'],
				['E12', 'M2', 'proposed'],
			]);
		});

		it('records every choice with who, when and the outcome in mentorship_adjustments', async () => {
			const waiting = await open({});
			await submit(waiting, answersFor(waiting, review, 'E05 asked for a mentor outside engineering'));
			const audit = tables.rows('mentorship_adjustments');
			expect(audit.map((row) => [row.action, row.menteeId || row.personId, row.toMentorId, row.outcome, row.reason])).toEqual([
				['lock', 'E01', '', 'applied', ''],
				['lock', 'E02', '', 'applied', ''],
				['move', 'E04', 'M3', 'applied', ''],
				['drop', 'E05', '', 'applied', ''],
				['move', 'E07', 'M6', 'refused', 'reportingLine'],
				['move', 'E10', 'M1', 'refused', 'mentorFull'],
				['leaveOut', 'E12', '', 'applied', ''],
				['note', '', '', 'applied', ''],
			]);
			expect(new Set(audit.map((row) => [row.programId, row.runId, row.adjustedBy].join('/')))).toEqual(new Set([`${ADJUST_PROGRAM}/41/Pat Manager`]));
			expect(audit[7].note).toBe('E05 asked for a mentor outside engineering');
		});

		it('ends on a page, and sends an email, that say what changed and what was refused', async () => {
			const waiting = await open({});
			const done = await submit(waiting, answersFor(waiting, review));
			const page = formPage(workflow, done);
			expect(page.title).toBe('Proposals adjusted');
			const lines = page.message.split('\n');
			expect(lines[0]).toBe('Before: 12 pairs, total score 804, lowest 67. After: 11 pairs, total score 635, lowest 33.');
			expect(page.message).toContain('Mentee E04 moves from Mentor M2 (score 67) to Mentor M3 (score 33), as you chose.');
			expect(page.message).toContain('Mentee E08 moves from Mentor M4 (score 67) to Mentor M6 (score 33), re-solved around your choices.');
			expect(page.message).toContain('Mentee E12 is no longer matched: Left out of this round by the program manager.');
			expect(page.message).toContain('- Mentor M6 and Mentee E07 cannot be paired: one is in the other\'s reporting line (rule "reportingLine")');
			expect(page.message).toContain('- Mentor M1 has no free place left (capacity 2, taken by active and kept pairs)');
			const [mail] = smtp.to('program-manager@example.com');
			expect(mail.parsed.subject).toBe(`Adjusted proposals for ${ADJUST_PROGRAM} (run 41)`);
			expect(mail.parsed.text).toContain(lines[0]);
		});

		it('still applies the choices and shows what changed when the mail server refuses the email', async () => {
			const waiting = await open({});
			smtp.refusing = true;
			const done = await submit(waiting, answersFor(waiting, review, 'E05 asked for a mentor outside engineering'));

			// The page is the manager's record of the change; the email is a copy, tried three times, then given up.
			const page = formPage(workflow, done);
			expect(page.title).toBe('Proposals adjusted');
			expect(page.message.split('\n')[0]).toBe('Before: 12 pairs, total score 804, lowest 67. After: 11 pairs, total score 635, lowest 33.');
			expect(tables.rows('mentorship_adjustments').length).toBeGreaterThan(0);
			expect(tables.rows('mentorship_pairs').filter((row) => row.runId === '41' && row.status === 'proposed')).toHaveLength(11);
			expect(smtp.messages).toEqual([]);
		});

		it('can be adjusted again: the second review starts from the first one’s pairs', async () => {
			const first = await open({});
			await submit(first, answersFor(first, review));
			const again = await open({}, 'exec-adjust-2');
			// E12 was left out last time; its own mentor M6 now has E08 and E11.
			const shown = again.output('Page Fields')[0].json.shown as Array<{ menteeId: string; mentorId: string }>;
			expect(shown.map((pair) => `${pair.mentorId}-${pair.menteeId}`)).toEqual(Object.entries(ADJUSTED).map(([mentee, [mentor]]) => `${mentor}-${mentee}`).sort());
			const done = await submit(again, answersFor(again, { E08: 'Drop this pair' }), 'exec-adjust-2');
			expect(done.error).toBeUndefined();
			expect(runRows('41').filter((row) => row.status === 'proposed').some((row) => row.menteeId === 'E08' && row.mentorId === 'M6')).toBe(false);
		});
	});

	describe('when she follows the link in the Matching template’s review email, adjusts and approves', () => {
		it('introduces exactly the adjusted pairs', async () => {
			// The Matching template on the roster alone, with the same settings as the adjust page.
			const matching = withHrSystem(template('mentorship-matching.json'), 'None');
			tables = new InMemoryDataTables();
			tables.create('mentorship_programs', PROGRAM_COLUMNS, [PROGRAM]);
			tables.create('mentorship_roster', ROSTER_COLUMNS, rosterRows());
			tables.create('mentorship_pairs', PAIR_COLUMNS);
			tables.create('mentorship_adjustments', ADJUSTMENT_COLUMNS);
			const review = await runWorkflow(matching, {
				start: { node: 'Run Matching Now', items: [{ programId: ADJUST_PROGRAM, channel: 'email', privateChannel: 'no', submittedAt: '2026-03-02T09:00:00.000+01:00' }] },
				dataTables: tables,
				credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS },
				executionId: 'exec-match',
			});
			expect(review.status).toBe('waiting');
			const [mail] = smtp.to('program-manager@example.com');
			const link = /https:\/\/n8n\.example\.com\/form\/mentorship-review-adjust\?programId=([\w-]+)&(?:amp;)?runId=([\w-]+)/.exec(String(mail.parsed.html));
			expect(link?.slice(1)).toEqual([ADJUST_PROGRAM, 'exec-match']);

			const page = await open({ programId: link![1], runId: link![2] });
			const done = await submit(page, answersFor(page, { E01: 'Lock this pair', E02: 'Lock this pair', E04: moveTo('M3'), E05: 'Drop this pair', E12: 'Leave the mentee out of this round' }));
			expect(formPage(workflow, done).title).toBe('Proposals adjusted');

			const approved = await resumeWorkflow(matching, review, [{ data: { approved: true } }], { dataTables: tables, credentials: { smtp: smtp.credential, ...LINK_CREDENTIALS }, executionId: 'exec-match' });
			expect(approved.error).toBeUndefined();
			const introduced = smtp.messages.filter((message) => String(message.parsed.subject).startsWith('Meet your mentoring partner'));
			const pairs = introduced.map((message) => message.to.sort().join(' + ')).sort();
			expect(pairs).toEqual(Object.entries(ADJUSTED).map(([mentee, [mentor]]) => `${mentee.toLowerCase()}@example.com + ${mentor.toLowerCase()}@example.com`).sort());
			expect(tables.rows('mentorship_pairs').filter((row) => row.status === 'active')).toHaveLength(11);
		});
	});

	describe('when the form post is forged or oversized', () => {
		it('refuses choices that name no mentor or a mentee as mentor, and cuts an oversized note', async () => {
			const waiting = await open({});
			const answers = answersFor(waiting, { E03: 'Move to nobody', E05: 'Move to Mentee E06 [E06]', E06: 'Promote to CEO' }, 'x'.repeat(50000));
			const done = await submit(waiting, { ...answers, extra: 'ignored', pair99: 'Drop this pair' });
			expect(done.error).toBeUndefined();
			const audit = tables.rows('mentorship_adjustments');
			expect(audit.map((row) => [row.action, row.menteeId, row.outcome, row.reason])).toEqual([
				['move', 'E03', 'refused', 'invalid'],
				['move', 'E05', 'refused', 'notAMentor'],
				['note', '', 'applied', ''],
			]);
			expect(String(audit[2].note)).toHaveLength(1000);
			// Nothing applied: the run keeps its 12 pairs.
			expect(runRows('41').filter((row) => row.status === 'proposed')).toHaveLength(12);
		});

		it('says so when the link names a program without a record', async () => {
			const result = await open({ programId: 'no-such-program' }, 'exec-no-program');
			expect(formPage(workflow, result).message).toBe('There is no program record for "no-such-program". Create it with the Program Setup form, or check the link.');
		});

		it('says there is nothing to adjust for a run that is not waiting for review, and changes nothing', async () => {
			const result = await open({ runId: '39' }, 'exec-nothing');
			expect(formPage(workflow, result)).toEqual({
				node: 'Nothing to Adjust',
				title: 'Nothing to adjust',
				message: `Run 39 of ${ADJUST_PROGRAM} has no proposals waiting for review: they were approved, rejected, or replaced by a newer matching run.`,
			});
			expect(tables.rows('mentorship_pairs').every((row) => row.status === 'proposed')).toBe(true);
		});
	});
});
