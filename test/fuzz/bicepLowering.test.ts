/**
 * Fuzz: the Bicep lowering (symbols, evaluator, resources, loops, `parent:`, modules) through the whole analysis.
 * Generated programs (declarations referring to each other, loops over huge ranges, interpolation, lambdas,
 * modules inside and outside the workspace, cycles) and mutated fixtures analyse within the time bound, without
 * internal errors, with every span in its file and every fix applying.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BICEP_MODULE_FILES, bicepProgram } from './bicepArbitraries';
import { analyzeChecked, corpusSeeds, fixtureSeeds, fuzzTest, memoryHost, mutatedText, params } from './fuzzSupport';

fuzzTest(__filename, 'fuzz: generated Bicep programs (loops, modules, lambdas, interpolation, cycles) analyse cleanly', ({ timer }) => {
  const host = memoryHost(BICEP_MODULE_FILES);
  fc.assert(
    fc.property(bicepProgram, (text) => {
      analyzeChecked(timer, { path: '/ws/main.bicep', text }, { host });
    }),
    params(250),
  );
});

fuzzTest(__filename, 'fuzz: mutated Bicep fixtures and corpus files analyse cleanly', (context) => {
  const seeds = [...fixtureSeeds('bicep'), ...corpusSeeds('bicep', 30_000, context)];
  assert.ok(seeds.length > 0);
  const host = memoryHost(BICEP_MODULE_FILES);
  fc.assert(
    fc.property(mutatedText(seeds), ({ seed, text }) => {
      analyzeChecked(context.timer, { path: seed.path, text, language: 'bicep' }, { host });
    }),
    params(200),
  );
});
