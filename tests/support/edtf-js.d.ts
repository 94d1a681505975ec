/** The part of edtf.js (the `edtf` package, the EDTF reference implementation) the oracle tests use. */
declare module 'edtf' {
  interface ExtDateTime {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  function edtf(text: string, options?: { level?: 0 | 1 | 2 }): ExtDateTime;
  export default edtf;
}
