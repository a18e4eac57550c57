/** True for an element node (not text, comment, script body or directive). */
export function isElement(node) {
    return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}
/**
 * The text of a subtree, bounded so a huge subtree costs little. Scripts and styles are left
 * out unless `withScripts` (to read a JSON-LD script's body).
 */
export function textOf(node, limit = 2000, withScripts = false) {
    let out = '';
    const visit = (n) => {
        if (out.length > limit)
            return;
        if (n.type === 'text')
            out += n.data;
        else if (n.type === 'tag' || (withScripts && (n.type === 'script' || n.type === 'style')))
            for (const child of n.children)
                visit(child);
    };
    visit(node);
    return out;
}
//# sourceMappingURL=dom.js.map