"""Deleting old conversation events: Rasa Open Source 3.6 keeps every event and has no retention
control (see ../shared/reference/safety-privacy-security.md, sections 0.8 and 2.4)."""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Optional


def purge_old_events(db_path: str, days: int, now: Optional[float] = None) -> int:
    """Delete rows of the Rasa SQLTrackerStore `events` table (SQLite) whose `timestamp`
    (epoch seconds) is older than `now - days * 86400`. Returns the number of rows deleted.

    A missing database file or a database without an `events` table returns 0. The file is
    never created. Everything happens in one transaction.
    """
    if days is None or days < 0:
        raise ValueError("days must be zero or more, got %r" % (days,))
    path = Path(os.fspath(db_path))
    if not path.is_file():
        return 0
    cutoff = (time.time() if now is None else float(now)) - float(days) * 86400.0
    # mode=rw: open an existing database only, never create one.
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=30)
    try:
        with conn:  # one transaction: commit on success, roll back on error
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            ).fetchone()
            if not has_table:
                return 0
            cursor = conn.execute("DELETE FROM events WHERE timestamp < ?", (cutoff,))
            return max(cursor.rowcount, 0)
    finally:
        conn.close()


def purge_old_events_sql(engine_or_url: Any, days: int, now: Optional[float] = None) -> int:
    """The same purge through SQLAlchemy, for any database the tracker store uses (PostgreSQL
    when scaled out, SQLite by default): an Engine or a database URL. A database without an
    `events` table returns 0."""
    if days is None or days < 0:
        raise ValueError("days must be zero or more, got %r" % (days,))
    import sqlalchemy as sa

    engine = sa.create_engine(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
    cutoff = (time.time() if now is None else float(now)) - float(days) * 86400.0
    try:
        with engine.begin() as conn:
            if not sa.inspect(conn).has_table("events"):
                return 0
            result = conn.execute(sa.text("DELETE FROM events WHERE timestamp < :cutoff"), {"cutoff": cutoff})
            return max(result.rowcount or 0, 0)
    finally:
        if isinstance(engine_or_url, str):
            engine.dispose()
