/**
 * Typing as VS Code does by default: an opening bracket or quote inserts its closer after the caret, and typing a
 * closer that already follows the caret steps over it. Each step is the whole text after one keystroke, with where
 * the keystroke went (the stretch an editor would say is being typed).
 */
export interface Keystroke {
  readonly text: string;
  /** The caret after the keystroke, in `text`. */
  readonly caret: number;
}

const CLOSERS: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')', "'": "'", '"': '"' };

/** Types `typed` at `at` in `document`, one keystroke at a time; the last step's text is `document` with `typed` in it. */
export function typeWithAutoClosing(document: string, at: number, typed: string): Keystroke[] {
  let text = document;
  let caret = at;
  const steps: Keystroke[] = [];
  for (const ch of typed) {
    if (Object.values(CLOSERS).includes(ch) && text[caret] === ch) {
      caret++;
    } else if (CLOSERS[ch]) {
      text = text.slice(0, caret) + ch + CLOSERS[ch] + text.slice(caret);
      caret++;
    } else {
      text = text.slice(0, caret) + ch + text.slice(caret);
      caret++;
    }
    steps.push({ text, caret });
  }
  return steps;
}
