import path from 'node:path';
import { countFindings, formatHtmlStories, SEVERITY_RANK, type HtmlSources, type Report, type Severity } from '@wirediff/core';
import { jsonAtDepth, type CheckResult, type NewFinding, type StoryResult, type UnreadableStory } from './check-result.js';
import type { Output } from './output-file.js';
import { Spill } from './spill.js';
import { appendStepSummary, StepSummary } from './step-summary.js';

/** What a format writes after the last story: the run's totals and the lists that follow the stories. */
export interface CheckTotals {
  failOn: CheckResult['failOn'];
  summary: CheckResult['summary'];
  /** Stories that could not be read, in story order. */
  errors: UnreadableStory[];
  /** New findings in story order; read once. */
  news: AsyncIterable<NewFinding>;
  resolved: CheckResult['resolved'];
}

/**
 * One output format of a check, written as stories arrive (in story order) rather than from a
 * whole result, so a large corpus never has to be held in memory; only what a format puts
 * before the stories (JUnit's totals) or after them is kept, on disk where it can grow.
 */
export interface CheckFormatWriter {
  /** One story; `json`, when given, is the story as JSON at depth 2 already (from the cache). */
  story(result: StoryResult, news: readonly NewFinding[], json?: string): void;
  finish(totals: CheckTotals): Promise<void>;
}

export type CheckFormat = 'text' | 'json' | 'junit' | 'github' | 'html';

// What a new finding replaces, and what replaced an accepted one, as the formats word it.
const replacing = (n: NewFinding) => (n.replaces ? `replaces accepted [${n.replaces.id}]: ${n.replaces.message}` : '');
const replacedBy = (r: CheckResult['resolved'][number]) => (r.replacedBy ? ` (replaced by [${r.replacedBy}])` : '');

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** The check result as indented JSON (the input of `wirediff merge`), stories streamed. */
function jsonWriter(out: Output, failOn: CheckResult['failOn']): CheckFormatWriter {
  // A list's items each on their lines at depth two, after its opening bracket; then its close.
  const item = (index: number, value: unknown, json = jsonAtDepth(value, 2)) => out.write(`${index === 0 ? '\n    ' : ',\n    '}${json}`);
  const close = (count: number) => out.write(count === 0 ? ']' : '\n  ]');
  let stories = 0;
  out.write(`{\n  "schemaVersion": 1,\n  "kind": "wirediff-check",\n  "failOn": ${JSON.stringify(failOn)},\n  "stories": [`);
  return {
    story: (result, _news, json) => item(stories++, result, json),
    async finish(t) {
      close(stories);
      out.write(',\n  "newFindings": [');
      let n = 0;
      for await (const finding of t.news) item(n++, finding);
      close(n);
      out.write(',\n  "resolved": [');
      t.resolved.forEach((entry, k) => item(k, entry));
      close(t.resolved.length);
      out.write(`,\n  "summary": ${jsonAtDepth(t.summary, 1)}\n}\n`);
    },
  };
}

/**
 * JUnit XML: a test suite per story and a test case per copy, failing with the copy's new
 * findings; an unreadable story is a suite with one errored case. No timestamps or durations,
 * so the file is the same for the same results. The totals head the file, so the suites wait
 * in a spill until the last story.
 */
function junitWriter(out: Output, failOn: CheckResult['failOn']): CheckFormatWriter {
  const suites = new Spill();
  let failing = 0;
  return {
    story(story, news) {
      const lines: string[] = [];
      if (story.status === 'error') {
        lines.push(`  <testsuite name="${xml(story.story)}" tests="1" failures="0" errors="1">`);
        lines.push(`    <testcase classname="${xml(story.story)}" name="read story"><error type="${story.error.code}" message="${xml(`${story.error.input} — ${story.error.message}`)}"/></testcase>`);
        lines.push('  </testsuite>');
      } else {
        const copies = new Set(news.map((n) => n.copy)).size;
        failing += copies;
        lines.push(`  <testsuite name="${xml(story.story)}" tests="${story.copies.length}" failures="${copies}" errors="0">`);
        for (const copy of story.copies) {
          const mine = news.filter((n) => n.copy === copy.source);
          if (mine.length === 0) {
            lines.push(`    <testcase classname="${xml(story.story)}" name="${xml(copy.source)}"/>`);
            continue;
          }
          const body = mine.map((n) => `${n.finding.severity} ${n.finding.kind} [${n.finding.id}] ${n.finding.message}${n.replaces ? `\n  ${replacing(n)}` : ''}`).join('\n');
          lines.push(`    <testcase classname="${xml(story.story)}" name="${xml(copy.source)}"><failure type="wirediff" message="${mine.length} new finding${mine.length > 1 ? 's' : ''} at or above ${failOn}">${xml(body)}</failure></testcase>`);
        }
        lines.push('  </testsuite>');
      }
      suites.add(JSON.stringify(lines.join('\n')));
    },
    async finish(t) {
      try {
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
        out.write(`<testsuites name="wirediff check" tests="${t.summary.copies + t.summary.errors}" failures="${failing}" errors="${t.summary.errors}">\n`);
        for await (const suite of suites.lines()) out.write(`${JSON.parse(suite) as string}\n`);
        out.write('</testsuites>\n');
      } finally {
        suites.dispose();
      }
    },
  };
}

