/** An email as the classifier receives it, from Outlook, Graph, the demo mailbox or the CLI. */
export interface IncomingEmail {
  subject: string;
  body: string;
  /** Defaults to `text`. HTML is converted to text before classification. */
  bodyType?: 'text' | 'html';
  from?: string;
  to?: string | readonly string[];
  /** ISO 8601 instant. */
  receivedAt?: string;
}
