const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values, so names and answers people
 * typed can never add markup to a report.
 *
 * @example escapeHtml('<b>Ann & "Bo"</b>') // '&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
