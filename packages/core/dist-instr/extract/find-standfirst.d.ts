import type { Document } from 'domhandler';
import type { ContentRoot } from './find-content-root.js';
/**
 * The standfirst set apart above the story: the element before the story body whose text is
 * the page's own description (meta description, og:description, JSON-LD). Sites put the lead
 * in a header box far from the body container, and the description repeats it word for word,
 * which a related-story teaser (another story's summary) never does.
 *
 * @param description The page's declared description.
 * @param title The story's title: a description that merely repeats it is no standfirst.
 * @returns The standfirst's text, or null when no element before the body holds it.
 */
export declare function findStandfirst(doc: Document, root: ContentRoot, description: string | null, title: string | null): string | null;
//# sourceMappingURL=find-standfirst.d.ts.map