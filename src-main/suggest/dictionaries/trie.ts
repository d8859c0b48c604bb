// A character trie for longest-match lookup of many names at every position of a text. Keyed
// by UTF-16 code: asked at every position of a page, it takes no character out of the text.
export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>
  value?: T
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map() }

  /**
   * Adds a word; an existing value is kept (the first list a word came from wins). A word
   * outside the Basic Multilingual Plane is left out: lookups go a code unit at a time.
   */
  add(word: string, value: T): void {
    if ([...word].length !== word.length) return
    let node = this.root
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      let child = node.next.get(code)
      if (!child) node.next.set(code, (child = { next: new Map() }))
      node = child
    }
    node.value ??= value
  }

  /** Whether `word` itself was added. */
  has(word: string): boolean {
    return this.longestAt(word, 0)?.end === word.length
  }

  /** The longest word starting at `start` and ending by `limit`: its end and value, or null. */
  longestAt(text: string, start: number, limit = text.length): { end: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root
    let best: TrieNode<T> | null = null
    let end = 0
    for (let i = start; i < limit && node; i++) {
      node = node.next.get(text.charCodeAt(i))
      if (node?.value !== undefined) { best = node; end = i + 1 }
    }
    return best ? { end, value: best.value! } : null
  }

  /** Calls `visit` with the end and value of every word starting at `start`, shortest first. */
  forEachAt(text: string, start: number, visit: (end: number, value: T) => void): void {
    let node: TrieNode<T> | undefined = this.root
    for (let i = start; i < text.length && node; i++) {
      node = node.next.get(text.charCodeAt(i))
      if (node?.value !== undefined) visit(i + 1, node.value)
    }
  }
}

/** A trie of plain words (a set that answers "which of them starts here"). */
export function wordTrie(words: readonly string[]): Trie<true> {
  const t = new Trie<true>()
  for (const w of words) t.add(w, true)
  return t
}
