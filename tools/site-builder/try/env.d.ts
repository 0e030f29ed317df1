/** The worker's bundled source, which try/bundle.ts hands to the page bundle as a string. */
declare module 'virtual:try-worker' {
  const source: string;
  export default source;
}
