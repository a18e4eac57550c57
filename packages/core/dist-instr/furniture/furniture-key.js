import { normalizeText } from '../segment/normalize-text.js';
/**
 * What two blocks must share to be the same furniture: the text folded (quotes, dashes,
 * spaces; see normalizeText) and lower-cased, as flagFurniture compares furniture, so one
 * outlet's "Sign Up Here" and "sign up here" are one text.
 *
 * @example furnitureKey('Get  the latest — sign up') // => 'get the latest - sign up'
 */
export function furnitureKey(text) {
    return normalizeText(text).toLowerCase();
}
//# sourceMappingURL=furniture-key.js.map