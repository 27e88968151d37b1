import { runWorkflow } from '../../harness/runWorkflow';
import { scoreWorkflow } from './workflows';

/** One megabyte that is worst-case for the old label normaliser: marks and blanks it retried from every position. */
const MEGABYTE = `${'? '.repeat(512 * 1024)}x`;

/** Every field of the Check-In Form, by its label, and the field a rejection names. */
const CHECK_IN_FIELDS = [
	'Your work email',
	'I am the',
	'Did you meet since the last check-in?',
	'How many times did you meet since the last check-in?',
	'When did you last meet?',
	'How would you rate your mentoring relationship (1 to 5)?',
	'Anything the program team should know?',
	'pairId',
];

const genuine = {
	pairId: 'p1',
	'Your work email': 'ann@example.com',
	'I am the': 'mentor',
	'Did you meet since the last check-in?': 'Yes',
	'How many times did you meet since the last check-in?': 2,
	'How would you rate your mentoring relationship (1 to 5)?': 4,
};

describe('Mentorship Survey, Score, with 1 MB answers', () => {
	describe.each(CHECK_IN_FIELDS)('when "%s" holds 1 MB of text', (field) => {
		it('returns the response on Rejected naming the field and the limit, and scores the one beside it', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn' }), { start: { node: 'Start', items: [{ ...genuine, [field]: MEGABYTE }, genuine] } });
			expect(result.status).toBe('success');
			expect(result.output('Survey', 0).map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
			const [rejected] = result.output('Survey', 1);
			expect(rejected.json.error).toBe(`Item 0, field "${field}": is ${MEGABYTE.length} characters long, over the limit of 2000`);
			expect(rejected.json.message).toBe(`Your answer to "${field}" is too long: please keep each answer under 2,000 characters.`);
			expect(String((rejected.json.answer as Record<string, unknown>)[field]).length).toBe(2000);
		});
	});

	describe('when a field name (a question label) is 1 MB long', () => {
		it('returns the response on Rejected naming the label limit', async () => {
			const result = await runWorkflow(scoreWorkflow({ instrument: 'checkIn' }), { start: { node: 'Start', items: [{ ...genuine, [MEGABYTE]: 'yes' }] } });
			const [rejected] = result.output('Survey', 1);
			expect(String(rejected.json.error)).toMatch(/is a field name 1048577 characters long, over the limit of 200$/);
		});
	});
});
