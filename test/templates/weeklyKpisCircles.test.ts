import './helpers/esmModules';

import type { IDataObject } from 'n8n-workflow';

import { programColumns } from '../../nodes/core/program/fields';
import { InMemoryDataTables } from '../harness/dataTables';
import { runWorkflow } from '../harness/runWorkflow';
import { loopbackMailPerTest } from './helpers/languages';
import { withHrSystem } from './helpers/personio';
import type { TableRow } from './helpers/templates';
import { CIRCLE_COLUMNS, loadTemplate, PAIR_COLUMNS, pairRow, programRow, RESPONSE_COLUMNS, ROSTER_COLUMNS, rosterRow, sampleOrg } from './helpers/templates';

const workflow = loadTemplate('mentorship-weekly-kpis.json');
/** Monday 16 March 2026, 09:00 in Amsterdam. */
const TICK = '2026-03-16T09:00:00.000+01:00';
const GROUP = 'circles-2026';
const GROUP_LEAD = 'circles-lead@example.com';

describe('the Weekly KPI email template with a group program', () => {
	const inbox = loopbackMailPerTest();
	const mentors = sampleOrg().filter((person) => person.role === 'mentor');
	const mentees = sampleOrg().filter((person) => person.role === 'mentee');
	// The group program: 3 mentors and 8 mentees enrolled. Circles: mentors[0] with mentees 0-3 (active), mentors[1]
	// with mentees 4-6 (active, its Slack channel could not be made); mentee 7 is in none; mentors[2] leads none.
	const groupMentors = mentors.slice(0, 3);
	const groupMentees = mentees.slice(0, 8);
	const circleRow = (mentorIndex: number, members: number[], fields: TableRow = {}): TableRow => ({
		programId: GROUP,
		circleId: `circle-${mentorIndex}`,
		status: 'active',
		channel: 'email',
		mentorId: mentors[mentorIndex].id,
		mentorName: mentors[mentorIndex].name,
		mentorEmail: mentors[mentorIndex].email,
		mentorTimezone: mentors[mentorIndex].timezone,
		mentorSlackId: '',
		mentees: JSON.stringify(members.map((k) => ({ id: mentees[k].id, name: mentees[k].name, email: mentees[k].email, timezone: mentees[k].timezone, pairId: `pair-${k}` }))),
		memberEmails: [mentors[mentorIndex].email, ...members.map((k) => mentees[k].email)].join(','),
		runId: 'run-1',
		size: members.length,
		meanScore: 50,
		slackChannelId: '',
		teamsChatId: '',
		introducedAt: '2026-03-02T09:00:00.000Z',
		introductionError: '',
		...fields,
	});

	const tables = () => {
		const made = new InMemoryDataTables();
		made.create('mentorship_programs', programColumns(), [
			programRow({ programId: GROUP, name: 'Circles 2026', kind: 'group', managerEmail: GROUP_LEAD }),
			programRow({ programId: 'pairs-2026', name: 'Pairs 2026', managerEmail: 'pairs-lead@example.com' }),
		]);
		made.create('mentorship_roster', ROSTER_COLUMNS, [
			...[...groupMentors, ...groupMentees].map((person) => rosterRow(person, 'enrolled', GROUP)),
			...[mentors[10], mentees[20]].map((person) => rosterRow(person, 'enrolled', 'pairs-2026')),
		]);
		made.create('mentorship_pairs', PAIR_COLUMNS, [pairRow(mentors[10], mentees[20], 'email', 'pairs-2026')]);
		made.create('mentorship_circles', CIRCLE_COLUMNS, [circleRow(0, [0, 1, 2, 3]), circleRow(1, [4, 5, 6], { introductionError: 'channel_not_found' })]);
		made.create('mentorship_responses', RESPONSE_COLUMNS);
		return made;
	};


	it("reports the group program's circles to its manager, and the pairs program without them", async () => {
		// No HR system: the network is closed, so any HR request would fail the run.
		const result = await runWorkflow(withHrSystem(workflow, 'None'), {
			start: { node: 'Every Monday', items: [{ timestamp: TICK }] },
			dataTables: tables(),
			credentials: { smtp: inbox().credential },
		});
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');

		// One run of Program KPIs per program of the loop.
		const summaries = result.runs('Program KPIs').map((run) => run.data!.main[0]![0].json as IDataObject & Record<string, IDataObject>);
		const group = summaries.find((summary) => (summary.pairsCounted as IDataObject).programId === GROUP)!;
		// By hand: 2 circles of 4 and 3 mentees: 7 of 8 placed, mean 3.5; nothing logged or answered; the circle
		// whose introduction failed is at risk.
		expect(group.circles).toEqual({
			circles: 2,
			activeCircles: 2,
			menteesPlaced: 7,
			menteesUnplaced: 1,
			meanCircleSize: 3.5,
			circlesWithMeetings: 0,
			meanMeetingsPerCircle: null,
			participation: null,
			atRisk: [{ circleId: 'circle-1', mentorName: mentors[1].name, mentees: 3, reasons: ['notIntroduced'] }],
		});
		expect(group.matching).toEqual(expect.objectContaining({ mentees: 8, matchedMentees: 7, matchRate: 0.875, pairs: 0 }));
		const pairs = summaries.find((summary) => (summary.pairsCounted as IDataObject).programId === 'pairs-2026')!;
		expect(pairs.circles).toBeUndefined();

		const [groupMail] = inbox().to(GROUP_LEAD);
		expect(String(groupMail.parsed.html)).toContain('Group circles');
		expect(String(groupMail.parsed.html)).toContain('Circles at risk (1)');
		const [pairsMail] = inbox().to('pairs-lead@example.com');
		expect(String(pairsMail.parsed.html)).not.toContain('Group circles');
	});
});
