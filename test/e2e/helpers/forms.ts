import axios from 'axios';
import type { AxiosResponse } from 'axios';

/** One answer per form field, in the field order of the Form Trigger; lists are checkbox, radio or multi-select answers. */
export type FormAnswer = string | number | string[] | null;

/**
 * Submits an n8n form the way its page does: multipart/form-data with one `field-<index>`
 * per field. Checkbox, radio and multi-select answers travel as JSON arrays; an empty
 * answer is left out, as the browser leaves out an unticked box.
 */
export async function submitForm(
	url: string,
	answers: FormAnswer[],
	headers: Record<string, string> = {},
): Promise<AxiosResponse<string>> {
	const form = new FormData();
	answers.forEach((answer, index) => {
		if (answer === null || answer === '') return;
		form.append(`field-${index}`, Array.isArray(answer) ? JSON.stringify(answer) : String(answer));
	});
	return await axios.post<string>(url, form, { headers, responseType: 'text' });
}

/** Every http(s) address in an email, from its HTML links and its text, HTML entities undone. */
export function linksIn(mail: { html: string; text: string }): string[] {
	const fromHtml = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
	const fromText = [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
	return [...new Set([...fromHtml, ...fromText].map((link) => link.replace(/&amp;/g, '&')))].filter(
		(link) => /^https?:\/\//.test(link),
	);
}

/**
 * n8n ignores approval links opened by programs that look like bots (link scanners of
 * mail servers would approve everything), so the click comes with a browser's User-Agent.
 */
const BROWSER_USER_AGENT =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

/** Opens a link from an email as a person's browser does. */
export async function clickLink(url: string): Promise<AxiosResponse<string>> {
	return await axios.get<string>(url, {
		headers: { 'user-agent': BROWSER_USER_AGENT },
		responseType: 'text',
	});
}

/**
 * The page a person sees after submitting a form whose workflow ends on a Form ending page:
 * n8n answers the submission with `{ formWaitingUrl }` and the browser then opens that page,
 * which n8n serves once the execution has reached it.
 */
export async function pageAfterSubmit(response: AxiosResponse<string>, timeoutMs = 30000): Promise<string> {
	const { formWaitingUrl } = JSON.parse(response.data) as { formWaitingUrl?: string };
	if (!formWaitingUrl) throw new Error(`The form answered without a page to show: ${response.data.slice(0, 200)}`);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		// Asked while the execution still runs, n8n may hold the request open: ask again instead of waiting for ever.
		const page = await axios
			.get<string>(formWaitingUrl, { headers: { 'user-agent': BROWSER_USER_AGENT }, responseType: 'text', validateStatus: () => true, timeout: 5000 })
			.catch(() => undefined);
		if (page?.status === 200 && page.data.includes('<html')) return page.data;
		if (Date.now() > deadline) throw new Error(`The page after the form did not come (${page?.status ?? 'no answer'})`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
