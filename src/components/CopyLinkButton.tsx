import { useEffect, useState } from 'react';
import { useNavigation } from './navigation';

/** Copies the current view's address; falls back to a selectable field where the clipboard is refused. */
export function CopyLinkButton() {
  const nav = useNavigation();
  const [result, setResult] = useState<{ ok: boolean; href: string } | null>(null);
  useEffect(() => {
    if (!result?.ok) return;
    const t = setTimeout(() => setResult(null), 2500);
    return () => clearTimeout(t);
  }, [result]);

  const copy = async () => {
    const href = nav.href();
    try {
      await navigator.clipboard.writeText(href);
      setResult({ ok: true, href });
    } catch {
      setResult({ ok: false, href });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span className="copy-feedback" aria-live="polite">
        {result?.ok ? 'Link copied' : ''}
      </span>
      {result && !result.ok ? (
        <label className="copy-fallback">
          Copy this link:
          {/* biome-ignore lint/a11y/noAutofocus: shown only after copying failed, so the reader can copy by hand at once */}
          <input readOnly value={result.href} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      ) : null}
    </div>
  );
}
