// A worker thread's entry when the app runs from its TypeScript source (tests, `npm run dev`):
// registers the TypeScript loader, then hands over to the module named in workerData.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.entry);
export default entry.default;
