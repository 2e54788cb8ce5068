"""Overlapping ingestion processes on one DuckDB file, with `tracker query` reading all along."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
PAGES, PER_PAGE = 20, 100  # per run; the two runs share half their pages
TABLES = ("documents", "mentions", "markets", "market_prices", "release_events", "rejects", "ingest_state")


def run_paged_ingest(db: str, base_url: str, first_page: int) -> None:
    """A source-shaped run: fetch pages over HTTP, each page's rows and cursor in one short write."""
    from tracker.config import parse_config
    from tracker.sources.http import build_client, fetch
    from tracker.warehouse.runs import run_source
    from tracker.warehouse.database import Warehouse, set_state, upsert_documents

    cfg = parse_config({"http": {"allow_hosts": ["127.0.0.1"], "backoff_base_s": 0}})
    warehouse = Warehouse(db)

    def body(stats) -> None:
        with build_client(cfg.http) as client:
            for page in range(first_page, first_page + PAGES):
                items = json.loads(fetch(client, f"{base_url}/page/{page}", cfg.http).content)
                stats.fetched += len(items)
                with warehouse.write() as con:
                    stats.add(upsert_documents(con, items))
                    set_state(con, f"paged-{first_page}", "last_page", page)

    stats = run_source(warehouse, f"paged-{first_page}", body)
    if stats.status != "ok":
        raise SystemExit(f"ingest failed: {stats.errors}")


def run_stages(config_file: str, stages: list[str]) -> None:
    """What `tracker ingest --source …` does, with the config passed as JSON (the demo config is a dict)."""
    from tracker.config import parse_config
    from tracker.pipeline import run_stage
    from tracker.warehouse.database import Warehouse

    spec = json.loads(Path(config_file).read_text())
    for key, value in spec["env"].items():
        os.environ.setdefault(key, value)
    cfg = parse_config(spec["config"], config_file, REPO)
    Warehouse(cfg.warehouse_path).init()
    failed = [name for name in stages if run_stage(cfg, name).status == "failed"]
    if failed:
        raise SystemExit(f"stages failed: {failed}")


def page_routes(server, pages: int) -> None:
    for page in range(pages):
        docs = [{"doc_id": f"paged:{page * PER_PAGE + i}", "source": "paged", "kind": "article",
                 "title": f"GPT-5.5 note {page}-{i}", "body": "x" * 200} for i in range(PER_PAGE)]
        server.add_route("GET", f"/page/{page}", json=docs)


