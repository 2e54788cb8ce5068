"""A local HTTP server that replays recorded API responses and injects faults, for tests and the demo."""

from __future__ import annotations

import json
import mimetypes
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BASE_PLACEHOLDER = b"{{base_url}}"
STOP_POLL_S = 0.05  # how often a serving loop checks whether stop() was called
ROUTES_FILE = "routes.json"


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class Fault:
    """What goes wrong on a route: a status, a delay, a cut body or a reset connection."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    delay_s: float = 0.0
    truncate_at: int | None = None  # send this many body bytes of a full-length response, then close
    reset: bool = False  # close the socket with RST before answering
    times: int | None = 1  # requests it applies to; None for every request

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fault:
        data = dict(data)
        if isinstance(data.get("body"), str):
            data["body"] = data["body"].encode("utf-8")
        return cls(**data)


@dataclass
class Route:
    method: str
    path: str
    query: dict[str, str]
    responses: list[Response]
    served: int = 0
    faults: list[Fault] = field(default_factory=list)

    def matches(self, method: str, path: str, query: dict[str, str]) -> bool:
        if method != self.method or path != self.path:
            return False
        return all(k in query and (v == "*" or query[k] == v) for k, v in self.query.items())

    def next_response(self) -> Response:
        response = self.responses[min(self.served, len(self.responses) - 1)]
        self.served += 1
        return response


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


def _response_from_spec(spec: dict[str, Any], folder: Path | None) -> Response:
    headers = dict(spec.get("headers", {}))
    if "json" in spec:
        body = json.dumps(spec["json"]).encode("utf-8")
        headers.setdefault("Content-Type", "application/json")
    elif "text" in spec:
        body = spec["text"].encode("utf-8")
        headers.setdefault("Content-Type", "text/plain; charset=utf-8")
    elif "body_file" in spec:
        if folder is None:
            raise ValueError("body_file needs a snapshot folder")
        file = (folder / spec["body_file"]).resolve()
        if folder.resolve() not in file.parents:
            raise ValueError(f"body_file outside the snapshot: {spec['body_file']}")
        body = file.read_bytes()
        guessed = mimetypes.guess_type(file.name)[0]
        if guessed:
            headers.setdefault("Content-Type", guessed)
    else:
        body = b""
    return Response(int(spec.get("status", 200)), headers, body)


class _HTTPServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that goes away mid-request (a run stopped by Ctrl-C, a timed-out read) is routine here;
        anything else is printed as the standard server does."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class ReplayServer:
    """Serves a snapshot folder on 127.0.0.1 at an ephemeral port.

    Routes (``routes.json``: a list of ``{method, path, query, status, headers, json|text|body_file}`` or
    ``{…, responses: [...]}`` served in order, the last repeating) match by method + path + query; the
    route naming the most query parameters wins, a value of ``"*"`` matches any value. A GET that no
    route matches is served from the file at that path in the folder. ``{{base_url}}`` in a body is
    replaced by the server's own address so recorded links point back at it.
    """

    def __init__(self, folder: str | Path | None = None, routes: list[dict[str, Any]] | None = None):
        self.folder = Path(folder) if folder is not None else None
        self.routes: list[Route] = []
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        specs = list(routes or [])
        if self.folder is not None and (self.folder / ROUTES_FILE).is_file():
            specs = json.loads((self.folder / ROUTES_FILE).read_text(encoding="utf-8")) + specs
        for spec in specs:
            self.add_route_spec(spec)

    # ------------------------------------------------------------ set-up

    def add_route_spec(self, spec: dict[str, Any]) -> Route:
        responses = [_response_from_spec(r, self.folder) for r in spec.get("responses", [spec])]
        route = Route(
            spec.get("method", "GET").upper(),
            spec["path"],
            {k: str(v) for k, v in spec.get("query", {}).items()},
            responses,
        )
        route.faults = [Fault.from_dict(f) for f in spec.get("faults", [])]
        self.routes.append(route)
        return route

    def add_route(self, method: str, path: str, *, query: dict[str, Any] | None = None, **spec: Any) -> Route:
        return self.add_route_spec({"method": method, "path": path, "query": query or {}, **spec})

    def inject(self, method: str, path: str, fault: Fault, *, query: dict[str, Any] | None = None) -> None:
        """Make the next matching request(s) fail as ``fault`` says; a static file path gets a route."""
        route = self._find(method.upper(), path, {k: str(v) for k, v in (query or {}).items()})
        if route is None:
            route = self.add_route_spec(
                {"method": method, "path": path, "query": query or {}, "status": 404, "text": "not found"}
            )
            static = self._static(path)
            if static is not None:
                route.responses = [static]
        route.faults.append(fault)

    # ------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("replay server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self, port: int = 0) -> ReplayServer:
        """Listen on 127.0.0.1:``port`` (0: an ephemeral port)."""
        server = self

        class Handler(_Handler):
            replay = server

        self._httpd = _HTTPServer(("127.0.0.1", port), Handler)
        self._httpd.daemon_threads = True
        # stop() waits for the serving loop to see the shutdown flag: a short poll makes that wait 50 ms, not 500.
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": STOP_POLL_S},
                                        name="replay", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ inspection

    def count(self, method: str | None = None, path: str | None = None) -> int:
        with self._lock:
            return sum(
                1 for r in self.requests if (method is None or r.method == method) and (path is None or r.path == path)
            )

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    # ------------------------------------------------------------ serving

    def _find(self, method: str, path: str, query: dict[str, str]) -> Route | None:
        best: Route | None = None
        for route in self.routes:
            if route.matches(method, path, query) and (best is None or len(route.query) > len(best.query)):
                best = route
        return best

    def _static(self, path: str) -> Response | None:
        if self.folder is None:
            return None
        root = self.folder.resolve()
        file = (root / path.lstrip("/")).resolve()
        if file != root and root not in file.parents:
            return None
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file() or file.name == ROUTES_FILE:
            return None
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return Response(200, {"Content-Type": ctype}, file.read_bytes())

    def resolve(self, method: str, path: str, query: dict[str, str]) -> tuple[Response, Fault | None]:
        with self._lock:
            route = self._find(method, path, query)
            fault = None
            if route is not None:
                for candidate in route.faults:
                    if candidate.times is None or candidate.times > 0:
                        fault = candidate
                        if candidate.times is not None:
                            candidate.times -= 1
                        break
                response = route.next_response()
            else:
                response = (self._static(path) if method in ("GET", "HEAD") else None) or Response(
                    404, {"Content-Type": "application/json"}, json.dumps({"error": "no route", "path": path}).encode()
                )
        body = response.body.replace(BASE_PLACEHOLDER, self.base_url.encode()) if BASE_PLACEHOLDER in response.body else response.body
        return Response(response.status, dict(response.headers), body), fault


    def full_response(self, method: str, path: str, query: dict[str, str]) -> Response | None:
        """The first 200 response of the matching route (for an unconditional request that would get a 304)."""
        with self._lock:
            route = self._find(method, path, query)
            full = next((r for r in route.responses if r.status == 200), None) if route is not None else None
        if full is None:
            return None
        return Response(full.status, dict(full.headers), full.body.replace(BASE_PLACEHOLDER, self.base_url.encode()))


class _Handler(BaseHTTPRequestHandler):
    replay: ReplayServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm on, the body waited for the client's delayed
    # ACK of the headers, 40 ms on every keep-alive request (44.6 ms -> 0.3 ms a request on 127.0.0.1).
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = RecordedRequest(self.command, parts.path, query, dict(self.headers.items()), body)
        with self.replay._lock:
            self.replay.requests.append(request)
        match_on = query
        if body and "application/x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
            # A form POST (e.g. Reddit's /api/morechildren) is told apart by its fields, matched like query params.
            match_on = {**dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)), **query}
        response, fault = self.replay.resolve(self.command, parts.path, match_on)
        if response.status == 304 and not (self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")):
            # 304 answers only a conditional request: a client that stored no validator (a first run, or a
            # re-run after a crash) gets the route's full response, as from a real server.
            response = self.replay.full_response(self.command, parts.path, match_on) or response
        if fault is not None:
            if fault.delay_s:
                time.sleep(fault.delay_s)
            if fault.reset:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            if fault.status is not None:
                response = Response(fault.status, dict(fault.headers), fault.body if fault.body is not None else b"")
            else:
                response.headers.update(fault.headers)
                if fault.body is not None:
                    response.body = fault.body
        self.send_response(response.status)
        for name, value in response.headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        if (self.headers.get("Connection") or "").lower() == "close":
            # Say so: a client that pools the socket would otherwise reuse one we are about to close.
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        if fault is not None and fault.truncate_at is not None:
            self.wfile.write(response.body[: fault.truncate_at])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(response.body)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _handle


def serve_snapshots(root: str | Path, base_port: int = 0) -> dict[str, ReplayServer]:
    """Start one replay server per sub-folder of ``root`` (one per recorded service).

    With ``base_port`` the folders, in name order, get base_port, base_port + 1, …: fixed addresses,
    so URLs recorded from one run are the same in the next (the demo relies on that)."""
    servers: dict[str, ReplayServer] = {}
    folders = [f for f in sorted(Path(root).iterdir()) if f.is_dir()]
    try:
        for offset, folder in enumerate(folders):
            port = base_port + offset if base_port else 0
            try:
                servers[folder.name] = ReplayServer(folder).start(port)
            except OSError as exc:
                raise OSError(f"replay server for {folder.name}: cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    except OSError:
        for server in servers.values():
            server.stop()
        raise
    return servers
