import { readFileSync } from 'node:fs';
import path from 'node:path';

import { readPersonioEmployee } from '../../../nodes/core/hris/personio';

const page1 = JSON.parse(readFileSync(path.resolve('test/fixtures/hris/personio-employees-page1.json'), 'utf8')) as {
	data: unknown[];
};
const [ada, bram] = page1.data;

describe('readPersonioEmployee', () => {
	describe('when the record has the documented attributes', () => {
		it('returns the standard fields, relations by name and the supervisor id', () => {
			const person = readPersonioEmployee(bram);

			expect(person).toMatchObject({
				system: 'personio',
				sourceId: '2',
				managerSourceId: '1',
				status: 'current',
				rawStatus: 'active',
				email: 'bram.devries@demo.example',
				name: 'Bram de Vries',
				department: 'Engineering',
				team: 'Platform',
				location: 'Amsterdam',
				title: 'CTO',
				hireDate: '2017-06-12T00:00:00+02:00',
				terminationDate: null,
				issues: [],
			});
		});

		it('returns no manager for the head of the company', () => {
			expect(readPersonioEmployee(ada).managerSourceId).toBeUndefined();
		});
	});

	describe('when custom attributes are mapped', () => {
		it('finds them by key, by label in any case, and by universal id', () => {
			const person = readPersonioEmployee(bram, {
				customFields: [
					{ target: 'skillsOffered', source: 'dynamic_24408' },
					{ target: 'level', source: '  career LEVEL ' },
					{ target: 'languages', source: 'gender' },
				],
			});

			expect(person.skillsOffered).toBe('Go, Architecture');
			expect(person.level).toBe('L6');
			// "gender" is the universal_id of the Gender attribute (a deliberately odd mapping).
			expect(person.languages).toBe('diverse');
			expect(person.issues).toEqual([]);
		});

		it('reports a mapping whose attribute the record does not have', () => {
			const person = readPersonioEmployee(bram, { customFields: [{ target: 'level', source: 'dynamic_99999' }] });

			expect(person.level).toBeUndefined();
			expect(person.issues).toEqual([expect.objectContaining({ field: 'level', problem: expect.stringContaining('dynamic_99999') })]);
		});

		it('leaves the field alone when the mapped attribute is empty', () => {
			const person = readPersonioEmployee(ada, { customFields: [{ target: 'lastPromotionDate', source: 'Last promotion' }] });

			expect(person.lastPromotionDate).toBeUndefined();
			expect(person.issues).toEqual([]);
		});
	});

	describe('when the record is malformed', () => {
		it.each([
			['a string', 'oops'],
			['null', null],
			['an employee without attributes', { type: 'Employee' }],
			['attributes that are a list', { type: 'Employee', attributes: [] }],
		])('reports %s as an unreadable record', (_name, record) => {
			const person = readPersonioEmployee(record);

			expect(person.sourceId).toBeUndefined();
			expect(person.issues.map((issue) => issue.field)).toEqual(['record']);
		});

		it('reports a missing id and a supervisor without an id, keeping the rest', () => {
			const person = readPersonioEmployee({
				type: 'Employee',
				attributes: {
					email: { label: 'Email', value: 'x@demo.example' },
					supervisor: { label: 'Supervisor', value: { type: 'Employee', attributes: {} } },
				},
			});

			expect(person.email).toBe('x@demo.example');
			expect(person.issues.map((issue) => issue.field)).toEqual(['id', 'managerId']);
		});

		it('treats an unknown status word as unknown', () => {
			const person = readPersonioEmployee({ attributes: { id: { value: 1 }, status: { value: 'paused' } } });

			expect(person).toMatchObject({ status: 'unknown', rawStatus: 'paused' });
		});
	});
});
