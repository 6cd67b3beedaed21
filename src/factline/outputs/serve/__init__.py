"""`factline serve DIR`: the report and a read-only JSON API over DIR/factline.db.

- `api`: the queries, one per endpoint, returning the model's dicts;
- `http`: connections, request decoding, routing and error answers;
- `openapi`: the OpenAPI description served at /api/openapi.json.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from factline.outputs.serve.http import (
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    DEFAULT_WORKERS,
    DossierServer,
    make_server,
)

__all__ = ["DEFAULT_PORT", "DEFAULT_TIMEOUT", "DEFAULT_WORKERS", "DossierServer", "make_server", "serve"]


def serve(folder: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          on_ready: Callable[[str], None] | None = None, timeout: float = DEFAULT_TIMEOUT,
          workers: int = DEFAULT_WORKERS) -> None:
    """Serve until interrupted; `timeout` closes a connection silent for that many seconds."""
    with make_server(folder, host, port, quiet=False, timeout=timeout, workers=workers) as server:
        if on_ready:
            on_ready(server.url)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
