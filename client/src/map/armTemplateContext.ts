/**
 * Whether a JSON document looks like a deployment template (or parameter file), so that the map's editor title button
 * shows on ARM templates and not on every JSON file; the server decides for real (the map of a JSON file that is no
 * template says so). Bicep files need no test: their language says it. The answer sets the context key below.
 */

export const ARM_TEMPLATE_CONTEXT_KEY = 'privateLink.isArmTemplate';

/** The deployment schemas' file names, wherever `$schema` stands (some templates put it last). */
const DEPLOYMENT_SCHEMA = /deployment(Template|Parameters)\.json/i;

export function looksLikeArmTemplate(text: string): boolean {
  return DEPLOYMENT_SCHEMA.test(text);
}
