// isPrivateAddress: each range of the table holds its example and not its near-miss, and the
// addresses a fetch meets in practice are judged as a network engineer would.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isPrivateAddress, PRIVATE_RANGES } from '../packages/core/src/fetch/index.js';

test('every range holds its example, and its near-miss (just outside) is public', () => {
  for (const range of PRIVATE_RANGES) {
    assert.ok(isPrivateAddress(range.example), `${range.id}: ${range.example} is private`);
    assert.not.ok(isPrivateAddress(range.nearMiss), `${range.id}: ${range.nearMiss} is public`);
  }
});

test('public addresses are public', () => {
  for (const a of ['8.8.8.8', '1.1.1.1', '151.101.1.69', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '2a00:1450:4001::200e']) {
    assert.not.ok(isPrivateAddress(a), a);
  }
});

test('loopback, private, link-local and metadata addresses are private', () => {
  for (const a of ['127.0.0.1', '127.255.0.9', '10.0.0.1', '192.168.0.10', '172.16.5.4', '169.254.169.254', '0.0.0.0', '::1', '::', 'fd00::5', 'fe80::1%eth0']) {
    assert.ok(isPrivateAddress(a), a);
  }
});

test('an IPv4-mapped IPv6 address is judged by its IPv4 part', () => {
  assert.ok(isPrivateAddress('::ffff:127.0.0.1'));
  assert.ok(isPrivateAddress('::ffff:7f00:1'));
  assert.not.ok(isPrivateAddress('::ffff:8.8.8.8'));
});

test('a host name is not an address, so not private by itself', () => {
  assert.not.ok(isPrivateAddress('localhost'));
});

test.run();