def start_worker(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, __file__, *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def read_while(processes: list[subprocess.Popen], config_file: Path, sql: str) -> list[tuple[int, str, bool]]:
    """Run `tracker query` in a loop until the writers exit: (exit code, output, writers still running)."""
    reads = []
    while True:
        running = any(p.poll() is None for p in processes)
        done = subprocess.run([sys.executable, "-m", "tracker.cli", "--config", str(config_file), "query", "--csv", sql],
                              cwd=REPO, capture_output=True, text=True, timeout=300)
        reads.append((done.returncode, done.stdout + done.stderr, running))
        if not running:
            return reads


def table_rows(db: Path) -> dict[str, set]:
    from tracker.warehouse.database import Warehouse

    with Warehouse(db).read() as con:
        rows = {t: set(con.execute(f"SELECT * EXCLUDE (fetched_at) FROM {t}").fetchall()) for t in
                ("documents",)}
        rows["ingest_state"] = set(con.execute("SELECT source, key, value FROM ingest_state").fetchall())
        rows["runs"] = set(con.execute("SELECT source, status, fetched, inserted FROM ingest_runs").fetchall())
    return rows


def test_two_overlapping_ingests_and_a_reader_loop(tmp_path: Path, replay) -> None:
    page_routes(replay, 30)
    db = tmp_path / "tracker.duckdb"
    config_file = tmp_path / "tracker.toml"
    config_file.write_text(f'[warehouse]\npath = "{db}"\n')
    subprocess.run([sys.executable, "-m", "tracker.cli", "--config", str(config_file), "init"], cwd=REPO, check=True)

    # Pages 0-19 and 10-29: 10 pages both write (nothing doubled), 3000 documents + 2 cursors at the end.
    writers = [start_worker("paged", str(db), replay.base_url, "0"), start_worker("paged", str(db), replay.base_url, "10")]
    reads = read_while(writers, config_file, "SELECT count(*) AS n FROM documents")
    outputs = [w.communicate()[0] for w in writers]

    assert [w.returncode for w in writers] == [0, 0], outputs
    assert [code for code, _, _ in reads] == [0] * len(reads), [out for code, out, _ in reads if code]
    counts = [int(out.split()[1]) for _, out, _ in reads]
    assert counts == sorted(counts)  # readers see committed pages only, never a count going back
    assert counts[-1] == 30 * PER_PAGE
    assert any(running for _, _, running in reads), "no read overlapped the writers"

    # The same two runs one after the other (in this process): the same rows.
    serial = tmp_path / "serial.duckdb"
    for first in (0, 10):
        run_paged_ingest(str(serial), replay.base_url, first)
    concurrent_rows, serial_rows = table_rows(db), table_rows(serial)
    assert concurrent_rows["documents"] == serial_rows["documents"]
    assert concurrent_rows["ingest_state"] == serial_rows["ingest_state"] == {
        ("paged-0", "last_page", "19"), ("paged-10", "last_page", "29")}
    assert {(s, st, f) for s, st, f, _ in concurrent_rows["runs"]} == {("paged-0", "ok", 2000), ("paged-10", "ok", 2000)}
    # Whichever run wrote an overlapping page first inserted it: 3000 inserts in all, in both orders.
    assert sum(i for *_, i in concurrent_rows["runs"]) == sum(i for *_, i in serial_rows["runs"]) == 3000


def test_overlapping_source_stages_end_like_a_serial_run(tmp_path: Path, monkeypatch) -> None:
    """The real sources on the sample data: two processes at once, then the same stages one after the other."""
    from tracker.demo import demo_config_data
    from tracker.sources.replay import serve_snapshots
    from tracker.warehouse.database import Warehouse

    # Two sources, one per process; the smaller samples first (the paged test above covers volume).
    built = ["markets", "blogs"]
    halves = [[built[0]], [built[1]]]

    def spec(name: str, db: Path) -> tuple[Path, dict]:
        servers = serve_snapshots(REPO / "data" / "sample")  # fresh servers: a route's responses go in order
        data, env = demo_config_data(REPO / "tracker.toml", servers)
        data["warehouse"] = {"path": str(db)}
        data["http"]["backoff_base_s"] = 0
        path = tmp_path / f"{name}.json"
        # default=str: the demo's as_of is a datetime; the child's parse_config reads its ISO form back
        path.write_text(json.dumps({"config": data, "env": env}, default=str))
        return path, servers

    started = []
    try:
        db, serial = tmp_path / "concurrent.duckdb", tmp_path / "serial.duckdb"
        config_file = tmp_path / "tracker.toml"
        config_file.write_text(f'[warehouse]\npath = "{db}"\n')
        Warehouse(db).init()
        workers = []
        for i, half in enumerate(halves):
            path, servers = spec(f"concurrent{i}", db)
            started.append(servers)
            workers.append(start_worker("stages", str(path), *half))
        reads = read_while(workers, config_file, "SELECT count(*) FROM ingest_runs")
        outputs = [w.communicate()[0][-2000:] for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        assert all(code == 0 for code, _, _ in reads), [out for code, out, _ in reads if code]
        for i, half in enumerate(halves):  # the serial reference runs in this process
            path, servers = spec(f"serial{i}", serial)
            started.append(servers)
            for key, value in json.loads(path.read_text())["env"].items():
                monkeypatch.setenv(key, value)
            run_stages(str(path), half)
        counts = {}
        for name, path in (("concurrent", db), ("serial", serial)):
            with Warehouse(path).read() as con:
                counts[name] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
                counts[name]["runs"] = sorted(con.execute("SELECT source, status FROM ingest_runs").fetchall())
        assert counts["concurrent"] == counts["serial"]
        assert sorted(s for s, _ in counts["concurrent"]["runs"]) == sorted(built)
    finally:
        for servers in started:
            for server in servers.values():
                server.stop()


if __name__ == "__main__":  # the worker processes the tests start
    if sys.argv[1] == "paged":
        run_paged_ingest(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "stages":
        run_stages(sys.argv[2], sys.argv[3:])
