import { countFindings, SEVERITY_RANK, type CopyReport, type Finding, type Severity } from '@wirediff/core';
import { acceptInto, type Baseline } from './baseline.js';
import { byEntry, countStory, type CheckResult, type NewFinding, type StoryResult, type UnreadableStory } from './check-result.js';
import { evaluateStory } from './evaluate-check.js';
import type { CheckFormatWriter } from './format-check.js';
import { Spill } from './spill.js';

type Resolved = CheckResult['resolved'][number];

/**
 * Takes a check's story results in story order, sets each against the baseline as it comes,
 * counts them, and hands them to the format writers; what must wait for the end (new findings)
 * waits on disk. Memory does not grow with the corpus, except for the resolved entries, the
 * unreadable stories and, when the baseline is being rewritten, the ids it will accept.
 */
export class CheckTally {
  private readonly floor: number;
  private readonly news = new Spill();
  private readonly errors: UnreadableStory[] = [];
  private readonly resolved: Resolved[] = [];
  private readonly summary: CheckResult['summary'] = { stories: 0, copies: 0, errors: 0, findings: 0, newFindings: 0, resolved: 0 };
  /** The findings (id and message) by story and copy this run accepts (see `accept`), to write to the baseline. */
  readonly accepted: Baseline['accepted'] = {};
  /** The ids of `accept` found in this run. */
  readonly found = new Set<string>();

  /**
   * @param accept true when the baseline is being rewritten to accept every finding of this run
   *   (none is new or resolved in the stories checked); else the ids of findings to accept
   *   wherever they occur, on top of the baseline.
   * @param isIgnored the configuration's ignore rules: a finding they match is left out.
   */
  constructor(
    private readonly failOn: Severity | 'none',
    private readonly baseline: Baseline,
    private readonly writers: readonly CheckFormatWriter[],
    private readonly accept: true | ReadonlySet<string> = new Set(),
    private readonly isIgnored: (story: string, copy: string, finding: Finding) => boolean = () => false,
  ) {
    this.floor = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  }

  // A result without the findings ignore rules match, each copy's summary counted again; the
  // result itself when they match none.
  private kept(result: StoryResult): StoryResult {
    if (result.status !== 'ok') return result;
    const copies = result.copies.map((c) => {
      const findings = c.findings.filter((f) => !this.isIgnored(result.story, c.source, f));
      return findings.length === c.findings.length ? c : { ...c, findings, summary: countFindings(findings) };
    });
    return copies.every((c, k) => c === result.copies[k]) ? result : { ...result, copies };
  }

  /**
   * One story's result, in story order. `json`, when given, is the whole result as the JSON
   * output writes it and `result` its digest (from the cache or a worker): the text is written as
   * it is unless ignore rules take findings out or some finding is new (new findings are listed
   * whole), and only then parsed.
   */
  add(result: StoryResult, json?: string): void {
    let story = this.kept(result);
    let verdict = story.status === 'ok' ? this.verdict(story) : null;
    if (json !== undefined && (story !== result || (verdict?.news.length ?? 0) > 0)) {
      story = this.kept(JSON.parse(json) as StoryResult);
      json = undefined;
      verdict = story.status === 'ok' ? this.verdict(story) : null;
    }
    countStory(this.summary, story);
    if (story.status === 'error') this.errors.push(story);
    for (const n of verdict?.news ?? []) this.news.add(JSON.stringify(n));
    this.resolved.push(...(verdict?.resolved ?? []));
    for (const w of this.writers) w.story(story, verdict?.news ?? [], json);
  }

  // The story against the baseline and the findings this run accepts (when rewriting the
  // baseline, against its own findings).
  private verdict(story: Extract<StoryResult, { status: 'ok' }>) {
    const accept = this.accept;
    if (accept !== true && accept.size === 0) return evaluateStory(story, this.baseline.accepted[story.story] ?? {}, this.floor);
    const taken = (c: CopyReport) => (accept === true ? c.findings : c.findings.filter((f) => accept.has(f.id)));
    const picked = story.copies.map((c) => [c.source, Object.fromEntries(taken(c).map((f) => [f.id, f.message]))] as const);
    if (accept === true) {
      this.accepted[story.story] = Object.fromEntries(picked);
      return evaluateStory(story, this.accepted[story.story]!, this.floor);
    }
    const previous = this.baseline.accepted[story.story] ?? {};
    const some = picked.filter(([, ids]) => Object.keys(ids).length > 0);
    if (some.length === 0) return evaluateStory(story, previous, this.floor);
    this.accepted[story.story] = Object.fromEntries(some);
    for (const [, ids] of some) for (const id of Object.keys(ids)) this.found.add(id);
    return evaluateStory(story, acceptInto(previous, this.accepted[story.story]!), this.floor);
  }

  /** Writes every format's ending; returns the summary the exit code is read from. */
  async finish(): Promise<CheckResult['summary']> {
    const news = this.news;
    this.summary.newFindings = news.count;
    this.summary.resolved = this.resolved.length;
    this.resolved.sort(byEntry);
    try {
      for (const w of this.writers) {
        const lines = news.lines();
        await w.finish({
          failOn: this.failOn,
          summary: this.summary,
          errors: this.errors,
          resolved: this.resolved,
          news: (async function* () {
            for await (const line of lines) yield JSON.parse(line) as NewFinding;
          })(),
        });
      }
    } finally {
      news.dispose();
    }
    return this.summary;
  }
}
