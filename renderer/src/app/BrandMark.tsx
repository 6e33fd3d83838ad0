/** The app's mark: a sun clearing above a horizon, for 心晴 ("a clear heart"). Decorative. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#2b6f8a" />
      <circle cx="16" cy="15" r="6" fill="#f6c667" />
      <path d="M6 22h20" stroke="#ffffff" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M10 26h12" stroke="#ffffff" strokeWidth="2.4" strokeLinecap="round" opacity="0.7" />
    </svg>
  );
}
