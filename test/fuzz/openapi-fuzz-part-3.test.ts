import { describeFuzzPart } from './fuzz-runner.js';

describeFuzzPart(2, 3);
