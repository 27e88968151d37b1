import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import type { RunResult, WorkflowJson } from '../../harness/runWorkflow';
import { runWorkflow } from '../../harness/runWorkflow';
import { MATCHER, matcherWorkflow } from './matcherWorkflow';

const MATCHES = 0;
const UNMATCHED = 1;
const SUMMARY = 2;

// As the matching template runs it.
const workflow = (parameters: IDataObject = {}): WorkflowJson =>
	matcherWorkflow({ operation: 'match', programKind: 'mentoring', minScore: 10, options: { requireConsent: true, referenceDate: '2026-03-02T12:00:00Z' }, ...parameters });

const run = (items: IDataObject[], parameters?: IDataObject) => runWorkflow(workflow(parameters), { start: { node: 'Start', items } });
const pairsOf = (result: RunResult) =>
	result
		.output(MATCHER, MATCHES)
		.map((item) => `${item.json.mentorId}→${item.json.menteeId} ${item.json.score}`)
		.sort();

const sampleOrg = JSON.parse(readFileSync(path.resolve('test/fixtures/sample-org.json'), 'utf8')) as IDataObject[];

describe('Mentor Matcher node', () => {
	describe('when 5 of the 300 people of the sample organisation are broken in 5 ways', () => {
		// Rows that manage nobody, so leaving them out of the reference changes no one else's
		// reporting line (a broken manager's record stays in the org chart: see below).
		const broken: Array<[number, IDataObject, string]> = [
			[23, { email: undefined }, 'email'], // a mentor without a work email
			[40, { name: 'Sam <b>Jones</b>' }, 'name'],
			[60, { email: 'sam@@example' }, 'email'],
			[140, { role: 'boss' }, 'role'],
			[250, { level: 'senior-ish' }, 'level'],
		];
		const items = sampleOrg.map((person, index) => {
			const breakage = broken.find(([row]) => row === index);
			return breakage ? { ...person, ...breakage[1] } : person;
		});
		const clean = sampleOrg.filter((_, index) => !broken.some(([row]) => row === index));
		let result: RunResult;
		let reference: RunResult;

		beforeAll(async () => {
			result = await run(items);
			// The independent reference: the same run on the 295 clean rows only.
			reference = await run(clean);
		});

		it('returns the same matches as the run on the other 295 people', () => {
			expect(result.status).toBe('success');
			expect(reference.status).toBe('success');
			expect(pairsOf(reference).length).toBeGreaterThan(100);
			expect(pairsOf(result)).toEqual(pairsOf(reference));
		});

		it('returns each broken row on Unmatched as invalid, naming the field, paired with its item', () => {
			const invalid = result.output(MATCHER, UNMATCHED).filter((item) => item.json.reasonCode === 'invalid');
			expect(invalid.map((item) => [item.pairedItem, item.json.field, item.json.id])).toEqual(
				broken.map(([row, , field]) => [{ item: row }, field, sampleOrg[row].id]),
			);
			for (const item of invalid) {
				expect(item.json.reasons).toEqual([expect.objectContaining({ field: item.json.field, problem: expect.any(String), expected: expect.any(String) })]);
			}
			// Something to show for each, but the markup never comes back as the person's name.
			const row = (index: number) => sampleOrg[index];
			expect(invalid.map((item) => [item.json.name, item.json.role])).toEqual([
				[row(23).name, row(23).role],
				[row(40).email, row(40).role],
				[row(60).name, row(60).role],
				[row(140).name, 'unknown'],
				[row(250).name, row(250).role],
			]);
		});

		it('counts the invalid people in the Summary and leaves the rest of it as in the reference', () => {
			const [summary] = result.output(MATCHER, SUMMARY);
			const [expected] = reference.output(MATCHER, SUMMARY);
			expect(summary.json).toMatchObject({ invalidPeople: 5, skippedPairRows: 0, matchedMentees: expected.json.matchedMentees, totalScore: expected.json.totalScore });
			expect((summary.pairedItem as unknown[]).length).toBe(300);
		});
	});

	describe('when org-chart-only rows (no consent) have no work email or odd characters in the name', () => {
		it('returns the matches with those rows in the org chart, none of them invalid', async () => {
			// The manager of both candidates is a BambooHR row without email; only the chart needs it.
			const items = [
				{ id: 'boss', name: 'Ann <Boss>', consent: false, role: 'mentee' },
				{ id: 'm1', email: 'm1@example.com', name: 'M One', role: 'mentor', managerId: 'boss', consent: true },
				{ id: 'm2', email: 'm2@example.com', name: 'M Two', role: 'mentor', consent: true },
				{ id: 'e1', email: 'e1@example.com', name: 'E One', role: 'mentee', managerId: 'boss', consent: true },
			];
			const result = await run(items, { minScore: 0 });
			expect(result.status).toBe('success');
			// By hand: boss manages m1 and e1, so e1 may only have m2.
			expect(result.output(MATCHER, MATCHES).map((item) => [item.json.mentorId, item.json.menteeId])).toEqual([['m2', 'e1']]);
			expect(result.output(MATCHER, UNMATCHED).filter((item) => item.json.reasonCode === 'invalid')).toEqual([]);
			expect(result.output(MATCHER, SUMMARY)[0].json).toMatchObject({ invalidPeople: 0, orgIssues: [] });
		});
	});

	describe('when a manager’s own record is invalid', () => {
		it('keeps them in the org chart, so their manager is still never paired with their report', async () => {
			// boss → mid (bad email) → e1. Without mid in the chart, boss and e1 would look unrelated.
			const items = [
				{ id: 'boss', email: 'boss@example.com', name: 'Boss', role: 'mentor', consent: true, skillsOffered: ['go'] },
				{ id: 'mid', email: 'mid@@example.com', name: 'Mid', role: 'mentor', managerId: 'boss', consent: true },
				{ id: 'e1', email: 'e1@example.com', name: 'E One', role: 'mentee', managerId: 'mid', consent: true, skillsWanted: ['go'] },
				{ id: 'm2', email: 'm2@example.com', name: 'M Two', role: 'mentor', consent: true },
			];
			const result = await run(items, { minScore: 0 });
			expect(result.status).toBe('success');
			expect(result.output(MATCHER, MATCHES).map((item) => [item.json.mentorId, item.json.menteeId])).toEqual([['m2', 'e1']]);
			expect(result.output(MATCHER, UNMATCHED).filter((item) => item.json.reasonCode === 'invalid').map((item) => item.json.id)).toEqual(['mid']);
			expect(result.output(MATCHER, SUMMARY)[0].json).toMatchObject({ invalidPeople: 1, orgIssues: [] });
		});
	});

	describe('when a participant has an internationalised email', () => {
		it('matches them, and a nomination written with the Punycode domain names them', async () => {
			const items = [
				{ email: 'Zoë.Tanaka@Bücher.example', name: 'Zoë Tanaka', role: 'mentor', consent: true },
				{ email: 'other@example.com', name: 'Other Mentor', role: 'mentor', consent: true },
				{ email: 'jan@example.com', name: 'Jan', role: 'mentee', consent: true, nominations: ['zoe\u0308.tanaka@xn--bcher-kva.example'] },
			];
			const result = await run(items, { minScore: 0, weights: { nomination: 100 } });
			expect(result.status).toBe('success');
			expect(result.output(MATCHER, MATCHES).map((item) => [item.json.mentorEmail, item.json.menteeEmail])).toEqual([['zoë.tanaka@bücher.example', 'jan@example.com']]);
			expect(result.output(MATCHER, SUMMARY)[0].json).toMatchObject({ nomineeShare: 1 });
		});
	});

	describe('when the pair history holds rows of every status', () => {
		// One mentor with one place and one mentee who suit each other: without history they pair.
		const people = [
			{ id: 'm', email: 'm@example.com', name: 'M', role: 'mentor', consent: true, skillsOffered: ['go'] },
			{ id: 'e', email: 'e@example.com', name: 'E', role: 'mentee', consent: true, skillsWanted: ['go'] },
		];
		const withHistory = (status: string) => run([...people, { mentorId: 'm', menteeId: 'e', status, runId: 'run-1', programId: '' }], { minScore: 0 });

		it.each(['proposed', 'rejected'])('ignores a %s row: the pair is made and the place was free', async (status) => {
			const result = await withHistory(status);
			expect(result.status).toBe('success');
			expect(result.output(MATCHER, MATCHES).map((item) => [item.json.mentorId, item.json.menteeId, item.json.locked])).toEqual([['m', 'e', false]]);
		});

		it.each(['completed', 'ended'])('never repeats the pair when its row says %s', async (status) => {
			const result = await withHistory(status);
			expect(result.status).toBe('success');
			expect(result.output(MATCHER, MATCHES)).toEqual([]);
			expect(result.output(MATCHER, UNMATCHED).find((item) => item.json.id === 'e')?.json).toMatchObject({ reason: 'noEligibleMentor', mainRule: 'history' });
		});

		it('keeps an active pair (the place is taken) and outputs a locked one again', async () => {
			const active = await withHistory('active');
			expect(active.output(MATCHER, MATCHES)).toEqual([]);
			expect(active.output(MATCHER, SUMMARY)[0].json).toMatchObject({ activePairs: 1, mentees: 0 });
			const locked = await withHistory('locked');
			expect(locked.output(MATCHER, MATCHES).map((item) => [item.json.mentorId, item.json.menteeId, item.json.locked])).toEqual([['m', 'e', true]]);
		});

		it('skips a row with an unknown status, reports it in the Summary, and matches as if it were not there', async () => {
			const result = await withHistory('on hold');
			expect(result.status).toBe('success');
			expect(result.output(MATCHER, MATCHES).map((item) => [item.json.mentorId, item.json.menteeId])).toEqual([['m', 'e']]);
			expect(result.output(MATCHER, SUMMARY)[0].json).toMatchObject({
				skippedPairRows: 1,
				skippedPairRowProblems: ['item 2: status "on hold" is not a pair status'],
			});
		});
	});
});
