import type { AnyNode, Element } from 'domhandler';

/** True for an element node (not text, comment, script body or directive). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Class and id of an element, lower-cased, for hint matching. */
export function hintsOf(el: Element): string {
  const attrs = el.attribs;
  return `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase();
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
