import fs from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser download cannot reach its server here. */
export const CHROMIUM = process.env.MENTORSHIP_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless. Without the background-networking flags Chromium keeps
 * trying Google's services, which this machine's closed network refuses.
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	if (!fs.existsSync(CHROMIUM))
		throw new Error(
			`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set MENTORSHIP_CHROMIUM`,
		);
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return {
		browser,
		// Playwright gives each launch a new, empty profile in a temporary folder and removes it.
		close: async () => await browser.close(),
	};
}

/** Signs in on n8n's sign-in page the way a person does. */
export async function signIn(
	page: Page,
	baseUrl: string,
	email: string,
	password: string,
): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(email);
	await page.locator('input[type="password"]').first().fill(password);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 60000 });
}
