/**
 * The shipped datasets: cases built from published sources, each validated when loaded.
 * @module
 */
export { blackberryPakistan2015 } from './blackberry-pakistan-2015.js';
