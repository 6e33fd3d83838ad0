import type { Snippet } from '../../../shared/schemas/session-lookups';
import { highlightParts } from './highlight';

/** The snippet as text with <mark> around the matches: React escapes it, so it is never markup. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <span className="snippet" data-testid="snippet">
      {snippet.truncatedStart && '…'}
      {highlightParts(snippet.text, snippet.ranges).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
      {snippet.truncatedEnd && '…'}
    </span>
  );
}
