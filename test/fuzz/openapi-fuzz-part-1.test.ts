import { describeFuzzPart } from './fuzz-runner.js';

describeFuzzPart(0, 3);
