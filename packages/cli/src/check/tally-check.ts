import { SEVERITY_RANK, type Severity } from '@wirediff/core';
import type { Baseline } from './baseline.js';
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
  /** Ids of every finding by story and copy, kept only when `acceptAll` (to write the baseline). */
  readonly accepted: Baseline['accepted'] = {};

  /**
   * @param acceptAll the baseline is being rewritten to accept this run's findings: none is new
   *   or resolved in the stories checked.
   */
  constructor(
    private readonly failOn: Severity | 'none',
    private readonly baseline: Baseline,
    private readonly writers: readonly CheckFormatWriter[],
    private readonly acceptAll = false,
  ) {
    this.floor = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  }

  add(result: StoryResult): void {
    countStory(this.summary, result);
    let news: NewFinding[] = [];
    if (result.status === 'error') {
      this.errors.push(result);
    } else {
      if (this.acceptAll) this.accepted[result.story] = Object.fromEntries(result.copies.map((c) => [c.source, c.findings.map((f) => f.id).sort()]));
      const accepted = this.acceptAll ? this.accepted[result.story]! : (this.baseline.accepted[result.story] ?? {});
      const verdict = evaluateStory(result, accepted, this.floor);
      news = verdict.news;
      for (const n of news) this.news.add(JSON.stringify(n));
      this.resolved.push(...verdict.resolved);
    }
    for (const w of this.writers) w.story(result, news);
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
