import {
	buildPreferences,
	findBlockingPairs,
	mentorPrefers,
	stableMatch,
} from '../../../../nodes/core/matching/stable';

// The @example blocks of the module's TSDoc, checked so that they stay true.
describe('the documented examples of the stable module', () => {
	it('stableMatch gives lena to amy on equal scores and omar to raj', () => {
		const result = stableMatch({
			mentees: ['amy', 'raj'],
			mentors: [
				{ id: 'lena', capacity: 1 },
				{ id: 'omar', capacity: 1 },
			],
			score: (_, mentor) => (mentor === 'lena' ? 9 : 5),
		});
		expect(result.pairs).toEqual([
			{ menteeId: 'amy', mentorId: 'lena', score: 9 },
			{ menteeId: 'raj', mentorId: 'omar', score: 5 },
		]);
	});

	it('buildPreferences ranks equal scores by id and mentorPrefers the lower number', () => {
		const prefs = buildPreferences({
			mentees: ['m1'],
			mentors: [
				{ id: 'b', capacity: 1 },
				{ id: 'a', capacity: 1 },
			],
			score: () => 5,
		});
		expect(Array.from(prefs.mentor)).toEqual([0, 1]);
		expect(mentorPrefers(3, 10, 1, 10)).toBe(false);
	});

	it('findBlockingPairs reports amy and lena', () => {
		expect(
			findBlockingPairs({
				mentees: ['amy', 'raj'],
				mentors: [
					{ id: 'lena', capacity: 1 },
					{ id: 'omar', capacity: 1 },
				],
				score: (_, mentor) => (mentor === 'lena' ? 9 : 5),
				pairs: [
					{ menteeId: 'raj', mentorId: 'lena' },
					{ menteeId: 'amy', mentorId: 'omar' },
				],
			}),
		).toEqual([{ menteeId: 'amy', mentorId: 'lena' }]);
	});
});
