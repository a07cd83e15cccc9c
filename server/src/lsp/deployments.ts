/**
 * What the server analyses: deployments ("units"), each one engine analysis. A template with parameter files
 * (`main.parameters.json`, `main.parameters.dev.json`, a `.bicepparam` whose `using` names it) is analysed once per
 * parameter file, and not on its own: the parameter files say how it is deployed. A template without parameter
 * files is analysed with its defaults, unless another template deploys it (a module, a linked template): then it
 * is analysed through that template, with the values it passes.
 */
import { isTemplate, type WorkspaceIndex } from './workspaceIndex';

export interface Unit {
  /** Stable identity: the analysed document and the parameter file. */
  readonly key: string;
  /** The path given to the engine: the template, or the `.bicepparam` (the engine follows its `using`). */
  readonly document: string;
  /** The template the unit deploys (the document itself for a standalone file). */
  readonly template: string;
  /** A JSON parameter file applied through `AnalysisOptions.parameterFile`, or the `.bicepparam` document. */
  readonly parameterFile?: string;
  readonly parameterKind?: 'json' | 'bicepparam';
}

export function standaloneUnit(path: string): Unit {
  return { key: `${path}\u0000`, document: path, template: path };
}

export function parameterUnit(template: string, parameterFile: string, kind: 'json' | 'bicepparam'): Unit {
  return kind === 'bicepparam'
    ? { key: `${template}\u0000${parameterFile}`, document: parameterFile, template, parameterFile, parameterKind: kind }
    : { key: `${template}\u0000${parameterFile}`, document: template, template, parameterFile, parameterKind: kind };
}

function unitsWithParameters(index: WorkspaceIndex, template: string): Unit[] {
  return index
    .parameterFilesOf(template)
    .map((p) => parameterUnit(template, p, index.get(p)?.language === 'bicep-params' ? 'bicepparam' : 'json'));
}

/** Every deployment of the workspace, each once. */
export function workspaceUnits(index: WorkspaceIndex): Unit[] {
  const units: Unit[] = [];
  const templates: string[] = [];
  for (const entry of index.all()) {
    if (isTemplate(entry)) {
      templates.push(entry.path);
      const withParameters = unitsWithParameters(index, entry.path);
      if (withParameters.length > 0) units.push(...withParameters);
      else if (index.usersOf(entry.path).length === 0) units.push(standaloneUnit(entry.path));
    } else if (entry.language === 'bicep-params' && index.templatesOf(entry.path).length === 0) {
      // Its template is missing or outside the workspace: the engine says so on `using`.
      units.push(standaloneUnit(entry.path));
    }
  }
  // Templates that only deploy each other (a cycle) have no entry: analyse them on their own.
  const covered = new Set<string>();
  for (const unit of units) for (const file of index.closureOf(unit.template)) covered.add(file);
  for (const template of templates.sort()) {
    if (covered.has(template)) continue;
    units.push(standaloneUnit(template));
    for (const file of index.closureOf(template)) covered.add(file);
  }
  return units;
}

/**
 * The deployments an open document takes part in: a parameter file's template with it; a template's own parameter
 * sets; the deployments whose templates deploy it. A document in none of them is analysed on its own.
 */
export function unitsForDocument(index: WorkspaceIndex, path: string, all: () => readonly Unit[]): Unit[] {
  const entry = index.get(path);
  if (!entry) return [standaloneUnit(path)];
  if (entry.language === 'arm-parameters' || entry.language === 'bicep-params') {
    const templates = index.templatesOf(path);
    if (templates.length === 0) return [standaloneUnit(path)];
    return templates.map((template) => parameterUnit(template, path, entry.language === 'bicep-params' ? 'bicepparam' : 'json'));
  }
  const units = all().filter((unit) => unit.template === path || index.closureOf(unit.template).has(path));
  return units.length > 0 ? units : [standaloneUnit(path)];
}
