"""A misbehaving web site on 127.0.0.1 for the crawler's tests and benchmark.

Each route is a `Reply` or a function of the request giving one, so a test states its site
as data::

    with Site({"/": page(b"<a href='/a.pdf'>"), "/a.pdf": Reply(500)}) as site:
        crawl(site.url("/"))
        assert site.hits("/a.pdf") == 4

The server speaks HTTP/1.1 with keep-alive, records every request (path, headers, time) and
the most requests it ever had in flight at once.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before the status line: a slow server
    truncate_to: int | None = None  # send this many body bytes, then hang up
    is_chunked: bool = False  # no Content-Length: the cap must be enforced while streaming
    drip_s: float = 0.0  # send the body one byte at a time, this long apart: a "slowloris" server


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic()
    hit: int  # 1 for the first request to this path


Route = Reply | Callable[[Request], Reply]


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8") -> Route:
    """A static document with ETag and Last-Modified support (304 to a matching request)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
    last_modified = "Mon, 01 Jan 2024 00:00:00 GMT"

    def reply(request: Request) -> Reply:
        headers = {"ETag": etag, "Last-Modified": last_modified}
        if request.headers.get("if-none-match") == etag:
            return Reply(304, b"", None, headers)
        return Reply(200, data, content_type, headers)

    return reply


def sequence(*replies: Reply) -> Route:
    """The n-th request gets the n-th reply; the last one repeats."""
    return lambda request: replies[min(request.hit, len(replies)) - 1]


@dataclass
class Site:
    routes: dict[str, Route]
    requests: list[Request] = field(default_factory=list)
    max_in_flight: int = 0
    _in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def _begin(self, path: str, headers: dict[str, str]) -> Request:
        with self._lock:
            hit = self.hits(path) + 1
            request = Request(path, headers, time.monotonic(), hit)
            self.requests.append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            return request

    def _end(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def __enter__(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this, Nagle's algorithm and
                # the client's delayed ACK add 40 ms to every response with a body.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                request = site._begin(self.path, {k.lower(): v for k, v in self.headers.items()})
                try:
                    route = site.routes.get(self.path, Reply(404, b"not found", "text/plain"))
                    reply = route(request) if callable(route) else route
                    time.sleep(reply.delay_s)
                finally:
                    # Out of flight once the reply is ready, before it is sent: the client may
                    # start its next request the moment it has this reply, and this thread could
                    # still be on its way back here, counting two where the client holds one.
                    site._end()
                self._send(reply)

            def _send(self, reply: Reply) -> None:
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.is_chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for start in range(0, len(reply.body), 4096):
                        chunk = reply.body[start : start + 4096]
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.truncate_to is not None:
                    self.wfile.write(reply.body[: reply.truncate_to])
                    self.close_connection = True
                elif reply.drip_s:
                    for i in range(len(reply.body)):
                        time.sleep(reply.drip_s)
                        self.wfile.write(reply.body[i : i + 1])
                        self.wfile.flush()
                elif reply.status != 304:
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # the client hung up on a slow or oversized reply: expected here

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
