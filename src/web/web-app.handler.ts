import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import serveStatic from 'serve-static';

type Next = (error?: unknown) => void;
export type WebAppHandler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Paths the web app never answers: the API, its docs and the health check keep their own (JSON) 404s. */
const RESERVED = /^\/(api|docs|docs-json|health)(\/|$)/;
/** Vite puts every built file with a content hash in its name under assets/: those never change. */
const HASHED_ASSET = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Always revalidate: a new build must reach the next page load (the hashed assets it names are new files). */
const REVALIDATE = 'no-cache';

function pathOf(req: IncomingMessage): string {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return '/';
  }
}

/**
 * Serves the built single-page app (web/dist) for every GET/HEAD that no API route answered:
 * files as they are, and index.html for any other path without a file extension (deep links such
 * as /jobs/<id> are routed in the browser). Mounted after the Nest routes, before Nest's 404.
 * Without a build (web/dist/index.html missing) `/` answers a short plain-text 404 and all else
 * falls through, so the API runs unchanged.
 */
export function createWebAppHandler(distDir: string): WebAppHandler {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    return (req, res, next) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && pathOf(req) === '/') {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('The web app is not built. Run `npm run build`; the API is at /api/v1, its documentation at /docs.\n');
        return;
      }
      next();
    };
  }
  const files = serveStatic(distDir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      const relative = path.slice(distDir.length).replaceAll('\\', '/');
      res.setHeader('Cache-Control', HASHED_ASSET.test(relative) ? IMMUTABLE : REVALIDATE);
    },
  });
  // The fallback: index.html itself, for every in-app path.
  const page = serveStatic(distDir, { index: false, fallthrough: true, setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE) });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = pathOf(req);
    if (RESERVED.test(path)) return next();
    if (path !== '/index.html') {
      files(req, res, (error?: unknown) => {
        if (error) return next(error);
        // A missing file (a stale chunk, a typo) is a 404, not the app: only extension-less paths are pages.
        if (/\.[a-z0-9]+$/i.test(path)) return next();
        req.url = '/index.html';
        page(req, res, next);
      });
      return;
    }
    page(req, res, next);
  };
}
