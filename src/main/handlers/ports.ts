/**
 * What handlers need from the outside world. Electron supplies these in the app;
 * tests and the command line supply plain Node versions, so handlers never import electron.
 */
export interface MainPorts {
  appName: string;
  appVersion: string;
  /** The folder that holds the user's data (Electron's userData in the app, a temp folder in tests). */
  dataFolder: string;
  runtime: string;
  platform: string;
}
