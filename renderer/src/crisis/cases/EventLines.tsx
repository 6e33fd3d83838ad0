import type { Line } from './event-lines';

/** An event's content as a definition list: label, then what was recorded. */
export function EventLines({ lines }: { lines: Line[] }) {
  return (
    <dl className="event-lines">
      {lines.map((line, index) => (
        <div key={index} className="event-lines__line">
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
