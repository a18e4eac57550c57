import { WirediffError, type Finding } from '@wirediff/core';
import { isRecord } from '../is-record.js';

/** One ignore rule of the configuration: a finding is ignored when every field given matches. */
export interface IgnoreRule {
  /** Story folder name; `*` matches any run of characters. */
  story?: string;
  /** Copy source as reported (relative to the corpus); `*` wildcards. */
  copy?: string;
  kind?: string;
  severity?: string;
  /** A finding id, exactly. */
  id?: string;
  /** Why it is ignored: required, so a reviewer knows. */
  reason: string;
}

const FIELDS = ['story', 'copy', 'kind', 'severity', 'id'] as const;

const globToRegExp = (glob: string) => new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * Validates the "ignore" list of a configuration file.
 * @throws WirediffError WD_BAD_OPTION naming the file and the entry.
 */
export function parseIgnoreRules(value: unknown, file: string): IgnoreRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new WirediffError('WD_BAD_OPTION', '"ignore" must be a list of rules', { input: file });
  return value.map((entry, k) => {
    const where = `ignore[${k}]`;
    if (!isRecord(entry)) throw new WirediffError('WD_BAD_OPTION', `${where} must be an object`, { input: file });
    const rule = entry;
    for (const key of Object.keys(rule)) {
      if (key !== 'reason' && !(FIELDS as readonly string[]).includes(key)) throw new WirediffError('WD_BAD_OPTION', `${where} has an unknown key "${key}" (expected ${FIELDS.join(', ')}, reason)`, { input: file });
      if (typeof rule[key] !== 'string' || rule[key] === '') throw new WirediffError('WD_BAD_OPTION', `${where}.${key} must be a non-empty string`, { input: file });
    }
    if (!FIELDS.some((f) => f in rule)) throw new WirediffError('WD_BAD_OPTION', `${where} matches everything: give at least one of ${FIELDS.join(', ')}`, { input: file });
    if (!('reason' in rule)) throw new WirediffError('WD_BAD_OPTION', `${where} needs a "reason"`, { input: file });
    return rule as unknown as IgnoreRule;
  });
}

/** A predicate saying whether a finding of a story's copy is ignored by any rule. */
export function compileIgnoreRules(rules: readonly IgnoreRule[]): (story: string, copy: string, finding: Finding) => boolean {
  const compiled = rules.map((rule) => ({
    story: rule.story === undefined ? null : globToRegExp(rule.story),
    copy: rule.copy === undefined ? null : globToRegExp(rule.copy),
    kind: rule.kind,
    severity: rule.severity,
    id: rule.id,
  }));
  return (story, copy, f) =>
    compiled.some((r) =>
      (r.story === null || r.story.test(story)) &&
      (r.copy === null || r.copy.test(copy)) &&
      (r.kind === undefined || r.kind === f.kind) &&
      (r.severity === undefined || r.severity === f.severity) &&
      (r.id === undefined || r.id === f.id));
}
