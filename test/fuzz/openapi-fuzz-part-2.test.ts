import { describeFuzzPart } from './fuzz-runner.js';

describeFuzzPart(1, 3);
