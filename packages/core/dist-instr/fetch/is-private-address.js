import { isIP } from 'node:net';
// RFC 6890 special-purpose ranges a fetch must not reach when private addresses are refused.
export const PRIVATE_RANGES = Object.freeze([
    { id: 'this-network', family: 4, prefix: '0.0.0.0', bits: 8, example: '0.0.0.0', nearMiss: '1.0.0.1' },
    { id: 'private-10', family: 4, prefix: '10.0.0.0', bits: 8, example: '10.1.2.3', nearMiss: '11.0.0.1' },
    { id: 'carrier-nat', family: 4, prefix: '100.64.0.0', bits: 10, example: '100.100.0.1', nearMiss: '100.128.0.1' },
    { id: 'loopback', family: 4, prefix: '127.0.0.0', bits: 8, example: '127.0.0.1', nearMiss: '128.0.0.1' },
    { id: 'link-local', family: 4, prefix: '169.254.0.0', bits: 16, example: '169.254.169.254', nearMiss: '169.255.0.1' },
    { id: 'private-172', family: 4, prefix: '172.16.0.0', bits: 12, example: '172.31.255.1', nearMiss: '172.32.0.1' },
    { id: 'ietf-protocol', family: 4, prefix: '192.0.0.0', bits: 24, example: '192.0.0.8', nearMiss: '192.0.1.1' },
    { id: 'private-192', family: 4, prefix: '192.168.0.0', bits: 16, example: '192.168.1.1', nearMiss: '192.169.0.1' },
    { id: 'benchmarking', family: 4, prefix: '198.18.0.0', bits: 15, example: '198.19.0.1', nearMiss: '198.20.0.1' },
    { id: 'multicast-reserved', family: 4, prefix: '224.0.0.0', bits: 3, example: '255.255.255.255', nearMiss: '223.255.255.1' },
    { id: 'unspecified-v6', family: 6, prefix: '::', bits: 128, example: '::', nearMiss: '::2' },
    { id: 'loopback-v6', family: 6, prefix: '::1', bits: 128, example: '::1', nearMiss: '::2' },
    { id: 'unique-local', family: 6, prefix: 'fc00::', bits: 7, example: 'fd12:3456::1', nearMiss: 'fe00::1' },
    { id: 'link-local-v6', family: 6, prefix: 'fe80::', bits: 10, example: 'fe80::1', nearMiss: 'fec0::1' },
    { id: 'multicast-v6', family: 6, prefix: 'ff00::', bits: 8, example: 'ff02::1', nearMiss: 'fe00::1' },
]);
function v4Bits(address) {
    return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}
function v6Bits(address) {
    let text = address.toLowerCase().split('%')[0];
    const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4Tail) {
        const n = v4Bits(v4Tail[1]);
        text = `${text.slice(0, -v4Tail[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
    }
    const [head = '', tail] = text.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
    return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}
const inRange = (bits, width, range) => {
    const base = range.family === 4 ? v4Bits(range.prefix) : v6Bits(range.prefix);
    const shift = BigInt(width - range.bits);
    return bits >> shift === base >> shift;
};
/**
 * Says whether an IP address is private, loopback, link-local or otherwise not the public
 * internet (the ranges in PRIVATE_RANGES). IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are
 * judged by their IPv4 part. A string that is not an IP address is not private.
 *
 * @example isPrivateAddress('169.254.169.254') // true: the cloud metadata service
 */
export function isPrivateAddress(address) {
    const family = isIP(address.split('%')[0]);
    if (family === 4)
        return PRIVATE_RANGES.some((r) => r.family === 4 && inRange(v4Bits(address), 32, r));
    if (family !== 6)
        return false;
    const bits = v6Bits(address);
    if (bits >> 32n === 0xffffn) {
        const n = bits & 0xffffffffn;
        return isPrivateAddress([24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.'));
    }
    return PRIVATE_RANGES.some((r) => r.family === 6 && inRange(bits, 128, r));
}
//# sourceMappingURL=is-private-address.js.map