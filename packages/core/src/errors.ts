/** Stable codes callers match on; the message is for people and may change. */
export type WirediffErrorCode =
  | 'WD_BAD_OPTION' // an option has a value wirediff cannot use
  | 'WD_INPUT_NOT_FOUND' // a named file does not exist
  | 'WD_INPUT_UNREADABLE' // a file exists but cannot be read (a directory, no permission)
  | 'WD_INPUT_EMPTY' // a file or response holds no bytes or only white space
  | 'WD_INPUT_BINARY' // the bytes are not text (an image, a PDF, an archive)
  | 'WD_INPUT_TOO_LARGE' // more bytes than the size limit, stated or read
  | 'WD_INPUT_NOT_FILE' // a FIFO, socket or device where a regular file was expected
  | 'WD_NO_ARTICLE' // the page holds no article text wirediff can compare
  | 'WD_FETCH_FAILED' // the network request failed (DNS, refused, reset)
  | 'WD_FETCH_TIMEOUT' // no answer within the time limit
  | 'WD_FETCH_STATUS' // the server answered with an error status
  | 'WD_FETCH_REDIRECTS' // too many redirects, or a redirect loop
  | 'WD_FETCH_REFUSED' // a private or loopback address refused, or reached by a redirect from a public one
  | 'WD_STORE_MISSING' // the store holds no snapshot of that URL
  | 'WD_STORE_CORRUPT' // a store file is unreadable or a body fails its SHA-256
  | 'WD_WARC_INVALID' // a WARC file that cannot be read as WARC
  | 'WD_CORPUS_STORY' // a corpus story folder wirediff cannot read (no story.json, bad JSON)
  | 'WD_CORPUS_OUTSIDE' // a corpus entry (story.json path, copy, symlink) that resolves outside the corpus folder
  | 'WD_NOT_A_CORPUS' // a corpus folder that holds no story folders, or is itself one story
  | 'WD_BASELINE_INVALID' // a baseline file that is not a wirediff baseline
  | 'WD_MERGE_DUPLICATE' // wirediff merge given one shard's results twice (a story in two files)
  | 'WD_OUTPUT_UNWRITABLE' // an output file cannot be written (no such folder, no permission, disk full)
  | 'WD_FURNITURE_INVALID'; // a furniture table file (--furniture) that is missing, unreadable, not JSON or not a wirediff furniture table

/** The one error class of wirediff: a stable `code`, a message naming the input, a `cause`. */
export class WirediffError extends Error {
  readonly code: WirediffErrorCode;
  /** The file, URL or option the error is about, when there is one. */
  readonly input: string | undefined;

  constructor(code: WirediffErrorCode, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WirediffError';
    this.code = code;
    this.input = options.input;
  }
}

/** True when `error` is a WirediffError, optionally with the given code. */
export function isWirediffError(error: unknown, code?: WirediffErrorCode): error is WirediffError {
  return error instanceof WirediffError && (code === undefined || error.code === code);
}
