/**
 * A person as an email program shows them: "Name <address>", or the bare address when no name
 * is known (never an empty name before the brackets).
 *
 * @example
 * formatPersonAddress({ name: 'Anna de Vries', email: 'anna@example.nl' }); // 'Anna de Vries <anna@example.nl>'
 */
export function formatPersonAddress(person: { name?: string; email: string }): string {
  const name = person.name?.trim();
  return name ? `${name} <${person.email}>` : person.email;
}
