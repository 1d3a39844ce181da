// Text the CLI prints that came from outside (file names, captured lines, arguments)
// with every character that can steer a terminal written as a visible escape: C0 and
// C1 controls (ESC, CSI U+009B, newlines, tabs), DEL, and the bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown.
// The CLI's own progress line, which means its escapes, is written apart from this.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
