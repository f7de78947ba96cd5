/** The version of this build (vite.config.ts `define`): NEWSWIRE_VERSION, else package version + build time. */
declare const __NEWSWIRE_VERSION__: string;
