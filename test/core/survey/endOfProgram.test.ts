import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

const endOfProgram = BUILT_IN_INSTRUMENTS.endOfProgram;

/** Agreement 1 to 5 for career1-4, psychosocial1-4 (4 is reverse-coded) and roleModel1-3, as a form sends them by item id. */
const AGREEMENT: Record<string, number> = {
	career1: 5, career2: 4, career3: 4, career4: 3,
	psychosocial1: 5, psychosocial2: 4, psychosocial3: 5, psychosocial4: 2,
	roleModel1: 3, roleModel2: 4, roleModel3: 2,
};

describe('the end-of-program instrument', () => {
	describe('when a mentee answers every question', () => {
		const scored = scoreResponse(
			{ pairId: 'p1', respondentId: 'ann@example.com', ...AGREEMENT, quality: 4, goal1: 'Achieved', goal2: 'In progress', goal3: 'Not started', recommend: 9 },
			{ instrument: endOfProgram },
		);

		it('returns the three mentoring functions, worked out by hand', () => {
			// career (5 + 4 + 4 + 3) / 4 = 4; psychosocial (5 + 4 + 5 + (6 - 2)) / 4 = 4.5; roleModel (3 + 4 + 2) / 3 = 3.
			expect(scored.subscales).toMatchObject({ career: 4, psychosocial: 4.5, roleModel: 3, quality: 4, recommend: 9 });
		});

		it('returns goal progress and the recommendation as their own summaries', () => {
			expect(scored.goals).toEqual({ total: 3, achieved: 1, inProgress: 1, notStarted: 1, attainment: 1 / 3 });
			expect(scored.recommend).toEqual({ value: 9, category: 'promoter' });
			expect(scored.checkIn).toEqual({ quality: 4 });
			expect(scored.atRisk).toBe(false);
		});
	});

	it('is made of the mentoring functions, the quality question, the goals and the recommendation, each once', () => {
		const ids = endOfProgram.items.map((item) => item.id);
		expect(ids).toEqual([...BUILT_IN_INSTRUMENTS.mentoringFunctions.items.map((item) => item.id), 'quality', 'goal1', 'goal2', 'goal3', 'goal4', 'goal5', 'recommend']);
	});
});
