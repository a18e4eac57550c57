// `wirediff check` sets V8's compiler flags when its workers fill the cores, but never over a
// flag the user gave node.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilerFlagsToSet, tuneCompiler } from '../packages/cli/src/check/tune-compiler.js';

test('compilerFlagsToSet: both flags, as V8 takes them, when node was given neither', () => {
  assert.equal(compilerFlagsToSet(['--enable-source-maps']), ['--max-inlined-bytecode-size-cumulative=100', '--interrupt-budget=270336']);
});

test('compilerFlagsToSet: a flag given to node is left as given, in either spelling', () => {
  assert.equal(compilerFlagsToSet(['--interrupt-budget=67584']), ['--max-inlined-bytecode-size-cumulative=100']);
  assert.equal(compilerFlagsToSet(['--max_inlined_bytecode_size_cumulative=920', '--interrupt_budget=1000']), []);
});

test('tuneCompiler: sets nothing while a core is free for the compiler threads', () => {
  assert.equal(tuneCompiler(1, 2), []);
  assert.equal(tuneCompiler(3, 8), []);
});

test.run();
