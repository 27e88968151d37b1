import { InvalidOptionError } from '../errors';
import { LINK_LIMITS } from './limits';

const SECRET_HINT =
	'Open the Mentorship Link Secret credential and paste at least 32 random characters, for example the output of `openssl rand -base64 48`. Changing the secret invalidates every link already sent.';

/**
 * Returns the secret when it is long enough to sign links, else throws. Checked
 * before any signing or verifying, so a weak secret never signs a single link.
 *
 * @example checkLinkSecret('short') // throws InvalidOptionError (option 'secret')
 */
export function checkLinkSecret(secret: unknown): string {
	if (typeof secret !== 'string' || secret.length === 0) {
		throw new InvalidOptionError('secret', 'The link secret is missing', SECRET_HINT);
	}
	if (secret.length < LINK_LIMITS.secretLength) {
		throw new InvalidOptionError(
			'secret',
			`The link secret has ${secret.length} characters, fewer than the ${LINK_LIMITS.secretLength} needed to make links nobody can forge`,
			SECRET_HINT,
		);
	}
	return secret;
}
