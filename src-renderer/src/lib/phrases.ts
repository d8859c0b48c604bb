// Translating English sentences main writes (the segmenter's reasons, refusals) by their known
// phrasings: each pattern names a message; its groups are the message's parameters. Unknown
// phrasings are shown as they are rather than guessed.
import type { MessageKey, Translate } from '../i18n'

export type Phrase = [pattern: RegExp, key: MessageKey, params?: string[]]

/** The message for a sentence that one of the phrases matches in full, or null. */
export function matchPhrase(phrases: readonly Phrase[], text: string, t: Translate): string | null {
  for (const [pattern, key, names = []] of phrases) {
    const m = pattern.exec(text)
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])))
  }
  return null
}

/** A list of phrases joined by `sep`, each known, translated and joined by `joiner`; or null. */
export function matchAll(phrases: readonly Phrase[], text: string, sep: string, joiner: string, t: Translate): string | null {
  const out: string[] = []
  for (const part of text.split(sep)) {
    const m = matchPhrase(phrases, part, t)
    if (m === null) return null
    out.push(m)
  }
  return out.join(joiner)
}
