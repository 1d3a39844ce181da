// The part of jsdom's API that scripts/render-first-screen.ts uses (jsdom ships no types).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis;
  }
}
