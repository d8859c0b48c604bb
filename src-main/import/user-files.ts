// Reading a file the user named (CLI arguments, the app's open dialogs): regular files only —
// never a FIFO (which would block the process), a device (/dev/zero: endless) or /proc — with
// the size checked before reading and the read itself bounded.
import fs from 'node:fs'

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string }

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MiB`

/** The bytes of a regular file of at most maxBytes, or why not (never its contents). */
export function readRegularFile(file: fs.PathLike, maxBytes: number): FileRead {
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  } catch (e) {
    return { ok: false, reason: openFailure(e as NodeJS.ErrnoException) }
  }
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file (a folder, device, pipe or socket)' }
    if (stat.size > maxBytes) return { ok: false, reason: `larger than the ${mib(maxBytes)} limit (${stat.size} bytes)` }
    // /proc and similar files report size 0 and grow while read: read at most maxBytes + 1.
    const buf = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 64 * 1024)))
    let n = 0
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null)
    if (n > maxBytes) return { ok: false, reason: `larger than the ${mib(maxBytes)} limit` }
    return { ok: true, bytes: buf.subarray(0, n) }
  } catch (e) {
    return { ok: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }
  } finally {
    fs.closeSync(fd)
  }
}

export function openFailure(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'ELOOP':
      return 'a symbolic link that loops (or too many links in a row)'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'a folder, not a file'
    default:
      return `cannot open: ${e.code ?? e.message}`
  }
}
