import { buildSearchIndex } from '@/lib/content/search-index';

// Written once at build time to out/search-index.json; the search page fetches it from the same origin.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchIndex());
}
