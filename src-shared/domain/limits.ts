// Limits the main process enforces and the window checks before sending anything.

/** The largest page file imported: main refuses more, and the window refuses it unread. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024

/** Why a file over MAX_PAGE_BYTES is refused (the window translates this wording, lib/importReasons.ts). */
export const tooLargeReason = (bytes: number): string => `larger than the ${MAX_PAGE_BYTES / 1024 / 1024} MiB page limit (${bytes} bytes)`
