/**
 * Rules quote the values in their messages and fix titles the way Bicep does, 'like this'. A finding in an ARM JSON file reads them
 * the way JSON writes them, "like this", so that one message never mixes the two (issue 19). Apostrophes inside words
 * (the endpoint's, the NICs' pools) are not quotes: an opening quote follows the start, a space or an opening bracket,
 * a closing quote comes before the end, a space or punctuation.
 */
import type { Language } from '../../model/sourceFile';

const SINGLE_QUOTED = /(^|[\s([])'([^'\n]*)'(?=$|[\s).,;:?!\]])/g;

export function quotedForLanguage(message: string, language: Language): string {
  if (language !== 'arm' && language !== 'arm-parameters') return message;
  return message.replace(SINGLE_QUOTED, (_whole, before: string, inner: string) => `${before}"${inner}"`);
}

const DOUBLE_QUOTED = /(^|[\s([])"([^"\n]*)"(?=$|[\s).,;:?!\]])/g;

/** A message quoted for a JSON file back in the rules' own quoting, to be quoted again for another file's language. */
export function singleQuoted(message: string): string {
  return message.replace(DOUBLE_QUOTED, (_whole, before: string, inner: string) => `${before}'${inner}'`);
}
