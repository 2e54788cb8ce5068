"""Headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe): no port, no driver.

Chromium reads commands from fd 3 and writes replies and events to fd 4, each a JSON message ended by a NUL
byte. `open_page` loads a page, waits for its load event and for the page's own readiness check, and records
console errors, uncaught exceptions and every network request the page makes.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
# Flags: no sandbox (CI runs as root in a container), no GPU, and nothing that phones home on start.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio")


def chromium_path() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    pass


class Browser:
    def __init__(self, process: subprocess.Popen, to_browser: int, from_browser: int, timeout_s: float) -> None:
        self.process = process
        self.to_browser = to_browser
        self.from_browser = from_browser
        self.timeout_s = timeout_s
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if ready:
                chunk = os.read(self.from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"chromium closed the pipe (exit code {self.process.poll()})")
                self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout_s
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str | None = None) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout_s
        for event in self.events:
            if event.get("method") == method and event.get("sessionId") == session:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return event


@contextmanager
def chromium(user_data_dir: Path, timeout_s: float = 60.0):
    binary = chromium_path()
    if binary is None:
        raise BrowserError("chromium is not installed")
    to_read, to_browser = os.pipe()  # chromium reads commands on fd 3
    from_browser, to_write = os.pipe()  # and writes on fd 4

    def wire_fds() -> None:
        # Move both ends above 9 first so putting one on 3 or 4 cannot overwrite the other.
        high_read = fcntl.fcntl(to_read, fcntl.F_DUPFD, 10)
        high_write = fcntl.fcntl(to_write, fcntl.F_DUPFD, 10)
        os.dup2(high_read, 3)
        os.dup2(high_write, 4)

    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}", "--remote-debugging-pipe", "about:blank"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=wire_fds, pass_fds=(3, 4))  # kept open by the close_fds that runs after preexec_fn
    os.close(to_read)
    os.close(to_write)
    browser = Browser(process, to_browser, from_browser, timeout_s)
    try:
        yield browser
    finally:
        try:
            browser.send("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(to_browser)
        os.close(from_browser)


def open_page(browser: Browser, url: str, ready_js: str, width: int = 1400) -> dict[str, Any]:
    """Load `url`, wait until `ready_js` is true, and return what happened: the session id, console errors,
    exceptions and request URLs."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    deadline = time.monotonic() + browser.timeout_s
    while True:
        result = browser.send("Runtime.evaluate", {"expression": ready_js, "returnByValue": True}, session=session)
        if result.get("result", {}).get("value") is True:
            break
        if time.monotonic() > deadline:
            raise BrowserError(f"page never became ready: {ready_js}")
        # Charts draw asynchronously after load; ask the page again on its next animation frame.
        browser.send("Runtime.evaluate", {"expression": "new Promise(r => requestAnimationFrame(() => r(1)))",
                                          "awaitPromise": True}, session=session)
    mine = [e for e in browser.events if e.get("sessionId") == session]
    console_errors = [
        " ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"])
        for e in mine if e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert")]
    console_errors += [e["params"]["entry"]["text"] for e in mine
                       if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    exceptions = [e["params"]["exceptionDetails"].get("exception", {}).get("description")
                  or e["params"]["exceptionDetails"].get("text")
                  for e in mine if e.get("method") == "Runtime.exceptionThrown"]
    requests = [e["params"]["request"]["url"] for e in mine if e.get("method") == "Network.requestWillBeSent"]
    return {"session": session, "console_errors": console_errors, "exceptions": exceptions, "requests": requests}


def evaluate(browser: Browser, session: str, expression: str) -> Any:
    result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    if "exceptionDetails" in result:
        raise BrowserError(f"{expression}: {result['exceptionDetails']}")
    return result["result"].get("value")


def screenshot(browser: Browser, session: str, path: Path, width: int = 1400) -> bytes:
    """A PNG of the whole page (not just the first screen)."""
    height = int(evaluate(browser, session, "Math.ceil(document.documentElement.scrollHeight)"))
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
    data = base64.b64decode(browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                                         session=session)["data"])
    path.write_bytes(data)
    return data


def main(argv: list[str] | None = None) -> int:
    """`python tests/browser.py PAGE.html OUT.png`: a full-page screenshot of a story report."""
    import sys
    import tempfile

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python tests/browser.py PAGE.html OUT.png", file=sys.stderr)
        return 2
    page, out = Path(args[0]).resolve(), Path(args[1])
    with tempfile.TemporaryDirectory() as profile, chromium(Path(profile)) as browser:
        seen = open_page(browser, page.as_uri(), "document.querySelectorAll('.js-plotly-plot .main-svg').length > 0")
        screenshot(browser, seen["session"], out)
    problems = seen["console_errors"] + [str(e) for e in seen["exceptions"]]
    print(f"{out}: {len(seen['requests'])} request(s), {len(problems)} console error(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
