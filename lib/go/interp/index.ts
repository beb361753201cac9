// Public API of the simulated Go runtime: run a program, or only check it (editor markers).
export { runGo, checkGo } from './run';
