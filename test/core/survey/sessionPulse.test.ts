import { BUILT_IN_INSTRUMENTS } from '../../../nodes/core/survey/builtInInstruments';
import { scoreResponse } from '../../../nodes/core/survey/scoreResponse';

const sessionPulse = BUILT_IN_INSTRUMENTS.sessionPulse;

describe('the session pulse instrument', () => {
	describe('when a session is rated useful, in Dutch', () => {
		it('returns the usefulness, the comment and no risk', () => {
			const scored = scoreResponse({ pairId: 'p1', respondentId: 'ann@example.com', 'Hoe nuttig was deze sessie': '4', comment: '  Goed gesprek over feedback  ' }, { instrument: sessionPulse });
			expect([scored.instrument, scored.subscales, scored.session, scored.comment, scored.atRisk]).toEqual(['sessionPulse', { usefulness: 4 }, { usefulness: 4 }, 'Goed gesprek over feedback', false]);
		});
	});

	describe('when a session is rated 2 of 5 or lower', () => {
		it('marks the pair at risk with the reason lowUsefulness', () => {
			const scored = scoreResponse({ pairId: 'p1', useful: 2 }, { instrument: sessionPulse });
			expect(scored.riskReasons).toEqual([{ code: 'lowUsefulness', message: 'Session usefulness 2 of 5 (at or below 2)' }]);
			expect(scored.atRisk).toBe(true);
		});

		it('follows the low-quality threshold, and 0 turns the rule off', () => {
			const options = (lowQualityAtOrBelow: number) => ({ instrument: sessionPulse, thresholds: { lowQualityAtOrBelow, noMeetingWeeks: 0, flagDetractors: false } });
			expect(scoreResponse({ useful: 3 }, options(3)).atRisk).toBe(true);
			expect(scoreResponse({ useful: 1 }, options(0)).atRisk).toBe(false);
		});
	});

	describe('when the rating is missing', () => {
		it('reports the usefulness as missing, never as zero', () => {
			const scored = scoreResponse({ pairId: 'p1', comment: 'no rating' }, { instrument: sessionPulse });
			expect([scored.subscales.usefulness, scored.missingSubscales, scored.session]).toEqual([null, ['usefulness'], undefined]);
		});
	});
});
