import type { IDataObject } from 'n8n-workflow';

import { runWorkflow } from '../../harness/runWorkflow';
import { MATCHER, workflow } from './matcherWorkflow';

/** One megabyte of single blanks and dashes, no digit. */
const MEGABYTE = `L ${'x -'.repeat(349_526)}`;

/** The Buddy template's Match Buddies node, fed as the New Hire Webhook feeds it (through a Set node). */
const buddyMatch = workflow(
	{ operation: 'match', programKind: 'buddy', rules: { minLevelGap: -2, maxLevelGap: 3 }, options: { requireConsent: true, referenceDate: '2026-03-02T12:00:00Z' } },
	{ onError: 'continueRegularOutput' },
);

const buddy: IDataObject = { id: 'b1', email: 'b1@example.com', name: 'Buddy One', role: 'mentor', consent: true, programId: 'buddy', level: 4, hireDate: '2024-01-01', timezone: 'Europe/Amsterdam' };
const newHire: IDataObject = {
	id: 'n1',
	email: 'n1@example.com',
	name: 'New Hire',
	department: 'it',
	location: 'Utrecht',
	level: '3',
	hireDate: '2026-03-01',
	managerId: 'm1',
	role: 'mentee',
	consent: true,
	programId: 'buddy',
	timezone: 'Europe/Amsterdam',
	languages: 'en',
};

/** Every field the New Hire Webhook passes on. */
const FIELDS = ['id', 'email', 'name', 'department', 'location', 'level', 'hireDate', 'managerId', 'timezone', 'languages'];

describe('Mentor Matcher (buddy webhook) with 1 MB fields', () => {
	describe.each(FIELDS)('when the new hire\'s "%s" holds 1 MB of text', (field) => {
		it('sends the new hire to Unmatched as invalid, naming the field', async () => {
			const result = await runWorkflow(buddyMatch, { start: { node: 'Start', items: [buddy, { ...newHire, [field]: MEGABYTE }] } });
			expect(result.status).toBe('success');
			const invalid = result.output(MATCHER, 1).filter((item) => item.json.reasonCode === 'invalid');
			expect(invalid.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
			expect((invalid[0].json.reasons as IDataObject[]).map((reason) => reason.field)).toContain(field);
			expect(result.output(MATCHER, 0)).toEqual([]);
		});
	});
});
