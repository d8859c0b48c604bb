// Changes pushed to every open window (IPC events in the app, server-sent events in browser
// mode). `project` means more than one page may have changed (an import, a batch, another
// process writing the file): clients refresh their lists and the page they show.
import type { ProjectEvent } from '../../src-shared/domain/types'

export type FeedListener = (e: ProjectEvent) => void

export class ChangeFeed {
  private listeners = new Set<FeedListener>()

  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  publish(e: ProjectEvent) {
    for (const l of this.listeners) {
      try {
        l(e)
      } catch {
        // A broken listener (a closed window) must not fail the edit that was already stored.
      }
    }
  }
}
