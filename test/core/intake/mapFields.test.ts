import { mapFields } from '../../../nodes/core/intake/mapFields';
import { flattenSubmission } from '../../../nodes/core/intake/sources';

describe('mapFields', () => {
	describe('when labels are common English or Dutch questions', () => {
		it('recognises them and keeps the rest as answers', () => {
			const { draft, skills } = mapFields({
				'Zakelijk e-mailadres': 'a@b.nl',
				Voornaam: 'Anna',
				Achternaam: 'de Boer',
				Afdeling: 'HR',
				Vaardigheden: 'coaching',
				'Datum in dienst': '01-02-2020',
				'Wat wil je leren?': 'Python',
				'Wat zijn je doelen voor dit programma?': 'Leiderschap',
				Lievelingskleur: 'groen',
			});
			expect(draft).toMatchObject({
				email: 'a@b.nl',
				name: 'Anna de Boer',
				department: 'HR',
				hireDate: '01-02-2020',
				skillsWanted: 'Python',
				goals: 'Leiderschap',
				answers: { Lievelingskleur: 'groen' },
			});
			expect(skills).toBe('coaching');
		});
	});

	describe('when two columns name the same field', () => {
		it('prefers the stronger label, and a filled column over a blank one', () => {
			expect(mapFields({ id: 3, participantId: 'E1', email: 'home@x.nl', workEmail: 'work@x.nl' }).draft).toMatchObject({ id: 'E1', email: 'work@x.nl' });
			expect(mapFields({ 'Work email': '', Email: 'a@x.nl' }).draft.email).toBe('a@x.nl');
		});
	});

	describe('when a mapping is given explicitly', () => {
		it('wins over detection, and detection can be switched off', () => {
			const fields = { 'Q1 (mail)': 'a@x.nl', Email: 'b@x.nl', Naam: 'A' };
			expect(mapFields(fields, { explicit: { email: 'q1 mail' } }).draft.email).toBe('a@x.nl');
			const manual = mapFields(fields, { explicit: { email: 'Q1 (mail)' }, autoDetect: false }).draft;
			expect(manual.name).toBeUndefined();
			expect(manual.answers).toEqual({ Email: 'b@x.nl', Naam: 'A' });
		});
	});

	describe('when a "Manager" question holds a name', () => {
		it('leaves it as an answer instead of treating it as a manager id', () => {
			const { draft } = mapFields({ Manager: 'Jan Jansen', 'Manager e-mail': 'jan@x.nl' });
			expect(draft.managerId).toBe('jan@x.nl');
			expect(draft.answers).toEqual({ Manager: 'Jan Jansen' });
		});
	});
});

describe('flattenSubmission', () => {
	it('renames a Microsoft Forms response ID and takes the completion time as submission time', () => {
		const flat = flattenSubmission({ ID: 12, 'Start time': '2026-03-01 09:00', 'Completion time': '2026-03-01T09:05:00Z', Email: 'a@x.nl' });
		expect(flat).toEqual({
			source: 'microsoftForms',
			fields: { 'Start time': '2026-03-01 09:00', 'Completion time': '2026-03-01T09:05:00Z', Email: 'a@x.nl', 'Response ID': 12, submittedAt: '2026-03-01T09:05:00Z' },
		});
	});

	it('recognises a Google Forms row by its timestamp column', () => {
		expect(flattenSubmission({ Timestamp: '3/1/2026 9:00:00', Email: 'a@x.nl' })).toMatchObject({ source: 'googleForms' });
	});

	it('refuses a value that is not an object', () => {
		expect(flattenSubmission(['a'])).toEqual({ issues: [{ field: 'json', problem: 'is not an object', expected: 'an object of form fields' }] });
	});
});
