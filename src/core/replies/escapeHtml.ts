const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML content and quoted attribute values, so a requester's name such as
 * `<img src=x onerror=alert(1)>` shows as those characters and never becomes markup.
 *
 * @example
 * escapeHtml('<b>"Jan" & co</b>') // '&lt;b&gt;&quot;Jan&quot; &amp; co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
