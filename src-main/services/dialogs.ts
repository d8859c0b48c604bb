// Native dialogs, which only the app has (Electron's main process implements this): the one way
// a path reaches the services from a window. Browser mode has none: it uploads and downloads.
export interface Dialogs {
  /** Files (or one folder) to import; null when the user cancelled. */
  chooseImport(folder: boolean): Promise<string[] | null>
  /** A folder to write an export into; null when the user cancelled. */
  chooseExportFolder(): Promise<string | null>
}
