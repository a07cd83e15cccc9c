/**
 * Text the CLI prints for a terminal: a file name or message holding control characters (a line break, an ANSI
 * escape sequence, a bidirectional override) could otherwise forge output lines or rewrite the screen. Each such
 * character is shown as a `\uXXXX` escape; everything else is printed as it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
