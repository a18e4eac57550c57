import type { AnyNode, Element } from 'domhandler';

/** True for an element node (not text, comment, script body or directive). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}


/**
 * The text of a subtree, bounded so a huge subtree costs little. Scripts and styles are left
 * out unless `withScripts` (to read a JSON-LD script's body).
 */
export function textOf(node: AnyNode, limit = 2000, withScripts = false): string {
  let out = '';
  const visit = (n: AnyNode): void => {
    if (out.length > limit) return;
    if (n.type === 'text') out += n.data;
    else if (n.type === 'tag' || (withScripts && (n.type === 'script' || n.type === 'style'))) for (const child of n.children) visit(child);
  };
  visit(node);
  return out;
}
