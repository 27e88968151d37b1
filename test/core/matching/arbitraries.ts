import fc from 'fast-check';

import type { HardRules } from '../../../nodes/core/matching/types';
import type { Participant } from '../../../nodes/core/types';

const TAGS = ['sql', 'go', 'negotiation', 'writing', 'design'];
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Europe/London'];

const tags = fc.subarray(TAGS, { maxLength: 3 });

/**
 * Small random rosters over random org charts: managers point at anyone (so cycles,
 * self-management and unknown managers all occur), with departments, levels, zones,
 * languages, tags, nominations and exclusions drawn from small sets so that ties and
 * rule clashes are common.
 */
export function rosterArbitrary(maxMentees: number, maxMentors: number): fc.Arbitrary<Participant[]> {
	return fc
		.record({ mentees: fc.integer({ min: 1, max: maxMentees }), mentors: fc.integer({ min: 1, max: maxMentors }) })
		.chain(({ mentees, mentors }) => {
			const count = mentees + mentors;
			const ids = Array.from({ length: count }, (_, k) => `p${k}`);
			const personArb = (k: number) =>
				fc.record({
					managerId: fc.oneof(fc.constant(undefined), fc.constantFrom(...ids, 'ghost')),
					department: fc.option(fc.constantFrom('sales', 'it', 'hr'), { nil: undefined }),
					level: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
					timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
					location: fc.option(fc.constantFrom('Amsterdam', 'Tokyo'), { nil: undefined }),
					languages: fc.subarray(['en', 'nl', 'ja'], { maxLength: 2 }),
					skillsOffered: tags,
					skillsWanted: tags,
					goals: fc.subarray(['lead', 'grow', 'switch'], { maxLength: 2 }),
					interests: fc.subarray(['chess', 'music', 'run'], { maxLength: 2 }),
					capacity: fc.integer({ min: 1, max: 3 }),
					nominations: fc.subarray(ids.slice(mentees).map((id, n) => (n % 2 === 0 ? id : `${id}@example.com`)), { maxLength: Math.min(2, mentors) }),
					exclusions: fc.subarray(ids, { maxLength: 1 }),
					hireDate: fc.option(fc.constantFrom('2020-01-01', '2022-06-01', '2024-03-01'), { nil: undefined }),
					both: fc.boolean(),
				}).map((drawn): Participant => {
					const id = ids[k];
					const mentor = k >= mentees;
					const { both, ...rest } = drawn;
					return {
						...rest,
						id,
						email: `${id}@example.com`,
						name: `Person ${id}`,
						role: mentor ? (both && k % 3 === 0 ? 'both' : 'mentor') : 'mentee',
						managerId: rest.managerId,
						nominations: mentor ? [] : rest.nominations,
						exclusions: rest.exclusions.filter((other) => other !== id),
						capacity: mentor ? rest.capacity : 1,
						consent: true,
						answers: {},
					};
				});
			return fc.tuple(...ids.map((_, k) => personArb(k)));
		})
		.map((people) => people.map((person) => Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)) as unknown as Participant));
}

export const rulesArbitrary: fc.Arbitrary<Partial<HardRules>> = fc.record({
	reportingLine: fc.boolean(),
	sameDepartment: fc.boolean(),
	sharedLanguage: fc.boolean(),
	exclusions: fc.boolean(),
	history: fc.boolean(),
	minLevelGap: fc.option(fc.integer({ min: -1, max: 2 }), { nil: undefined }),
	maxLevelGap: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
	maxTimezoneGapHours: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
	managerMentors: fc.constantFrom('allow' as const, 'forbid' as const, 'farOnly' as const),
	managerMinDistance: fc.integer({ min: 1, max: 5 }),
});
