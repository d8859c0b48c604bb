// IPC channel names, shared by the preload (invoke) and main (handle).
export const IPC_PREFIX = 'banmian:'
export const channelFor = (method: string) => `${IPC_PREFIX}${method}`
