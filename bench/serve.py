"""Load check for `factline serve`: a burst of concurrent API requests on a synthetic dossier.

    python -m bench serve [--documents 2000] [--requests 200] [--rounds 3] [--timeout 2] [--half-open 8]
                          [--workers N]

Builds a synthetic story of N articles (factline.outputs.report.synthetic), writes its
dossier and store, and starts the server in a child process on 127.0.0.1 (so the clients
do not share its interpreter). Then, per round, opens --requests connections at once,
each sending one GET over a mix of list, detail and search endpoints, and prints p50,
p99 and max latency (connect to last byte), the answers that were not 200, the
connections that failed (refused, reset, timed out) and the server's CPU time per request. Last, the half-open check: --half-open
clients send half a request and go silent; it prints how long the server took to close
them (expected: about --timeout) and how long a normal request took meanwhile.
The run is bounded: rounds x requests, then the half-open check, then the server is stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from factline.outputs import dossier, store
from factline.outputs.report.synthetic import synthetic_story
from factline.outputs.serve import DEFAULT_WORKERS

SERVER = """
import sys
from factline.outputs.serve import make_server
server = make_server(sys.argv[1], "127.0.0.1", 0, timeout=float(sys.argv[2]), workers=int(sys.argv[3]))
print(server.server_address[1], flush=True)
server.serve_forever()
"""
CLIENT_TIMEOUT_S = 60.0


def request_paths(documents: int, count: int) -> list[str]:
    """`count` paths cycling through the API's kinds of request, on varied ids."""
    people = max(3, documents // 4)
    kinds = [
        lambda i: "/api/documents?limit=50",
        lambda i: f"/api/documents/doc{(i * 7) % documents}",
        lambda i: "/api/entities?limit=50&type=person",
        lambda i: f"/api/entities/p{(i * 13) % people}",
        lambda i: f"/api/events?limit=50&offset={(i * 11) % 500}",
        lambda i: f"/api/events?entity=p{(i * 3) % people}",
        lambda i: "/api/conflicts?limit=50",
        lambda i: "/api/search?q=%E5%91%A8%E6%B5%A9&limit=20",  # 周浩
        lambda i: "/api/search?q=Lumen+Labs&limit=20&kind=document",
    ]
    return [kinds[i % len(kinds)](i) for i in range(count)]


async def one_request(port: int, path: str, start: asyncio.Event) -> tuple[float, int | str]:
    """(seconds, HTTP status or the failure's name) for one connection and one GET."""
    await start.wait()
    t0 = time.perf_counter()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), CLIENT_TIMEOUT_S)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), CLIENT_TIMEOUT_S)
        writer.close()
        status: int | str = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else "no answer"
    except (TimeoutError, OSError) as err:
        status = type(err).__name__
    return time.perf_counter() - t0, status


async def burst(port: int, paths: list[str]) -> list[tuple[float, int | str]]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(one_request(port, p, start)) for p in paths]
    await asyncio.sleep(0.1)  # every task waiting on the event: they all connect at once
    start.set()
    return await asyncio.gather(*tasks)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def summary(results: list[tuple[float, int | str]]) -> dict[str, Any]:
    latencies = [seconds for seconds, _ in results]
    return {
        "requests": len(results), "p50_s": round(statistics.median(latencies), 3),
        "p99_s": round(percentile(latencies, 0.99), 3), "max_s": round(max(latencies), 3),
        "not_200": sum(1 for _, s in results if isinstance(s, int) and s != 200),
        "failed_connections": sum(1 for _, s in results if not isinstance(s, int)),
        "failures": sorted({str(s) for _, s in results if not isinstance(s, int)}),
    }


async def half_open(port: int, clients: int) -> dict[str, Any]:
    """Silent half-requests: seconds until the server closes each; a normal request meanwhile."""
    async def silent() -> float:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /api/documents HTTP/1.1\r\nHost: localhost\r\n")  # never finished
        await writer.drain()
        t0 = time.perf_counter()
        await asyncio.wait_for(reader.read(), CLIENT_TIMEOUT_S)  # returns when the server closes
        writer.close()
        return time.perf_counter() - t0

    silent_tasks = [asyncio.create_task(silent()) for _ in range(clients)]
    await asyncio.sleep(0.2)
    normal_s, normal_status = await one_request(port, "/api/entities?limit=50", _set_event())
    closed_after = await asyncio.gather(*silent_tasks, return_exceptions=True)
    closed = [c for c in closed_after if isinstance(c, float)]
    return {"half_open_clients": clients, "closed_by_server": len(closed),
            "closed_after_s": [round(min(closed), 2), round(max(closed), 2)] if closed else None,
            "normal_request_meanwhile_s": round(normal_s, 3), "normal_request_status": normal_status}


def _set_event() -> asyncio.Event:
    event = asyncio.Event()
    event.set()
    return event


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_burst(process: subprocess.Popen[str], port: int, paths: list[str]) -> dict[str, Any]:
    before = cpu_seconds(process.pid)
    result = summary(asyncio.run(burst(port, paths)))
    after = cpu_seconds(process.pid)
    if before is not None and after is not None:
        result["server_cpu_ms_per_request"] = round((after - before) * 1000 / len(paths), 2)
    return result


def start_server(folder: Path, timeout: float, workers: int) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(folder), str(timeout), str(workers)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.strip().isdigit():
        process.kill()
        sys.exit(f"the server did not start (it printed {line!r})")
    return process, int(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200, help="concurrent requests per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=2.0, help="the server's connection timeout (s)")
    parser.add_argument("--half-open", type=int, default=8, help="silent clients in the half-open check")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="the server's worker threads")
    args = parser.parse_args()
    run = synthetic_story(args.documents)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dossier.write(run, folder / "dossier.json")
        t0 = time.perf_counter()
        store.write(run, folder / "factline.db")
        result: dict[str, Any] = {"documents": len(run.documents), "store_write_s": round(time.perf_counter() - t0, 2),
                                  "store_mb": round((folder / "factline.db").stat().st_size / 1e6, 1)}
        process, port = start_server(folder, args.timeout, args.workers)
        result["workers"] = args.workers
        try:
            paths = request_paths(args.documents, args.requests)
            result["rounds"] = [timed_burst(process, port, paths) for _ in range(args.rounds)]
            result["half_open"] = asyncio.run(half_open(port, args.half_open))
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
