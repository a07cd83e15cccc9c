/**
 * Fuzz: the whole analysis (`analyzeDocument`) and hovers (`hoverAt` at random offsets) over mutated fixtures and
 * corpus files in every encoding accident an editor hands over: a byte order mark, CRLF or lone CR line breaks,
 * astral characters before the findings. Every finding, related location, fix edit and hover range stays inside its
 * file, fixes apply, nothing crashes or hangs; and a finding's text is the same with or without those accidents.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/engine';
import {
  analyzeChecked,
  corpusSeeds,
  fixtureSeeds,
  fuzzTest,
  hoverChecked,
  memoryHost,
  mutatedText,
  params,
  SeedText,
} from './fuzzSupport';

type Accident = 'none' | 'bom' | 'crlf' | 'cr' | 'emoji';

/** Applies an accident; for `emoji`, astral characters go into a comment before everything else. */
function withAccident(text: string, language: 'json' | 'bicep', accident: Accident): string {
  switch (accident) {
    case 'none':
      return text;
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'emoji':
      return language === 'json' ? `/* 😀🏳️‍🌈𝄞 */${text}` : `// 😀🏳️‍🌈𝄞\n${text}`;
  }
}

const accident = fc.constantFrom<Accident>('none', 'bom', 'crlf', 'cr', 'emoji');

function seeds(language: 'json' | 'bicep', context: Parameters<typeof corpusSeeds>[2]): SeedText[] {
  return [...fixtureSeeds(language), ...corpusSeeds(language, 25_000, context)];
}

for (const language of ['json', 'bicep'] as const) {
  fuzzTest(__filename, `fuzz: whole analysis and hovers at random offsets, mutated ${language} with BOM/CRLF/CR/emoji`, (context) => {
    const all = seeds(language, context);
    const host = memoryHost(new Map());
    fc.assert(
      fc.property(mutatedText(all, 4), accident, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), ({ seed, text }, what, offsets) => {
        const request = { path: seed.path, text: withAccident(text, language, what) };
        analyzeChecked(context.timer, request, { host });
        hoverChecked(context.timer, request, offsets, { host });
      }),
      params(100),
    );
  });
}

fuzzTest(__filename, 'fuzz: a BOM, CRLF or astral characters change no finding but by their own offsets', (context) => {
  const all = [
    ...seeds('json', context).map((s) => ({ s, language: 'json' as const })),
    ...seeds('bicep', context).map((s) => ({ s, language: 'bicep' as const })),
  ];
  fc.assert(
    fc.property(fc.constantFrom(...all), fc.constantFrom<Accident>('bom', 'crlf', 'emoji'), ({ s, language }, what) => {
      const plain = analyzeChecked(context.timer, { path: s.path, text: s.text });
      const text = withAccident(s.text, language, what);
      const changed = analyzeChecked(context.timer, { path: s.path, text });
      // The same findings, and each one's range covers the same text.
      const render = (result: ReturnType<typeof analyzeDocument>, source: string) =>
        result.findings.map((f) => `${f.code} ${f.message} [${source.slice(f.range.start, f.range.end).replace(/\r\n?/g, '\n')}]`).sort();
      assert.deepEqual(render(changed, text), render(plain, s.text), `${s.name} with ${what}`);
    }),
    params(80),
  );
});
