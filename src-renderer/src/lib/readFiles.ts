// Turning dropped or picked files into the base64 payloads `pages.importFiles` expects.

/** A file plus the name to import it under (its relative path when it came from a dropped folder). */
export interface NamedFile {
  name: string
  file: File
}

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    // A data: URL is the browser's native (fast) base64 encoder; we keep only the payload.
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/** Groups files so that no request carries more than maxFiles files or about maxBytes of content. */
export function batches<T extends NamedFile>(files: readonly T[], maxFiles: number, maxBytes: number): T[][] {
  const out: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const f of files) {
    if (current.length && (current.length >= maxFiles || bytes + f.file.size > maxBytes)) {
      out.push(current)
      current = []
      bytes = 0
    }
    current.push(f)
    bytes += f.file.size
  }
  if (current.length) out.push(current)
  return out
}

export function fromFileList(list: FileList | null): NamedFile[] {
  return Array.from(list ?? [], (file) => ({ name: file.webkitRelativePath || file.name, file }))
}

/** Files from a drop, walking into dropped folders. */
export async function fromDataTransfer(data: DataTransfer): Promise<NamedFile[]> {
  const entries = Array.from(data.items, (item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e)
  if (!entries.length) return fromFileList(data.files)
  const nested = await Promise.all(entries.map(walk))
  return nested.flat()
}

async function walk(entry: FileSystemEntry): Promise<NamedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    return [{ name: entry.fullPath.replace(/^\//, ''), file }]
  }
  const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader())
  const nested = await Promise.all(children.map(walk))
  return nested.flat()
}

// readEntries returns at most ~100 entries per call; keep reading until it returns none.
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = []
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (!chunk.length) return all
    all.push(...chunk)
  }
}
