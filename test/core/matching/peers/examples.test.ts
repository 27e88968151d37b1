import {
	buildPairTable,
	cardinalityBonus,
	createSlackCalculator,
	maxWeightMatching,
	pairPeers,
	placeInTrios,
} from '../../../../nodes/core/matching/peers';

// The @example blocks of the module's TSDoc, checked so that they stay true. Each expected
// value is worked out by hand in the comment beside the example.
describe('the documented examples of the peers module', () => {
	it('pairPeers pairs the two strong pairs around the history', () => {
		const strong = new Set(['ana|cy', 'ben|dee']);
		const result = pairPeers({
			people: ['dee', 'cy', 'ben', 'ana'],
			weight: (a, b) => (strong.has(`${a}|${b}`) ? 5 : 1),
			history: [['ana', 'ben']],
		});
		expect(result.groups).toEqual([
			{ members: ['ana', 'cy'], weight: 5 },
			{ members: ['ben', 'dee'], weight: 5 },
		]);
		expect(result.totalWeight).toBe(10);
	});

	it('createSlackCalculator prices a left-out pair as improving', () => {
		// Duals end at [4, 4, 0]: slack of 1-2 at weight 9 is 4 + 0 - 18 < 0.
		const slackOf = createSlackCalculator(
			maxWeightMatching({ vertexCount: 3, edges: [[0, 1, 4]] }).duals,
		);
		expect(slackOf(1, 2, 9)).toBeLessThan(0);
	});

	it('placeInTrios puts the leftover with the pair it gets on best with', () => {
		const placements = placeInTrios({
			pairs: [
				[0, 1],
				[2, 3],
			],
			leftovers: [4],
			weight: (i, j) => (i + j === 6 || i + j === 7 ? 5 : 1),
		});
		expect(placements).toEqual([{ pair: 1, person: 4, addedWeight: 10 }]);
	});

	it('cardinalityBonus and buildPairTable give the documented values', () => {
		// 2 pairs x (10 - 0) + 0 + 1.
		expect(cardinalityBonus({ vertexCount: 4, minWeight: 0, maxWeight: 10 })).toBe(21);
		const table = buildPairTable({ people: ['b', 'a'], weight: () => 3, history: [] });
		expect(table.ids).toEqual(['a', 'b']);
		expect(table.weight(0, 1)).toBe(3);
	});
});
