import type { EditHunk } from './classify-edit.js';
/**
 * Whether a hunk only writes one quantity another way: the unit spelled out or short ("10 km" /
 * "10 kilometres"), the currency as a sign or a word ("$19.7 billion" / "19.7 billion dollars"),
 * or a conversion added or dropped ("500 meters (1,640 feet)" / "1,640 feet"). A different
 * number, unit or currency is a number edit.
 *
 * @example isSameQuantity(hunkOf('500 meters (1,640 feet)', '500 meters')) // => true
 */
export declare function isSameQuantity(hunk: EditHunk): boolean;
//# sourceMappingURL=same-quantity.d.ts.map