// Writes the town index of report extraction beside the compiled server (dist/server), so that
// `stadtdialog extract` and the extraction thread read it instead of building it on every start.
import { writeGazetteerSnapshot } from '../dist/server/modules/knowledge/extraction/gazetteer-index.js';

writeGazetteerSnapshot();
