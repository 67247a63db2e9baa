/** A real HTTP server on 127.0.0.1 whose routes each test sets; records every request. */
import http from "node:http";
import type net from "node:net";

/** A route handler; `hit` counts earlier requests to the same path. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;

/** A running test server. */
export interface LocalServer {
  url: string;
  routes: Map<string, Route>;
  requests: Array<{ path: string; at: number; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Starts a server; unknown paths answer 404, `/robots.txt` allows everything unless routed. */
export async function startLocalServer(): Promise<LocalServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const requests: LocalServer["requests"] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, at: Date.now(), headers: req.headers });
    const hit = hits.get(path) ?? 0;
    hits.set(path, hit + 1);
    const route = routes.get(path.split("?")[0]!) ?? routes.get(path);
    if (route) return route(req, res, hit);
    if (path === "/robots.txt") return void res.writeHead(404).end();
    res.writeHead(404, { "content-type": "text/html" }).end("<p>not found</p>");
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
