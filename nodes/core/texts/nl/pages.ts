import type { pages as english } from '../en/pages';

/** Dutch pages after a personal link (same keys and placeholders as the English ones). */
export const pages: Record<keyof typeof english, string> = {
	programNotOpenTitle: 'Dit programma loopt niet',
	programNotOpenMessage: 'Het programma waar deze link bij hoort is afgesloten of bestaat niet, dus er is niets veranderd. Denk je dat dit niet klopt? Laat het het programmateam weten.',
	placeConfirmedTitle: 'Je plek is bevestigd',
	placeConfirmedMessage: 'Welkom bij het mentorprogramma. Je hoort van ons zodra je gekoppeld bent.',
	placeTakenTitle: 'Deze plek is net vergeven',
	placeTakenMessage: 'Iemand nam de plek net voor jou aan. Je houdt je plaats op de wachtlijst en we schrijven je weer zodra de volgende plek vrijkomt.',
	offerClosedTitle: 'Dit aanbod is verlopen',
	offerClosedEnrolledMessage: 'Je hebt je plek in het programma al.',
	offerClosedMessage: 'De tijd om deze plek aan te nemen is voorbij, of het aanbod is vervangen. Wil je toch meedoen? Laat het het programmateam weten.',
	withdrawnTitle: 'Je bent uit het programma gestapt',
	withdrawnMessage: 'Bedankt voor je interesse in het mentorprogramma. Je plek gaat naar de volgende persoon op de wachtlijst. Je bent van harte welkom om je bij een volgende ronde opnieuw aan te melden.',
	cannotWithdrawTitle: 'Er is niets veranderd',
	cannotWithdrawPairedMessage: 'Je zit in een mentorkoppel. Wil je stoppen? Beëindig het koppel dan met de link in je e-mails; niemand krijgt de schuld.',
	cannotWithdrawMessage: 'Je doet op dit moment niet mee aan dit programma, dus er is niets om uit te stappen.',
	pairEndedTitle: 'Jullie koppel is beëindigd',
	pairEndedMessage: 'Bedankt voor de tijd die je in het mentortraject hebt gestoken. Je partner en het programmateam krijgen een e-mail, zonder enig verwijt. Heb je om een nieuwe mentor gevraagd? Dan stelt de volgende koppelronde er een voor.',
	notActivePairTitle: 'Dit koppel is al beëindigd',
	notActivePairMessage: 'Er is niets veranderd: deze link hoort niet bij een lopend mentorkoppel, of het koppel is al beëindigd. Denk je dat dit niet klopt? Vraag het aan het programmateam.',
	meetingLoggedTitle: 'Dank je wel',
	meetingLoggedMessage: 'Gesprek {{session}} is vastgelegd. Veel plezier met de rest van het programma!',
	notYetTitle: 'Fijn dat je het laat weten',
	notYetMessage: 'Gesprek {{session}} heeft nog niet plaatsgevonden: spreek samen een nieuw moment af. Hebben jullie elkaar toch gesproken? Dan werkt de link "We hebben elkaar gesproken" in dezelfde herinnering nog steeds.',
	meetingLogClosedTitle: 'Dit gesprekslogboek is gesloten',
	meetingLogClosedMessage: 'Deze link hoort niet bij een lopend mentorkoppel, dus er is niets vastgelegd. Denk je dat dit niet klopt? Vraag het aan het programmateam.',
};
