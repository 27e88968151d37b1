import type { Participant } from '../../../nodes/core/types';

/**
 * A participant with empty lists, capacity 1 and consent, plus the given fields: the
 * hand-built rosters of the matcher tests say only what matters to them.
 *
 * @example participant('m1', { role: 'mentor', skillsOffered: ['sql'] })
 */
export function participant(id: string, fields: Partial<Participant> = {}): Participant {
	return {
		id,
		email: `${id}@example.com`,
		name: `Person ${id}`,
		role: 'mentee',
		languages: [],
		skillsOffered: [],
		skillsWanted: [],
		goals: [],
		interests: [],
		capacity: 1,
		nominations: [],
		exclusions: [],
		consent: true,
		answers: {},
		...fields,
	};
}
