import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FURNITURE_PATTERNS } from '../../src/segment/furniture-patterns.js';
import { isFurniture } from '../../src/segment/classify-block.js';

test('FURNITURE_PATTERNS: every rule\'s example is furniture and its near miss is not', () => {
  for (const rule of FURNITURE_PATTERNS) {
    assert.ok(isFurniture(rule.example), `${rule.id} misses its example "${rule.example}"`);
    assert.not.ok(isFurniture(rule.nearMiss), `${rule.id}: its near miss "${rule.nearMiss}" reads as furniture`);
  }
});

test('isFurniture takes the labels extraction meets in several languages', () => {
  for (const label of ['Lesezeit: 2 Minuten', '12 minute read', 'Tiempo de lectura: 8 minutos', 'Fotostrecke', 'Mehr zum Thema', 'Veja Também:', 'Keine Kommentare', 'Seite teilen', 'Valora esta noticia']) {
    assert.ok(isFurniture(label), label);
  }
});

test.run();
