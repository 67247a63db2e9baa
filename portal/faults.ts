/**
 * The portal's fault pages: each misbehaves in one way a real committee site does, and each
 * has a headline-like link on the first listing page so a crawl meets it.
 */
import type http from "node:http";
import zlib from "node:zlib";

/** One fault page. */
export interface PortalFault {
  /** Short name, e.g. `server-error`. */
  name: string;
  /** Path on the portal. */
  path: string;
  /** Link text on the listing. */
  title: string;
  /** The error code the crawler should record, or null when it should recover. */
  expect: string | null;
}

/** Every fault, in listing order. */
export const PORTAL_FAULTS: readonly PortalFault[] = [
  { name: "server-error", path: "/loi/may-chu-tra-loi-loi-9001.html", title: "Bài viết trên máy chủ luôn trả lỗi 500", expect: "HTTP_5XX" },
  { name: "too-many-requests", path: "/loi/gioi-han-tan-suat-truy-cap-9002.html", title: "Bài viết bị giới hạn tần suất truy cập tạm thời", expect: null },
  { name: "slow-drip", path: "/loi/trang-tai-rat-cham-9003.html", title: "Bài viết tải từng byte rất chậm từ máy chủ", expect: "TIMEOUT" },
  { name: "reset", path: "/loi/ket-noi-bi-ngat-9004.html", title: "Bài viết có kết nối bị máy chủ ngắt giữa chừng", expect: "CONNECTION" },
  { name: "truncated", path: "/loi/noi-dung-bi-cat-ngang-9005.html", title: "Bài viết có nội dung bị cắt ngang khi truyền", expect: "TRUNCATED" },
  { name: "huge", path: "/loi/trang-qua-lon-9006.html", title: "Bài viết có dung lượng trang quá lớn bất thường", expect: "BODY_TOO_LARGE" },
  { name: "zip-bomb", path: "/loi/trang-nen-qua-lon-9007.html", title: "Bài viết nén có dung lượng giải nén quá lớn", expect: "DECOMPRESSED_TOO_LARGE" },
  { name: "redirect-loop", path: "/loi/chuyen-huong-vong-lap-9008.html", title: "Bài viết chuyển hướng vòng lặp không dứt", expect: "REDIRECT_LOOP" },
  { name: "not-html", path: "/loi/van-ban-dinh-kem-9009.pdf", title: "Tải về văn bản đính kèm định dạng PDF", expect: "NOT_HTML" },
];

/** Settings of the fault pages. */
export interface FaultSettings {
  /** Bytes of the huge page. */
  hugeBytes: number;
  /** Milliseconds between two bytes of the slow page. */
  dripIntervalMs: number;
  /** Retry-After seconds sent with the 429. */
  retryAfterSeconds: number;
  /** Requests the server-error page answers 500 before it recovers (an outage that ends). Default: every request. */
  serverErrorRequests: number;
}

const RECOVERED_PAGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo lịch tiếp công dân</title></head>
<body><article><h1>Thông báo lịch tiếp công dân</h1><div class="article-body"><p>Thường trực Đảng ủy thành phố Lâm Giang thông báo lịch tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở tiếp công dân thành phố.</p></div></article></body></html>`;

let bomb: Buffer | null = null;
function zipBomb(): Buffer {
  bomb ??= zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
  return bomb;
}

/** Serves the fault page `fault`; `hits` counts earlier requests to it. */
export function serveFault(fault: PortalFault, hits: number, settings: FaultSettings, req: http.IncomingMessage, res: http.ServerResponse): void {
  switch (fault.name) {
    case "server-error":
      if (hits < settings.serverErrorRequests) res.writeHead(500, { "content-type": "text/html; charset=utf-8" }).end("<h1>500 Internal Server Error</h1>");
      else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(RECOVERED_PAGE);
      return;
    case "too-many-requests":
      if (hits === 0) {
        res.writeHead(429, { "retry-after": String(settings.retryAfterSeconds), "content-type": "text/plain" }).end("Too Many Requests");
      } else {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(RECOVERED_PAGE);
      }
      return;
    case "slow-drip": {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const html = Buffer.from(RECOVERED_PAGE.repeat(20));
      let i = 0;
      const timer = setInterval(() => {
        if (i >= html.length || res.destroyed) {
          clearInterval(timer);
          res.end();
          return;
        }
        res.write(html.subarray(i, i + 1));
        i++;
      }, settings.dripIntervalMs);
      res.on("close", () => clearInterval(timer));
      return;
    }
    case "reset":
      req.socket.destroy();
      return;
    case "truncated": {
      const html = Buffer.from(RECOVERED_PAGE.repeat(10));
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(html.length) });
      res.write(html.subarray(0, Math.floor(html.length / 3)), () => req.socket.destroy());
      return;
    }
    case "huge": {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const chunk = Buffer.from(`<p>${"Nội dung lặp lại rất dài. ".repeat(400)}</p>\n`);
      let sent = 0;
      const pump = () => {
        while (sent < settings.hugeBytes && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
      return;
    }
    case "zip-bomb":
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(zipBomb());
      return;
    case "redirect-loop": {
      const other = req.url?.endsWith("-b.html") ? fault.path : fault.path.replace(/\.html$/, "-b.html");
      res.writeHead(302, { location: other }).end();
      return;
    }
    case "not-html":
      res.writeHead(200, { "content-type": "application/pdf" }).end(Buffer.from("%PDF-1.4\n% vdp sample\n"));
      return;
  }
  res.writeHead(404).end();
}
