export { openStore } from './open-store.js';
export { writeSnapshot } from './write-snapshot.js';
export { listVersions } from './list-versions.js';
export { readSnapshot } from './read-snapshot.js';
export { listStories } from './list-stories.js';
export { listStoredUrls } from './list-stored-urls.js';
export { readSnapshotBody } from './read-snapshot-body.js';
export { readStoryIndex } from './read-story-index.js';
export { writeStoryIndex } from './write-story-index.js';
export { exportWarc, EXPORT_WARC_DEFAULTS } from './export-warc.js';
export { importWarc } from './import-warc.js';
export { STORE_FORMAT, STORE_MARKER } from './store-paths.js';
//# sourceMappingURL=index.js.map