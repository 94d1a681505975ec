import { InputError } from './errors.js';
import { reason } from './output.js';
import { shown } from './shown.js';

/**
 * The text of a file: UTF-8, with or without a byte order mark. A file that is not text (a NUL byte, bytes that
 * are not UTF-8) is refused before any parsing, with what it seems to be.
 */
export function decode(bytes: Buffer, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(`${shown(name)} is UTF-16 text; save it as UTF-8`);
  if (bytes.includes(0)) throw new InputError(`${shown(name)} is a binary file, not a dispute's text`);
  try {
    // `fatal` refuses bytes that are not UTF-8; a leading byte order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (
      (error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ||
      error instanceof TypeError
    )
      throw new InputError(`${shown(name)} is not UTF-8 text (is it a binary file?)`);
    throw new InputError(`cannot read ${shown(name)}: ${reason(error)}`);
  }
}
