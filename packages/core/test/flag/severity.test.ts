import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { severityOfEdit } from '../../src/flag/severity.js';
import type { EditCategory, WordEdit } from '../../src/types.js';

const edit = (removed: string, added: string, ...categories: EditCategory[]): WordEdit => ({ removed, added, categories });

test('severityOfEdit: a name replaced by another name is high', () => {
  assert.is(severityOfEdit(['name'], [edit('Lee', 'Ferreira', 'name')]), 'high');
  assert.is(severityOfEdit(['name'], [edit('Montoya-Lewis', 'Morales-Lewis', 'name')]), 'high');
});

test('severityOfEdit: a name added, cut, or written in another form is medium', () => {
  assert.is(severityOfEdit(['name'], [edit('', 'John Smith', 'name')]), 'medium');
  assert.is(severityOfEdit(['name'], [edit('Padma', '', 'name')]), 'medium');
  assert.is(severityOfEdit(['name'], [edit("South's", 'South Korean', 'name')]), 'medium');
});

test('severityOfEdit: numbers, quotes, negation, attribution and hedges are high; style alone is low', () => {
  assert.is(severityOfEdit(['number'], [edit('29', '28', 'number')]), 'high');
  assert.is(severityOfEdit(['wording'], [edit('vessel', 'ship', 'wording')]), 'medium');
  assert.is(severityOfEdit(['style'], [edit('per cent', '%', 'style')]), 'low');
});

test.run();
