/** What the export feature offers the other features; everything else in this folder is its own. */
export { ExportPanel } from './ExportPanel';
