/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real API; when unset the app runs on the in-browser mock backend. */
  readonly VITE_API_BASE_URL?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