// GitHub's workflow-command escaping for annotation properties and messages.
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the
 * rest without a word (actions/toolkit, docs/problem-matchers.md: "Limitations").
 */
const GITHUB_ANNOTATIONS_PER_KIND = 10;

/**
 * The annotations GitHub will show: the first `limit` of `items`, or when there are more, the
 * first `limit - 1` and a last one saying how many were left out, so none goes missing unseen.
 */
function withinLimit<T>(items: readonly T[], total: number, limit: number): { shown: T[]; left: number } {
  if (total <= limit) return { shown: items.slice(0, limit), left: 0 };
  return { shown: items.slice(0, limit - 1), left: total - (limit - 1) };
}

/** GitHub's `$GITHUB_WORKSPACE` (the checked-out repository), when set and not empty. */
export const githubWorkspace = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.GITHUB_WORKSPACE || undefined;

/**
 * The path an annotation names a corpus file by. GitHub places an annotation on a file of the
 * checked-out repository only by its path relative to the workspace (`$GITHUB_WORKSPACE`), so
 * there, a file inside the workspace is named relative to it, with forward slashes; elsewhere
 * (or a file outside it, which GitHub cannot show) the corpus path as given, then the file.
 */
export function annotationPath(corpusPath: string, file: string, workspace: string | undefined): string {
  const given = `${corpusPath.replace(/[\\/]$/, '')}/${file}`;
  if (!workspace) return given;
  const relative = path.relative(path.resolve(workspace), path.resolve(corpusPath, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return given;
  return relative.split(path.sep).join('/');
}

/**
 * GitHub Actions annotations: an error per unreadable story and per new finding, the gravest
 * first; a notice per accepted finding gone. Past GitHub's limit per step, the last annotation
 * of each kind counts the rest, which the text summary and JUnit list in full.
 */
function githubWriter(out: Output, corpusPath: string, summaryFile?: string, workspace?: string, limit = GITHUB_ANNOTATIONS_PER_KIND): CheckFormatWriter {
  const file = (p: string) => (/^https?:/.test(p) ? '' : `file=${ghProp(annotationPath(corpusPath, p, workspace))},`);
  return {
    story: () => undefined,
    async finish(t) {
      // Only the first few of each severity can be shown: kept as they stream past, in story order.
      const bySeverity = new Map<Severity, NewFinding[]>();
      const summary = summaryFile === undefined ? null : new StepSummary();
      let news = 0;
      for await (const n of t.news) {
        news++;
        summary?.add(n);
        const list = bySeverity.get(n.finding.severity);
        if (!list) bySeverity.set(n.finding.severity, [n]);
        else if (list.length < limit) list.push(n);
      }
      const gravest = [...bySeverity.keys()].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]).flatMap((sev) => bySeverity.get(sev)!);
      const errors = [...t.errors.map((s) => ({ s })), ...gravest.map((n) => ({ n }))];
      const shownErrors = withinLimit(errors, t.errors.length + news, limit);
      for (const e of shownErrors.shown) {
        if ('s' in e) out.write(`::error ${file(e.s.error.input)}title=${ghProp(`wirediff: ${e.s.story} unreadable`)}::${ghData(`${e.s.error.message} (${e.s.error.code})`)}\n`);
        else out.write(`::error ${file(e.n.copy)}title=${ghProp(`wirediff ${e.n.finding.severity} ${e.n.finding.kind}`)}::${ghData(`${e.n.story}: ${e.n.finding.message} [${e.n.finding.id}]${e.n.replaces ? `; ${replacing(e.n)}` : ''}`)}\n`);
      }
      if (shownErrors.left > 0) {
        out.write(`::error title=${ghProp(`wirediff: ${shownErrors.left} more not annotated`)}::${ghData(`${shownErrors.left} more new findings and unreadable stories than GitHub shows (${limit} errors per step); the JUnit report and the text summary list all ${t.errors.length + news}`)}\n`);
      }
      // A notice per accepted finding gone, on the copy it was in: a copy corrected upstream shows in review.
      const shownNotices = withinLimit(t.resolved, t.resolved.length, limit);
      for (const r of shownNotices.shown) {
        out.write(`::notice ${file(r.copy)}title=${ghProp('wirediff: accepted finding no longer occurs')}::${ghData(`${r.story}: ${r.message ? `${r.message} ` : ''}[${r.id}]${replacedBy(r)}; --update-baseline drops it`)}\n`);
      }
      if (shownNotices.left > 0) {
        out.write(`::notice title=${ghProp(`wirediff: ${shownNotices.left} more accepted findings no longer occur`)}::${ghData(`${shownNotices.left} more than GitHub shows (${limit} notices per step); the text summary lists all ${t.resolved.length}`)}\n`);
      }
      if (summary) appendStepSummary(summaryFile!, summary.markdown(summaryLine(t), t.errors, t.resolved));
    },
  };
}

