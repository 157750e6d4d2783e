// IndexedDB for the Node timing of generateExport.ts (the browser benchmark uses the real one).
import 'fake-indexeddb/auto';
