// The reference of `npm run bench:api` and `npm run bench:pages`: a bare node:http server that answers
// every request with the same pre-serialised bytes (a feed page, a rendered page: what the real server
// gave), as fast as Node can answer at all.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const body = readFileSync(process.env.BARE_BODY_FILE ?? '');
const headers = {
  'Content-Type': process.env.BARE_CONTENT_TYPE ?? 'application/json',
  'Content-Length': String(body.length),
  ETag: process.env.BARE_ETAG ?? 'W/"bare"',
  'Cache-Control': process.env.BARE_CACHE_CONTROL ?? 'public, max-age=30, stale-while-revalidate=300',
  ...(process.env.BARE_CONTENT_ENCODING === undefined ? {} : { 'Content-Encoding': process.env.BARE_CONTENT_ENCODING, Vary: 'Accept-Encoding' }),
};
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare server running at', process.env.PORT));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
