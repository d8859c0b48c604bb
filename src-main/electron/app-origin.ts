// The renderer's own origin in the app: banmian://app/. Free of electron imports (trust.ts is tested without it).
export const APP_SCHEME = 'banmian'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
