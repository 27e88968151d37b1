import type { review as english } from '../en/review';

/** Dutch texts of review and adjust (same keys and placeholders as the English ones). */
export const review: Record<keyof typeof english, string> = {
	whatChangedSubject: 'Aangepaste voorstellen voor {{programId}} (ronde {{runId}})',
	whatChangedBody:
		'{{reviewer}} heeft de voorgestelde koppels van ronde {{runId}} aangepast.\n\n' +
		'{{changes}}\n\n' +
		'Niet toegepast:{{notApplied?}}\n\n' +
		'Keur de koppels goed in de beoordelingsmail om ze aan elkaar voor te stellen, of open de link Beoordelen en aanpassen opnieuw.',
	whatChangedTitle: 'Voorstellen aangepast',
	whatChangedMessage:
		'{{changes}}\n\n' +
		'Niet toegepast:{{notApplied?}}\n\n' +
		'Keur de koppels goed in de beoordelingsmail om ze aan elkaar voor te stellen, of open de link Beoordelen en aanpassen opnieuw om meer te wijzigen.',
};
