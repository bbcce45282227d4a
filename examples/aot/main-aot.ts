// main.ts with the kernels `ndfuse aot` compiled ahead of time: importing the generated module
// registers them, so no kernel is compiled with `new Function`.

import './ndfuse-kernels.js';
import './main.js';
