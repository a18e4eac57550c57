import type { Alignment, AlignOptions } from './align-blocks.js';
import { type Fingerprint } from './similarity.js';
/**
 * The alignment itself, on fingerprints (see alignBlocks): callers that compare one reference
 * with many copies fingerprint the reference once.
 *
 * @param settings Resolved options, all present.
 */
export declare function alignFingerprints(refPrints: readonly Fingerprint[], copyPrints: readonly Fingerprint[], settings: Required<AlignOptions>): Alignment;
//# sourceMappingURL=align-fingerprints.d.ts.map