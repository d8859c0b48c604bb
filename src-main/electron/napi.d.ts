declare module 'better-sqlite3-napi' {
  import Database from 'better-sqlite3'
  export default Database
}
