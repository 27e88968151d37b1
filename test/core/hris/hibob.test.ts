import { HIBOB_FIELDS, hibobRequestFields, readHibobEmployee } from '../../../nodes/core/hris/hibob';

const olaf = {
	id: '3332881',
	email: 'olaf.dekker@bob.example',
	displayName: 'Olaf Dekker',
	work: {
		department: '239102',
		title: '119',
		site: '2110',
		startDate: '2018-09-03',
		reportsTo: { id: '3332880', displayName: 'Noor Hendriks' },
		custom: { field_1699: '6', field_1700: '2024-07-01' },
	},
	internal: { status: 'Active', lifecycleStatus: 'employed', terminationDate: null },
	humanReadable: { work: { department: 'Engineering', title: 'VP Engineering', site: 'Amsterdam' } },
};

describe('readHibobEmployee', () => {
	describe('when the search returned machine values with labels appended', () => {
		it('returns labels for list fields and the manager id', () => {
			expect(readHibobEmployee(olaf)).toMatchObject({
				system: 'hibob',
				sourceId: '3332881',
				managerSourceId: '3332880',
				status: 'current',
				rawStatus: 'Active (employed)',
				email: 'olaf.dekker@bob.example',
				name: 'Olaf Dekker',
				department: 'Engineering',
				title: 'VP Engineering',
				location: 'Amsterdam',
				hireDate: '2018-09-03',
				issues: [],
			});
		});

		it('reads a mapped custom field by its field id', () => {
			const person = readHibobEmployee(olaf, {
				customFields: [
					{ target: 'level', source: 'work.custom.field_1699' },
					{ target: 'lastPromotionDate', source: 'work.custom.field_1700' },
				],
			});

			expect(person).toMatchObject({ level: '6', lastPromotionDate: '2024-07-01' });
		});
	});

	describe('when fields arrive in other documented forms', () => {
		it('reads flat slash-notation keys, value wrappers and a manager given as a bare id', () => {
			const person = readHibobEmployee({
				'/root/id': { value: 'E7' },
				'/root/email': { value: 'e7@bob.example' },
				'/root/firstName': 'Eef',
				'/root/surname': 'Zwart',
				'/work/reportsTo': 'E1',
				'/internal/status': { value: 'Inactive' },
			});

			expect(person).toMatchObject({ sourceId: 'E7', email: 'e7@bob.example', name: 'Eef Zwart', managerSourceId: 'E1', status: 'former' });
		});

		it('counts a hire who has not started as current', () => {
			expect(readHibobEmployee({ id: '9', internal: { status: 'Inactive', lifecycleStatus: 'hired' } }).status).toBe('current');
		});
	});

	describe('when the record is malformed', () => {
		it('reports a record that is not an object', () => {
			expect(readHibobEmployee(['x']).issues.map((issue) => issue.field)).toEqual(['record']);
		});

		it('reports a missing id, a manager without an id, and a mapped field Bob left out', () => {
			const person = readHibobEmployee(
				{ email: 'a@bob.example', work: { reportsTo: { displayName: 'Somebody' } } },
				{ customFields: [{ target: 'level', source: 'work.custom.field_1' }] },
			);

			expect(person.issues.map((issue) => issue.field)).toEqual(['id', 'managerId', 'level']);
		});
	});
});

describe('hibobRequestFields', () => {
	it('returns the standard fields followed by each mapped field once', () => {
		const fields = hibobRequestFields({
			customFields: [
				{ target: 'level', source: 'work.custom.field_1' },
				{ target: 'skillsOffered', source: ' work.custom.field_2 ' },
				{ target: 'skillsWanted', source: 'work.custom.field_1' },
				{ target: 'title', source: 'work.title' },
			],
		});

		expect(fields).toEqual([...HIBOB_FIELDS, 'work.custom.field_1', 'work.custom.field_2']);
	});
});
