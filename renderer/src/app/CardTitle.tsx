import type { ReactNode } from 'react';

/** A card's title as a real heading, so screen readers can jump between the parts of a page. */
export function CardTitle({ children }: { children: ReactNode }) {
  return <h2 className="card-title">{children}</h2>;
}
