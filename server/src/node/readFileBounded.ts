/**
 * The one way the CLI and the language server read a file from disk: regular files only, the size checked before
 * a single byte is read, never blocking on a named pipe or a device, UTF-8 only (with or without a byte order mark).
 * Every refusal says why, so callers can report it instead of skipping the file in silence.
 */
import * as fs from 'node:fs';

export type FileRead =
  | { readonly kind: 'text'; readonly text: string }
  /** The file is not there (or a path segment is not a folder): callers that probe for files stay silent. */
  | { readonly kind: 'missing'; readonly reason: string }
  /**
   * The file exists and is not read. `head` is a lossy decoding of its first bytes when they could be read safely
   * (a file too large or in another encoding), so callers can still tell whether it is a template.
   */
  | { readonly kind: 'refused'; readonly reason: string; readonly head?: string };

/** Enough of a file's start for `detectLanguage`, which searches the first 4,096 characters for `$schema`. */
export const HEAD_BYTES = 16 * 1024;

/**
 * Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever. Regular files ignore
 * the flag. Windows has no such flag (and no FIFOs on ordinary paths).
 */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** What a size refusal names as the source of the limit, unless the caller says otherwise. */
const SIZE_SETTING = 'setting privateLink.maxFileSizeKb';

export function readFileBounded(absPath: string, maxBytes: number, limitName = SIZE_SETTING): FileRead {
  // A first stat refuses special files without opening them (opening a device can have effects of its own); the
  // fstat after opening is what counts, since the path may have been swapped in between.
  const before = statOf(absPath);
  if (before.kind !== 'stat') return before.read;
  const early = specialFileRefusal(before.stat);
  if (early) return early;
  let fd: number;
  try {
    fd = fs.openSync(absPath, OPEN_FLAGS);
  } catch (error) {
    return fromError(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    const special = specialFileRefusal(stat);
    if (special) return special;
    if (stat.size > maxBytes)
      return { kind: 'refused', reason: tooLargeReason(stat.size, maxBytes, false, limitName), head: headOf(readSync(fd, HEAD_BYTES)) };
    // One byte more than allowed: a file that grew since the fstat is refused rather than read without end.
    const bytes = readSync(fd, Math.min(stat.size, maxBytes) + 1);
    if (bytes.length > maxBytes) return { kind: 'refused', reason: tooLargeReason(bytes.length, maxBytes, true, limitName) };
    return decodeUtf8(bytes);
  } catch (error) {
    return fromError(error);
  } finally {
    fs.closeSync(fd);
  }
}

/** The same as {@link readFileBounded}, without blocking the event loop (the language server's workspace scan). */
export async function readFileBoundedAsync(absPath: string, maxBytes: number, limitName = SIZE_SETTING): Promise<FileRead> {
  let before: fs.Stats;
  try {
    before = await fs.promises.stat(absPath);
  } catch (error) {
    return fromError(error);
  }
  const early = specialFileRefusal(before);
  if (early) return early;
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(absPath, OPEN_FLAGS);
  } catch (error) {
    return fromError(error);
  }
  try {
    const stat = await handle.stat();
    const special = specialFileRefusal(stat);
    if (special) return special;
    if (stat.size > maxBytes)
      return {
        kind: 'refused',
        reason: tooLargeReason(stat.size, maxBytes, false, limitName),
        head: headOf(await readAsync(handle, HEAD_BYTES)),
      };
    const bytes = await readAsync(handle, Math.min(stat.size, maxBytes) + 1);
    if (bytes.length > maxBytes) return { kind: 'refused', reason: tooLargeReason(bytes.length, maxBytes, true, limitName) };
    return decodeUtf8(bytes);
  } catch (error) {
    return fromError(error);
  } finally {
    await handle.close();
  }
}

/**
 * A lossy decoding of a regular file's first `bytes` bytes (at most {@link HEAD_BYTES}), enough to tell whether it
 * is a template; undefined for anything that is not a regular file.
 */
export async function readFileHeadAsync(absPath: string, bytes: number): Promise<string | undefined> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(absPath, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    return headOf(await readAsync(handle, Math.min(bytes, HEAD_BYTES)));
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * UTF-8, with its byte order mark removed. UTF-16 and UTF-32 (by byte order mark, or by a zero byte in the first
 * two) and invalid UTF-8 are refused: decoding them anyway would analyse text that is not what the author wrote.
 */
export function decodeUtf8(bytes: Uint8Array): FileRead {
  const other = otherEncoding(bytes);
  if (other) return { kind: 'refused', reason: `encoding not supported (${other}); save the file as UTF-8`, head: headOf(bytes) };
  try {
    // Removes a UTF-8 byte order mark (ignoreBOM: false), as editors do.
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'refused', reason: 'encoding not supported (not valid UTF-8); save the file as UTF-8', head: headOf(bytes) };
  }
}

function otherEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'UTF-32';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  // No text format we read starts with U+0000; UTF-16 without a byte order mark puts a zero beside its first ASCII byte.
  if (bytes.length >= 2 && (a === 0x00) !== (b === 0x00)) return 'UTF-16';
  return undefined;
}

/** A lossy decoding of the start of a file, only to detect its language (a UTF-16 `$schema` is still found). */
function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const [a, b] = head;
  const encoding =
    (a === 0xff && b === 0xfe) || (head.length >= 2 && a !== 0 && b === 0)
      ? 'utf-16le'
      : (a === 0xfe && b === 0xff) || (head.length >= 2 && a === 0 && b !== 0)
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(head);
}

type StatOutcome = { readonly kind: 'stat'; readonly stat: fs.Stats } | { readonly kind: 'read'; readonly read: FileRead };

function statOf(absPath: string): StatOutcome {
  try {
    return { kind: 'stat', stat: fs.statSync(absPath) };
  } catch (error) {
    return { kind: 'read', read: fromError(error) };
  }
}

/** Folders, named pipes, devices and sockets are never read: only regular files have a size known in advance. */
function specialFileRefusal(stat: fs.Stats): FileRead | undefined {
  if (stat.isDirectory()) return { kind: 'refused', reason: 'is a folder' };
  if (!stat.isFile()) return { kind: 'refused', reason: `not a regular file (${specialKind(stat)})` };
  return undefined;
}

function specialKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** Kilobytes, rounded up, so that a file just over the limit never reads as being at it. */
export function tooLargeReason(bytes: number, maxBytes: number, grew: boolean, limitName = SIZE_SETTING): string {
  const size = grew ? `more than ${Math.ceil(maxBytes / 1024)} KB` : `${Math.ceil(bytes / 1024)} KB`;
  return `${size} is above the ${Math.round(maxBytes / 1024)} KB limit (${limitName})`;
}

function readSync(fd: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const count = fs.readSync(fd, buffer, filled, length - filled, null);
    if (count === 0) break;
    filled += count;
  }
  return buffer.subarray(0, filled);
}

async function readAsync(handle: fs.promises.FileHandle, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function fromError(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'missing', reason: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'refused', reason: 'permission denied' };
    case 'EISDIR':
      return { kind: 'refused', reason: 'is a folder' };
    case 'ELOOP':
      return { kind: 'refused', reason: 'too many symbolic links' };
    default:
      return { kind: 'refused', reason: `cannot be read (${code ?? String(error)})` };
  }
}
