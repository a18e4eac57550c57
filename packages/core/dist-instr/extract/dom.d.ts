import type { AnyNode, Element } from 'domhandler';
/** True for an element node (not text, comment, script body or directive). */
export declare function isElement(node: AnyNode): node is Element;
/**
 * The text of a subtree, bounded so a huge subtree costs little. Scripts and styles are left
 * out unless `withScripts` (to read a JSON-LD script's body).
 */
export declare function textOf(node: AnyNode, limit?: number, withScripts?: boolean): string;
//# sourceMappingURL=dom.d.ts.map