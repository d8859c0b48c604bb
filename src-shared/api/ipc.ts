// IPC channel names, shared by the preload (invoke, on) and main (handle, send).
export const IPC_PREFIX = 'banmian:'
export const channelFor = (method: string) => `${IPC_PREFIX}${method}`
/** Main -> renderer: every ProjectEvent of the change feed. No method is named `event`. */
export const EVENT_CHANNEL = `${IPC_PREFIX}event`
