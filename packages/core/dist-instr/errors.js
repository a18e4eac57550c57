/** The one error class of wirediff: a stable `code`, a message naming the input, a `cause`. */
export class WirediffError extends Error {
    code;
    /** The file, URL or option the error is about, when there is one. */
    input;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'WirediffError';
        this.code = code;
        this.input = options.input;
    }
}
/** True when `error` is a WirediffError, optionally with the given code. */
export function isWirediffError(error, code) {
    return error instanceof WirediffError && (code === undefined || error.code === code);
}
//# sourceMappingURL=errors.js.map