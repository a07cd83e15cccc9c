/**
 * Validation against the SARIF 2.1.0 JSON schema, read from an npm package (@microsoft/jest-sarif ships the OASIS
 * schema, rtm.5), never fetched. The schema is draft-04 and one of its patterns is not valid in Unicode mode, hence
 * the options.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

let validate: ValidateFunction | undefined;

/** The schema errors of a SARIF log, as readable lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file of a package, read once
    validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  }
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
