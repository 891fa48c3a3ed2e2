// Types for seedrandom's Alea generator module (the package's own types cover only its index).
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    double(): number;
    int32(): number;
    quick(): number;
  }
  function alea(seed?: string): AleaPrng;
  export default alea;
}
