import type { HrisPerson } from '../../../nodes/core/hris/person';
import { selectPeople } from '../../../nodes/core/hris/select';

function person(sourceId: string, status: HrisPerson['status'], terminationDate?: string): HrisPerson {
	return { system: 'personio', sourceId, status, terminationDate, issues: [] };
}

const people = [
	person('current', 'current'),
	person('left2023', 'former', '2023-12-31'),
	person('left2024', 'former', '2024-01-01T00:00:00+01:00'),
	person('leftUnknown', 'former'),
	person('noStatus', 'unknown'),
];

describe('selectPeople', () => {
	describe('when former employees are not asked for', () => {
		it('returns current people and people without a status', () => {
			expect(selectPeople(people).map((p) => p.sourceId)).toEqual(['current', 'noStatus']);
		});

		it('reports the missing status on the person', () => {
			const [, noStatus] = selectPeople(people.map((p) => ({ ...p, issues: [] })));
			expect(noStatus.issues).toEqual([expect.objectContaining({ field: 'status', problem: 'is missing' })]);
		});
	});

	describe('when former employees since a date are asked for', () => {
		it('keeps those who left on or after the date and those without a termination date', () => {
			const selected = selectPeople(people.map((p) => ({ ...p, issues: [] })), { includeFormer: true, formerSince: '2024-01-01' });
			// 2023-12-31 is before the date; 2024-01-01 is on it.
			expect(selected.map((p) => p.sourceId)).toEqual(['current', 'left2024', 'leftUnknown', 'noStatus']);
		});

		it('keeps every former employee without a date', () => {
			expect(selectPeople(people.map((p) => ({ ...p, issues: [] })), { includeFormer: true })).toHaveLength(5);
		});
	});
});
