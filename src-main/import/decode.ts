// Turns a file's bytes into page text, or a specific reason for refusing it. Encodings are
// detected from the bytes (BOM, strict UTF-8, strict GB18030), never guessed from the name.

import { MAX_PAGE_BYTES, tooLargeReason } from '../../src-shared/domain/limits'

export { MAX_PAGE_BYTES }

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string }

const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a gzip archive', [0x1f, 0x8b]],
]

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b)

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/** CRLF and lone CR become LF; nothing else in the text changes. */
export const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, '\n')

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' }
  if (bytes.length > MAX_PAGE_BYTES) return { ok: false, reason: tooLargeReason(bytes.length) }
  for (const [what, sig] of MAGIC) if (startsWith(bytes, sig)) return { ok: false, reason: `binary file: ${what}, not text` }

  let text: string | null
  let encoding: string
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8'
    text = strict('utf-8', bytes)
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le'
    text = strict('utf-16le', bytes)
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be'
    text = strict('utf-16be', bytes)
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary file: contains NUL bytes (UTF-16 without a BOM is not supported)' }
    encoding = 'utf-8'
    text = strict('utf-8', bytes)
    if (text === null) {
      encoding = 'gb18030'
      text = strict('gb18030', bytes)
    }
  }
  if (text === null) return { ok: false, reason: `not decodable as ${encoding === 'gb18030' ? 'UTF-8 or GB18030/GBK' : encoding}` }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file: contains NUL characters' }
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0
  if (controls > 8 && controls > text.length / 200) return { ok: false, reason: 'binary file: too many control characters' }
  if (!/\S/.test(text)) return { ok: false, reason: 'only whitespace, no text' }
  return { ok: true, text: normaliseLineEnds(text), encoding }
}
