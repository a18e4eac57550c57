/** Stable codes callers match on; the message is for people and may change. */
export type WirediffErrorCode = 'WD_BAD_OPTION' | 'WD_INPUT_NOT_FOUND' | 'WD_INPUT_UNREADABLE' | 'WD_INPUT_EMPTY' | 'WD_INPUT_BINARY' | 'WD_INPUT_TOO_LARGE' | 'WD_NO_ARTICLE' | 'WD_FETCH_FAILED' | 'WD_FETCH_TIMEOUT' | 'WD_FETCH_STATUS' | 'WD_FETCH_REDIRECTS' | 'WD_FETCH_REFUSED' | 'WD_STORE_MISSING' | 'WD_STORE_CORRUPT' | 'WD_WARC_INVALID' | 'WD_CORPUS_STORY' | 'WD_NOT_A_CORPUS' | 'WD_BASELINE_INVALID' | 'WD_MERGE_DUPLICATE' | 'WD_OUTPUT_UNWRITABLE' | 'WD_FURNITURE_INVALID';
/** The one error class of wirediff: a stable `code`, a message naming the input, a `cause`. */
export declare class WirediffError extends Error {
    readonly code: WirediffErrorCode;
    /** The file, URL or option the error is about, when there is one. */
    readonly input: string | undefined;
    constructor(code: WirediffErrorCode, message: string, options?: {
        input?: string;
        cause?: unknown;
    });
}
/** True when `error` is a WirediffError, optionally with the given code. */
export declare function isWirediffError(error: unknown, code?: WirediffErrorCode): error is WirediffError;
//# sourceMappingURL=errors.d.ts.map