/** The run in one line: what the text summary opens with, and the step summary's heading. */
function summaryLine(t: CheckTotals): string {
  const s = t.summary;
  return `wirediff check: ${s.stories} stor${s.stories === 1 ? 'y' : 'ies'}, ${s.copies} copies, ${s.findings} findings; ${s.newFindings} new at or above ${t.failOn}; ${s.resolved} accepted no longer occur; ${s.errors} unreadable`;
}

/** A text summary for people and CI logs. */
function textWriter(out: Output): CheckFormatWriter {
  return {
    story: () => undefined,
    async finish(t) {
      out.write(`${summaryLine(t)}\n`);
      for (const st of t.errors) out.write(`  ERROR  ${st.story}: ${st.error.input} — ${st.error.message} (${st.error.code})\n`);
      for await (const n of t.news) {
        out.write(`  NEW    ${n.story} / ${n.copy}: ${n.finding.severity} ${n.finding.kind} — ${n.finding.message} [${n.finding.id}]\n`);
        if (n.replaces) out.write(`           ${replacing(n)}\n`);
      }
      for (const r of t.resolved) out.write(`  GONE   ${r.story} / ${r.copy}: ${r.message ? `${r.message} ` : ''}[${r.id}]${replacedBy(r)}\n`);
    },
  };
}

/** A story's pages for the side-by-side view, read again at the end of a check (see readStoryArticles). */
export type ReadSources = (story: string) => Promise<HtmlSources | null>;

/**
 * The check as one HTML page: the gravest findings first, then a section per story, with each
 * copy side by side with the reference when `readSources` is given. A page shows every story,
 * so this format holds them all; it is for reading, not for large corpora.
 */
function htmlWriter(out: Output, readSources?: ReadSources): CheckFormatWriter {
  const stories: StoryResult[] = [];
  const fresh: (readonly string[])[][] = [];
  return {
    story: (result, news) => {
      stories.push(result);
      // Per copy, the ids of its findings the baseline has not accepted: marked new on the page.
      fresh.push(result.status === 'ok' ? result.copies.map((c) => news.filter((n) => n.copy === c.source).map((n) => n.finding.id)) : []);
    },
    async finish(t) {
      const sources: (HtmlSources | null)[] = [];
      for (const st of stories) sources.push(st.status === 'ok' && readSources ? await readSources(st.story) : null);
      const sections = stories.map((st, i) => {
        const reference = { source: st.status === 'ok' ? st.reference : st.error.input, title: null, byline: null, publishedTime: null, siteName: null, canonicalUrl: null, blocks: 0, notes: [], credits: [] };
        const copies = st.status === 'ok' ? st.copies : [];
        const all = copies.flatMap((c) => c.findings);
        const report: Report = { schemaVersion: 2, reference, copies, summary: { ...countFindings(all), copies: copies.length, highest: null } };
        // Sources only when they hold the copies the findings were made of, in their order.
        const seen = sources[i];
        const matches = seen !== null && seen !== undefined && seen.copies.length === copies.length;
        return { heading: st.story, report, news: fresh[i]!, ...(matches ? { sources: seen } : {}), ...(st.status === 'error' ? { note: `Could not be read: ${st.error.input} — ${st.error.message} (${st.error.code})` } : {}) };
      });
      out.write(formatHtmlStories(sections, `wirediff check: ${t.summary.stories} stories`));
    },
  };
}

/**
 * A writer of `format` to `out`; `corpus` is the path GitHub annotations name files under,
 * `stepSummary` the file (GitHub's `$GITHUB_STEP_SUMMARY`) the github format appends a Markdown
 * summary to, `workspace` GitHub's `$GITHUB_WORKSPACE`, which annotation paths are relative to,
 * and `readSources` what the html format reads the pages for its side-by-side view with.
 */
export function checkFormatWriter(format: CheckFormat, out: Output, failOn: CheckResult['failOn'], corpus: string, stepSummary?: string, workspace?: string, readSources?: ReadSources): CheckFormatWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out, failOn);
    case 'junit':
      return junitWriter(out, failOn);
    case 'github':
      return githubWriter(out, corpus, stepSummary, workspace);
    case 'html':
      return htmlWriter(out, readSources);
    default:
      return textWriter(out);
  }
}
