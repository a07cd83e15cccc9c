/**
 * What rendering the fixes of one analysis reads again and again, worked out once per file: the layout style, the
 * line lookups, the JSON tree, the Bicep statements and declared symbols. One session per analysis, created when the
 * first fix is rendered and dropped with the analysis' findings, so nothing of a file outlives the fixes that need
 * it and no state is shared between analyses (a fix of another version of the text would read the wrong tree).
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { parseJsonSyntax } from '../arm/jsonSyntax';
import { parseBicep } from '../bicep/syntax/index';
import type { Program } from '../bicep/syntax/index';
import type { SourceFile } from '../model/sourceFile';
import { declaredBicepSymbols } from './bicepRender';
import { detectStyle, TextLines, type TextStyle } from './indentation';

interface FileMemo {
  style?: TextStyle;
  lines?: TextLines;
  jsonTree?: { readonly root: JsonNode | undefined };
  bicepProgram?: Program;
  bicepSymbols?: ReadonlySet<string>;
}

export class FixRenderSession {
  private readonly files = new Map<SourceFile, FileMemo>();

  /** The file's newline and indentation unit. */
  styleOf(file: SourceFile): TextStyle {
    const memo = this.memoOf(file);
    return (memo.style ??= detectStyle(file.text));
  }

  linesOf(file: SourceFile): TextLines {
    const memo = this.memoOf(file);
    return (memo.lines ??= new TextLines(file.text));
  }

  /** The file's JSON tree: the writers need the exact text layout, which ValueNodes do not keep. */
  jsonTreeOf(file: SourceFile): JsonNode | undefined {
    const memo = this.memoOf(file);
    return (memo.jsonTree ??= { root: parseJsonSyntax(file.text).root }).root;
  }

  /** The Bicep file's statements (where a new parameter goes). */
  bicepProgramOf(file: SourceFile): Program {
    const memo = this.memoOf(file);
    return (memo.bicepProgram ??= parseBicep(file.text).program);
  }

  /** Identifiers the Bicep file declares (lower-cased), so a new symbol does not collide with them. */
  bicepSymbolsOf(file: SourceFile): ReadonlySet<string> {
    const memo = this.memoOf(file);
    return (memo.bicepSymbols ??= declaredBicepSymbols(file));
  }

  private memoOf(file: SourceFile): FileMemo {
    let memo = this.files.get(file);
    if (!memo) this.files.set(file, (memo = {}));
    return memo;
  }
}
