// Every file the product opens goes through here. The checkout is written by whoever opened the pull request,
// so a path in it may be a symlink to /proc/self/environ, ~/.ssh or a file outside the workspace: reads resolve
// the real path and stay inside the folder they were given, take regular files only and read at most a cap;
// writes never follow a symlink and never leave the folders they were given (the workspace, the runner's temp).
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export { quotePrefix, shortValue } from './quote.js';

/** A path the product refuses to read or write; the message says which path, why, and what to do. */
export class UnsafePathError extends Error {
  constructor(
    message: string,
    readonly code: 'ENOENT' | 'EISDIR' | 'OUTSIDE' | 'NOT_REGULAR' | 'TOO_LARGE' | 'SYMLINK' | 'IO',
  ) {
    super(message);
    this.name = 'UnsafePathError';
  }
}

/** Pseudo file systems whose files report size 0 yet hold secrets (/proc/self/environ) or never end. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];

export interface ReadOptions {
  /** The file must resolve (after every symlink) inside this folder; any folder when absent. */
  within?: string;
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** What the file is, for messages: "the policy file", "the snapshot". */
  what: string;
  /** How the path is shown in messages (relative to the workspace, as the user wrote it). */
  shown?: string;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isPseudo(path: string): boolean {
  return PSEUDO_ROOTS.some((root) => path === root || path.startsWith(root + sep));
}

async function realRoot(root: string): Promise<string> {
  try {
    return await realpath(resolve(root));
  } catch {
    return resolve(root);
  }
}

/**
 * Reads a regular file of at most `maxBytes` whose real path lies inside `within`. The size is checked on the
 * open descriptor and the read stops at the cap, so a file that grows or lies about its size cannot get past it.
 */
export async function readContainedFile(path: string, options: ReadOptions): Promise<string> {
  const absolute = resolve(path);
  const shown = options.shown ?? absolute;
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UnsafePathError(`Cannot read ${options.what} ${shown}: the file does not exist.`, 'ENOENT');
    throw new UnsafePathError(`Cannot read ${options.what} ${shown}: ${ioReason(error)}.`, 'IO');
  }
  if (options.within !== undefined) {
    const root = await realRoot(options.within);
    if (!isInside(root, real))
      throw new UnsafePathError(
        `Refused to read ${options.what} ${shown}: it resolves (through a symlink or '..') to a path outside ${root}. ` +
          'Only files inside the workspace are read; replace the symlink with the file itself.',
        'OUTSIDE',
      );
  }
  if (isPseudo(real))
    throw new UnsafePathError(
      `Refused to read ${options.what} ${shown}: it resolves to ${real}, a system pseudo-file.`,
      'NOT_REGULAR',
    );
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnsafePathError(`Cannot read ${options.what} ${shown}: ${ioReason(error)}.`, 'IO');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new UnsafePathError(`Cannot read ${options.what} ${shown}: it is a directory.`, 'EISDIR');
    if (!info.isFile())
      throw new UnsafePathError(
        `Refused to read ${options.what} ${shown}: it is not a regular file (a device, pipe or socket).`,
        'NOT_REGULAR',
      );
    if (info.size > options.maxBytes) throw tooLarge(options, shown);
    const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > options.maxBytes) throw tooLarge(options, shown);
    return buffer.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}

function tooLarge(options: ReadOptions, shown: string): UnsafePathError {
  return new UnsafePathError(
    `Refused to read ${options.what} ${shown}: it is larger than ${options.maxBytes} bytes.`,
    'TOO_LARGE',
  );
}

export interface ListedEntry {
  name: string;
  /** Absolute path (not resolved): read it with readContainedFile. */
  path: string;
}

/**
 * The entries of a folder that must itself resolve inside `within`. Entries are listed, not followed: each is
 * read with readContainedFile, which refuses the ones that point outside.
 */
