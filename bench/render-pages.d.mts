// Types for bench/render-pages.mjs, so TypeScript tests can import it.
export const FORMS: readonly ['plain', 'bare', 'html', 'html-bold'];
export function renderedPath(path: string, form: (typeof FORMS)[number]): string;
