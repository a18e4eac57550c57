/** A range of addresses that is not the public internet, with an address it holds and one it does not. */
interface PrivateRange {
    id: string;
    family: 4 | 6;
    prefix: string;
    bits: number;
    example: string;
    nearMiss: string;
}
export declare const PRIVATE_RANGES: readonly PrivateRange[];
/**
 * Says whether an IP address is private, loopback, link-local or otherwise not the public
 * internet (the ranges in PRIVATE_RANGES). IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are
 * judged by their IPv4 part. A string that is not an IP address is not private.
 *
 * @example isPrivateAddress('169.254.169.254') // true: the cloud metadata service
 */
export declare function isPrivateAddress(address: string): boolean;
export {};
//# sourceMappingURL=is-private-address.d.ts.map