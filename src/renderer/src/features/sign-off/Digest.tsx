/**
 * A SHA-256 shortened to fit a line, with the full value one click away and selectable, so it can
 * be copied and compared with what another copy of Minute Book or `verify` shows.
 */
export function Digest({ label, value }: { label: string; value: string }) {
  if (!value) return <span>—</span>;
  return (
    <details className="digest">
      <summary>
        {label} <code>{value.slice(0, 12)}…</code>
      </summary>
      <code className="fingerprint digest__full">{value}</code>
    </details>
  );
}
