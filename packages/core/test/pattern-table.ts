// What the tests of the pattern tables (notes, credits, agencies) share: the seed's caption,
// compiling an entry, and the linear-time check every pattern must pass.
import * as assert from 'uvu/assert';
import { auditPattern } from '../src/notes/audit-pattern.js';
import { timePattern } from '../src/notes/time-pattern.js';

/** The caption of the Reuters picture in seed foxbusiness-2017-09-06-nato-north-korea. */
export const SEED_CAPTION =
  "North Korean leader Kim Jong Un reacts with scientists and technicians of the DPRK Academy of Defence Science after the test-launch of the intercontinental ballistic missile Hwasong-14 in this undated photo released by North Korea's Korean Central ... News Agency (KCNA) in Pyongyang July 5, 2017. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE. NO THIRD PARTY SALES. SOUTH KOREA OUT. - RTX3A3V0";

const BUDGET_MS = 1500; // per pattern, over all adversarial inputs together
const INPUT_CHARS = 1 << 20; // ~1 MB of adversarial text per input
const now = () => performance.now();

export const compile = (rule: { pattern: string; flags: string }, extra = '') => new RegExp(rule.pattern, rule.flags + extra);
export const matches = (rule: { pattern: string; flags: string }, text: string) => compile(rule).test(text);

/**
 * Time to scan ~1 MB inputs; a probe at 1/64 of the size first fails a super-linear pattern
 * in milliseconds instead of letting it run for hours.
 */
export function assertLinear(rule: { id: string; pattern: string; flags: string; example: string }): void {
  // A nested repetition can take exponential time even on the probe; the audit rules it out first.
  assert.equal(auditPattern(rule.pattern), [], `${rule.id} must pass the audit before it is timed`);
  const probeChars = INPUT_CHARS / 64;
  const probeMs = timePattern(rule, rule.example, probeChars, now);
  assert.ok(probeMs * 64 < BUDGET_MS * 4, `${rule.id} took ${Math.round(probeMs)} ms on ${probeChars} chars`);
  const ms = timePattern(rule, rule.example, INPUT_CHARS, now);
  assert.ok(ms < BUDGET_MS, `${rule.id} took ${Math.round(ms)} ms on ${INPUT_CHARS} chars`);
}