export async function listContainedFolder(folder: string, within: string, what: string): Promise<ListedEntry[] | null> {
  const absolute = resolve(folder);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UnsafePathError(`Could not list ${what} ${absolute}: ${ioReason(error)}.`, 'IO');
  }
  const root = await realRoot(within);
  if (!isInside(root, real))
    throw new UnsafePathError(
      `Refused to list ${what} ${absolute}: it resolves to ${real}, outside ${root}.`,
      'OUTSIDE',
    );
  let names: string[];
  try {
    names = await readdir(real);
  } catch (error) {
    throw new UnsafePathError(`Could not list ${what} ${absolute}: ${ioReason(error)}.`, 'IO');
  }
  return names.sort().map((name) => ({ name, path: resolve(absolute, name) }));
}

export interface WriteOptions {
  /** The file must lie inside one of these folders (after resolving its existing parent folders). */
  within?: readonly string[];
  /** What the file is, for messages: "report-file", "--output". */
  what: string;
}

/**
 * Writes `text` to `path`, creating its folder. Refuses when the file is a symlink (O_NOFOLLOW, and an lstat
 * check for systems without it), when it is not a regular file, and when its real folder is outside `within`.
 */
export async function writeContainedFile(path: string, text: string, options: WriteOptions): Promise<void> {
  const absolute = resolve(path);
  const roots = await Promise.all((options.within ?? []).map(realRoot));
  if (
    options.within !== undefined &&
    !roots.some((root) => isInside(root, absolute)) &&
    !looselyInside(options.within, absolute)
  )
    throw new UnsafePathError(
      `Refused to write ${options.what} ${absolute}: it is outside ${roots.join(' and ')}.`,
      'OUTSIDE',
    );
  const folder = dirname(absolute);
  // mkdir follows symlinked folders: the deepest folder that exists must really be inside, and the ones
  // created below it are new, so none of them is a symlink.
  const existingFolder = await deepestExisting(folder);
  const realExisting = await realRoot(existingFolder);
  if (options.within !== undefined && !roots.some((root) => isInside(root, realExisting)))
    throw new UnsafePathError(
      `Refused to write ${options.what} ${absolute}: its folder resolves (through a symlink) to ${realExisting}, outside ${roots.join(' and ')}.`,
      'OUTSIDE',
    );
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UnsafePathError(`Could not create the folder of ${options.what} ${absolute}: ${ioReason(error)}.`, 'IO');
  }
  const realFolder = await realRoot(folder);
  if (options.within !== undefined && !roots.some((root) => isInside(root, realFolder)))
    throw new UnsafePathError(
      `Refused to write ${options.what} ${absolute}: its folder resolves (through a symlink) to ${realFolder}, outside ${roots.join(' and ')}.`,
      'OUTSIDE',
    );
  const target = resolve(realFolder, relative(folder, absolute));
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink())
    throw new UnsafePathError(
      `Refused to write ${options.what} ${absolute}: it is a symlink, and writing would change the file it points to. Delete the symlink or choose another path.`,
      'SYMLINK',
    );
  if (existing && !existing.isFile())
    throw new UnsafePathError(
      `Refused to write ${options.what} ${absolute}: it exists and is not a regular file.`,
      'NOT_REGULAR',
    );
  let handle;
  try {
    handle = await open(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it is a symlink.`, 'SYMLINK');
    throw new UnsafePathError(`Could not write ${options.what} ${absolute}: ${ioReason(error)}.`, 'IO');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new UnsafePathError(
        `Refused to write ${options.what} ${absolute}: it is not a regular file.`,
        'NOT_REGULAR',
      );
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

async function deepestExisting(folder: string): Promise<string> {
  let current = folder;
  for (;;) {
    const info = await lstat(current).catch(() => null);
    if (info) return current;
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/** The unresolved path is inside a root as written (the root itself may be a symlink, e.g. /tmp on macOS). */
function looselyInside(roots: readonly string[], absolute: string): boolean {
  return roots.some((root) => isInside(resolve(root), absolute));
}

function ioReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symlinks';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return e.code ?? 'input/output error';
  }
}
