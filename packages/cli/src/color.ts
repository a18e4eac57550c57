/** Where a text report goes, and the --color / --no-color flag when given. */
export interface ColorContext {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag: boolean | undefined;
  /** The report goes to a file (--output), not to stdout. */
  toFile: boolean;
  /** stdout is a terminal. */
  isTTY: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Whether to colour a text report: --color or --no-color decide; else never into a file; else
 * FORCE_COLOR, when set and not empty, forces it (off for "0" or "false", as Node and most tools
 * read it), and wins over NO_COLOR; else NO_COLOR, when set and not empty, turns it off
 * (no-color.org: an empty NO_COLOR is no request); else colour on a terminal only.
 */
export function wantsColor({ flag, toFile, isTTY, env = process.env }: ColorContext): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
