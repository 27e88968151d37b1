import type { lifecycle as english } from '../en/lifecycle';

/** Dutch texts about a pair's or a place's life (same keys and placeholders as the English ones). */
export const lifecycle: Record<keyof typeof english, string> = {
	offerSubject: 'Er is een plek in het mentorprogramma voor je vrij',
	offerBody:
		'Hallo {{name}},\n\n' +
		'Er is een plek vrijgekomen in het mentorprogramma en jij bent de volgende op de wachtlijst. Wil je de plek? Open dan vóór {{expiresAt}} je persoonlijke link:\n\n' +
		'{{{link}}}\n\n' +
		'Neem je de plek niet voor die tijd aan, dan gaat hij naar de volgende persoon op de wachtlijst.\n\n' +
		'Uit het programma stappen: {{withdrawUrl?}}\n\n' +
		'Het team van het mentorprogramma',
	closingSubject: 'Je mentorkoppel met {{otherName}} is afgerond',
	closingBody:
		'Hallo {{name}},\n\n' +
		'{{programName}} is op {{programEnd}} afgelopen, en daarmee ook je mentorkoppel met {{otherName}}. Bedankt voor de tijd en openheid die je erin hebt gestoken.\n\n' +
		'Nog één ding: laat ons in de eindevaluatie weten hoe het ging (twee minuten). Je persoonlijke link: {{{surveyLink}}}\n\n' +
		'Jullie doelen, zoals jullie ze bevestigden: {{goalsList?}}. In de evaluatie vragen we hoe ver je met elk doel bent gekomen.\n\n' +
		'Houd gerust op je eigen manier contact met {{otherName}}.\n\n' +
		'Het team van het mentorprogramma',
	mentorThanksSubject: 'Bedankt voor je inzet als mentor, {{name}}',
	mentorThanksBody:
		'CERTIFICAAT MENTORSCHAP\n\n' +
		'Hierbij verklaren wij dat\n\n' +
		'    {{name}}\n\n' +
		'{{otherName}} heeft begeleid als mentor in {{programName}}, dat op {{programEnd}} is afgelopen.\n\n' +
		'Bedankt voor het delen van je ervaring, je vragen en je tijd. Dankzij mentoren zoals jij werkt het programma.\n\n' +
		'Het team van het mentorprogramma',
};
