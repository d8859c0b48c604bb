// In-memory byte buffers the export encoders fill (CoNLL bytes, JSON lines, brat packs).
// Their buffers are never slices of Node's shared pool (allocUnsafeSlow), so the bytes can be
// handed to another thread without a copy.

/** A byte buffer filled at buf[pos]; reserve(n) makes room for n more bytes. */
export interface ByteSink {
  buf: Buffer
  pos: number
  reserve(n: number): void
}

/** A sink that keeps everything in memory, growing as needed. */
export function growingSink(initial: number): ByteSink {
  const sink: ByteSink = {
    buf: Buffer.allocUnsafeSlow(initial),
    pos: 0,
    reserve(n) {
      if (sink.pos + n <= sink.buf.length) return
      const bigger = Buffer.allocUnsafeSlow(Math.max(sink.buf.length * 2, sink.pos + n))
      sink.buf.copy(bigger, 0, 0, sink.pos)
      sink.buf = bigger
    },
  }
  return sink
}

/** Appends s as UTF-8; returns the number of bytes written. */
export function appendUtf8(sink: ByteSink, s: string): number {
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  sink.reserve(3 * s.length)
  const n = sink.buf.write(s, sink.pos, 'utf8')
  sink.pos += n
  return n
}

/** The sink's bytes, a view of its own buffer: transferable without a copy. */
export function bytesOf(sink: ByteSink): Uint8Array {
  return new Uint8Array(sink.buf.buffer, sink.buf.byteOffset, sink.pos)
}
