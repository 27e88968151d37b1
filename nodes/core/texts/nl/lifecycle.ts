import type { lifecycle as english } from '../en/lifecycle';

/** Dutch texts about a pair's or a place's life (same keys and placeholders as the English ones). */
export const lifecycle: Record<keyof typeof english, string> = {
	offerSubject: 'Er is een plek in het mentorprogramma voor je vrij',
	offerBody:
		'Hallo {{name}},\n\n' +
		'Er is een plek vrijgekomen in het mentorprogramma en jij bent de volgende op de wachtlijst. Wil je de plek? Open dan vóór {{expiresAt}} je persoonlijke link:\n\n' +
		'{{{link}}}\n\n' +
		'Neem je de plek niet voor die tijd aan, dan gaat hij naar de volgende persoon op de wachtlijst.\n\n' +
		'Het team van het mentorprogramma',
};
