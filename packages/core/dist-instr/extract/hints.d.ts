import type { Element } from 'domhandler';
/**
 * What class and id words say about a box, as data: each entry with the words it matches, a
 * real example that must match and a near miss that must not. Words are matched against the
 * class/id split on spaces, "-", "_" and camelCase humps, so "ad" does not catch "head" and
 * "hidden" does not catch "overflow-hidden"'s layout meaning by accident of a prefix.
 */
export interface HintRule {
    id: string;
    /** Matched against the lower-cased class and id, with word boundaries at - _ and space. */
    pattern: RegExp;
    /** A strong hint drops the box whatever it holds; a weak one only a small or link-heavy box. */
    strong: boolean;
    example: string;
    nearMiss: string;
}
/** Boxes around a story that are not the story: left out with everything inside them. */
export declare const NOISE_HINTS: readonly HintRule[];
/** Boxes whose words promise a story: never dropped as noise, and scored up. */
export declare const CONTENT_HINT: RegExp;
/** Boxes that are usually beside the story: scored down, not dropped. */
export declare const SIDE_HINT: RegExp;
/** class/id words of containers that hold the story body on most news sites. */
export declare const BODY_HINT: RegExp;
export declare const CAPTION_HINT: RegExp;
export declare const CREDIT_HINT: RegExp;
/** Class and id of an element, lower-cased, for hint matching. */
export declare function hintsOf(el: Element): string;
/** The noise rule a box's class/id matches, or null. */
export declare function noiseHint(hints: string): HintRule | null;
//# sourceMappingURL=hints.d.ts.map