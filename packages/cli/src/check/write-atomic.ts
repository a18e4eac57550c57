import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { unwritable } from './output-file.js';

/**
 * Writes a file so that readers see the old or the new content, never half of it.
 * @throws WirediffError WD_OUTPUT_UNWRITABLE naming the file.
 */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'w');
  } catch (error) {
    throw unwritable(file, error);
  }
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw unwritable(file, error);
  }
}
