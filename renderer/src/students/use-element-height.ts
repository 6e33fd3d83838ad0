import { type RefObject, useEffect, useState } from 'react';

/** The element's height as the window resizes: a virtual table needs its height in pixels. */
export function useElementHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setHeight(Math.floor(entry!.contentRect.height)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
