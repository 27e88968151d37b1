import type { enrolment as english } from '../en/enrolment';

/** Dutch texts of the enrolment template (same keys and placeholders as the English ones). */
export const enrolment: Record<keyof typeof english, string> = {
	formSubmitted: 'Dank je wel! Kijk in je mailbox en klik op Bevestigen om je aanmelding af te ronden.',
	confirmSubject: 'Bevestig je aanmelding voor het mentorprogramma',
	confirmBody:
		'Hoi {{name}},\n\n' +
		'We hebben met dit e-mailadres een aanmelding ontvangen voor {{programName}}, als {{role}}. Heb jij je aangemeld? Klik dan op de knop hieronder om je aanmelding te bevestigen. Was jij het niet? Dan kun je deze e-mail negeren: er verandert niets voor je en de aanmelding vervalt na 7 dagen.\n\n' +
		'Over je voorkeursmentoren: {{unresolvedNominations?}}. Meld je opnieuw aan met hetzelfde e-mailadres om dit te corrigeren.',
	confirmButton: 'Mijn aanmelding bevestigen',
	enrolledSubject: 'Je bent ingeschreven voor het mentorprogramma',
	enrolledBody:
		'Hoi {{name}},\n\n' +
		'Bedankt voor je bevestiging: je bent ingeschreven als {{role}}. Zodra we de koppelingen hebben gemaakt, stellen we je voor aan degene met wie je gekoppeld bent.\n\n' +
		'Wil je toch niet meedoen? Met je persoonlijke link meld je je af (en komt je plek vrij voor iemand op de wachtlijst): {{link}}\n\n' +
		'Het team van het mentorprogramma',
	waitlistSubject: 'Je staat op de wachtlijst van het mentorprogramma',
	waitlistBody:
		'Hoi {{name}},\n\n' +
		'Bedankt voor je bevestiging. Alle plekken voor de rol {{role}} zijn op dit moment bezet; je staat op nummer {{waitlistPosition}} van de wachtlijst en we mailen je zodra er een plek vrijkomt.\n\n' +
		'Wil je toch niet meedoen? Met je persoonlijke link meld je je af (en komt je plek vrij voor iemand op de wachtlijst): {{link}}\n\n' +
		'Het team van het mentorprogramma',
	updatedSubject: 'Je aanmelding voor het mentorprogramma is bijgewerkt',
	updatedEnrolledBody:
		'Hoi {{name}},\n\n' +
		'Bedankt voor je bevestiging: je antwoorden zijn bijgewerkt en je plek blijft hetzelfde (ingeschreven als {{role}}).\n\n' +
		'Wil je toch niet meedoen? Met je persoonlijke link meld je je af (en komt je plek vrij voor iemand op de wachtlijst): {{link}}\n\n' +
		'Het team van het mentorprogramma',
	updatedWaitlistedBody:
		'Hoi {{name}},\n\n' +
		'Bedankt voor je bevestiging: je antwoorden zijn bijgewerkt en je plek blijft hetzelfde (op de wachtlijst als {{role}}).\n\n' +
		'Wil je toch niet meedoen? Met je persoonlijke link meld je je af (en komt je plek vrij voor iemand op de wachtlijst): {{link}}\n\n' +
		'Het team van het mentorprogramma',
	refusalSubject: 'Over je aanmelding voor het mentorprogramma',
	rejectionBody:
		'Hoi {{name?}},\n\n' +
		'Bedankt voor je aanmelding. We konden deze aanmelding helaas niet aannemen: {{reasonText}}.\n\n' +
		'Denk je dat dit niet klopt? Beantwoord dan deze e-mail.\n\n' +
		'Het team van het mentorprogramma',
	refusalBody:
		'Hoi {{name?}},\n\n' +
		'Bedankt voor je bevestiging. We konden deze aanmelding helaas niet aannemen: {{reasonText}}.\n\n' +
		'Denk je dat dit niet klopt? Beantwoord dan deze e-mail.\n\n' +
		'Het team van het mentorprogramma',
	notOpenBody:
		'Hoi {{name?}},\n\n' +
		'Bedankt voor je aanmelding. Het programma "{{programId}}" neemt op dit moment geen aanmeldingen aan, dus er is niets opgeslagen. Controleer de link die je hebt gekregen, of vraag het programmateam welk programma open is.\n\n' +
		'Het team van het mentorprogramma',
};
