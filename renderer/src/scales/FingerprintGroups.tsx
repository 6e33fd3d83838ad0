import { fingerprintGroups } from './fingerprint';

/** The fingerprint in large numbered groups, easy to read out and check over the phone. */
export function FingerprintGroups({ fingerprint, label }: { fingerprint: string; label: string }) {
  return (
    <ol className="fingerprint" aria-label={label} data-testid="fingerprint">
      {fingerprintGroups(fingerprint).map((group, index) => (
        <li key={index} className="fingerprint__group">
          <span className="fingerprint__number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="fingerprint__digits">{group}</span>
        </li>
      ))}
    </ol>
  );
}
