import { countFindings, formatHtmlStories, type Report } from '@wirediff/core';
import type { CheckResult } from './check-result.js';

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * JUnit XML: a test suite per story and a test case per copy, failing with the copy's new
 * findings; an unreadable story is a suite with one errored case. No timestamps or durations,
 * so the file is the same for the same results.
 */
export function formatJunit(result: CheckResult): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = result.summary.newFindings;
  out.push(`<testsuites name="wirediff check" tests="${result.summary.copies + result.summary.errors}" failures="${failures > 0 ? new Set(result.newFindings.map((n) => `${n.story}\u0000${n.copy}`)).size : 0}" errors="${result.summary.errors}">`);
  for (const story of result.stories) {
    if (story.status === 'error') {
      out.push(`  <testsuite name="${xml(story.story)}" tests="1" failures="0" errors="1">`);
      out.push(`    <testcase classname="${xml(story.story)}" name="read story"><error type="${story.error.code}" message="${xml(`${story.error.input} — ${story.error.message}`)}"/></testcase>`);
      out.push('  </testsuite>');
      continue;
    }
    const news = result.newFindings.filter((n) => n.story === story.story);
    const failing = new Set(news.map((n) => n.copy)).size;
    out.push(`  <testsuite name="${xml(story.story)}" tests="${story.copies.length}" failures="${failing}" errors="0">`);
    for (const copy of story.copies) {
      const mine = news.filter((n) => n.copy === copy.source);
      if (mine.length === 0) {
        out.push(`    <testcase classname="${xml(story.story)}" name="${xml(copy.source)}"/>`);
        continue;
      }
      const body = mine.map((n) => `${n.finding.severity} ${n.finding.kind} [${n.finding.id}] ${n.finding.message}`).join('\n');
      out.push(`    <testcase classname="${xml(story.story)}" name="${xml(copy.source)}"><failure type="wirediff" message="${mine.length} new finding${mine.length > 1 ? 's' : ''} at or above ${result.failOn}">${xml(body)}</failure></testcase>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

// GitHub's workflow-command escaping for annotation properties and messages.
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: an error per new finding and per unreadable story. */
export function formatGithub(result: CheckResult, corpusPath: string): string {
  const lines: string[] = [];
  const file = (p: string) => (/^https?:/.test(p) ? '' : `file=${ghProp(`${corpusPath.replace(/\/$/, '')}/${p}`)},`);
  for (const s of result.stories) {
    if (s.status === 'error') lines.push(`::error ${file(s.error.input)}title=${ghProp(`wirediff: ${s.story} unreadable`)}::${ghData(`${s.error.message} (${s.error.code})`)}`);
  }
  for (const n of result.newFindings) {
    lines.push(`::error ${file(n.copy)}title=${ghProp(`wirediff ${n.finding.severity} ${n.finding.kind}`)}::${ghData(`${n.story}: ${n.finding.message} [${n.finding.id}]`)}`);
  }
  if (result.resolved.length > 0) lines.push(`::notice title=wirediff baseline::${result.resolved.length} accepted finding(s) no longer occur; run with --update-baseline to drop them`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A text summary for people and CI logs. */
export function formatCheckText(result: CheckResult): string {
  const s = result.summary;
  const lines = [`wirediff check: ${s.stories} stor${s.stories === 1 ? 'y' : 'ies'}, ${s.copies} copies, ${s.findings} findings; ${s.newFindings} new at or above ${result.failOn}; ${s.resolved} accepted no longer occur; ${s.errors} unreadable`];
  for (const st of result.stories) {
    if (st.status === 'error') lines.push(`  ERROR  ${st.story}: ${st.error.input} — ${st.error.message} (${st.error.code})`);
  }
  for (const n of result.newFindings) lines.push(`  NEW    ${n.story} / ${n.copy}: ${n.finding.severity} ${n.finding.kind} — ${n.finding.message} [${n.finding.id}]`);
  for (const r of result.resolved) lines.push(`  GONE   ${r.story} / ${r.copy}: ${r.id}`);
  return `${lines.join('\n')}\n`;
}

/** The check as one HTML page: the gravest findings first, then a section per story. */
export function formatCheckHtml(result: CheckResult): string {
  const stories = result.stories.map((st) => {
    const reference = { source: st.status === 'ok' ? st.reference : st.error.input, title: null, byline: null, publishedTime: null, siteName: null, canonicalUrl: null, blocks: 0, notes: [], credits: [] };
    const copies = st.status === 'ok' ? st.copies : [];
    const all = copies.flatMap((c) => c.findings);
    const report: Report = { schemaVersion: 1, reference, copies, summary: { ...countFindings(all), copies: copies.length, highest: null } };
    return { heading: st.story, report, ...(st.status === 'error' ? { note: `Could not be read: ${st.error.input} — ${st.error.message} (${st.error.code})` } : {}) };
  });
  return formatHtmlStories(stories, `wirediff check: ${result.summary.stories} stories`);
}
