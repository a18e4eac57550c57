import type { EditHunk } from './classify-edit.js';
export declare function isStyleEdit(hunk: EditHunk): boolean;
//# sourceMappingURL=style-edit.d.ts.map