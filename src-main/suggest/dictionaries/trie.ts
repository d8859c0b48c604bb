// A character trie for longest-match lookup of many names at every position of a text.
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  value?: T
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map() }

  /** Adds a word; an existing value is kept (the first list a word came from wins). */
  add(word: string, value: T): void {
    let node = this.root
    for (const ch of word) {
      let child = node.next.get(ch)
      if (!child) node.next.set(ch, (child = { next: new Map() }))
      node = child
    }
    node.value ??= value
  }

  /** The longest word starting at `start` and ending by `limit`: its end and value, or null. */
  longestAt(text: string, start: number, limit = text.length): { end: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root
    let best: { end: number; value: T } | null = null
    for (let i = start; i < limit && node; i++) {
      node = node.next.get(text[i])
      if (node?.value !== undefined) best = { end: i + 1, value: node.value }
    }
    return best
  }
}
