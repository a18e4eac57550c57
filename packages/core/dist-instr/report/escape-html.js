/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** A fragment id safe in URLs and CSS: letters, digits, dash, dot. */
export function anchorId(...parts) {
    return parts.map((p) => String(p).replace(/[^A-Za-z0-9.-]/g, '-')).join('-');
}
//# sourceMappingURL=escape-html.js.map