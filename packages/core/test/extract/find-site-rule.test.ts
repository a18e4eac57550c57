import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { findSiteRule } from '../../src/extract/find-site-rule.js';
import { matchSelector } from '../../src/extract/match-selector.js';
import { SITE_RULES } from '../../src/extract/site-rules.js';

test('findSiteRule matches the host and its subdomains, from the URL or the canonical URL', () => {
  assert.is(findSiteRule('https://www.reuters.com/article/x', null)?.id, 'reuters');
  assert.is(findSiteRule(null, 'https://news.yahoo.com/nato-101203562.html')?.id, 'yahoo-news');
  assert.is(findSiteRule('file:///tmp/page.html', 'https://www.foxbusiness.com/markets/x')?.id, 'fox');
});

test('findSiteRule finds no rule for other sites, look-alike hosts and broken URLs', () => {
  assert.is(findSiteRule('https://notreuters.com/a', null), null);
  assert.is(findSiteRule('https://example.com/a', '//us.yahoo.com/news/'), null);
  assert.is(findSiteRule(undefined, null), null);
});

test('SITE_RULES: every rule has an id, hosts, body selectors and an example on one of its hosts', () => {
  const ids = new Set<string>();
  for (const rule of SITE_RULES) {
    assert.not.ok(ids.has(rule.id), `duplicate id ${rule.id}`);
    ids.add(rule.id);
    assert.ok(rule.hosts.length > 0 && rule.body.length > 0, rule.id);
    assert.is(findSiteRule(rule.example, null)?.id, rule.id, `${rule.id}'s example is not on its hosts`);
  }
});

const el = (html: string) => parseDocument(html).children[0] as Element;

test('matchSelector reads tag, class, id and attribute compounds', () => {
  const div = el('<div class="caas-body wide" id="x" data-testid="ArticleBody" name="articleBody"></div>');
  assert.ok(matchSelector(div, '.caas-body'));
  assert.ok(matchSelector(div, 'div.caas-body'));
  assert.ok(matchSelector(div, '#x'));
  assert.ok(matchSelector(div, '[data-testid=ArticleBody]'));
  assert.ok(matchSelector(div, '[class*=as-bo]'));
  assert.not.ok(matchSelector(div, 'section.caas-body'));
  assert.not.ok(matchSelector(div, '.caas'));
  assert.not.ok(matchSelector(div, '[data-testid=Other]'));
});

test.run();
