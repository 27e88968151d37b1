import type { coffee as english } from '../en/coffee';

/** Dutch texts of the peer coffee pairing (same keys and placeholders as the English ones). */
export const coffee: Record<keyof typeof english, string> = {
	slackMessage:
		':coffee: Tijd voor koffie! {{memberNames}}, jullie zijn gekoppeld voor de komende twee weken. Maak een halfuurtje vrij voor een kop koffie, op kantoor of via een videogesprek. {{reasons}}',
};
