"""SQL tracker store that masks personal details before anything is written, and applies retention.

Rasa stores each user message verbatim; this store masks emails, phone numbers and street
addresses in user messages first. On start-up it deletes conversation events older than the
retention period (CAREERBOT_RETENTION_DAYS, default 30).

SQLite under var/ by default; PostgreSQL when CAREERBOT_DATABASE_URL is set (read here rather
than written into endpoints.yml, so the password stays in the environment).

Rasa reads the whole conversation back from the database on every turn (parsing every event's
JSON and replaying it: 15 ms at turn 150 here), and before writing counts the rows already stored.
This store remembers, for each tracker it read or wrote, how many of its events are stored, and
keeps the trackers it just wrote (CAREERBOT_TRACKER_CACHE of them). The next turn gets the kept
tracker back only when it is exactly what the database would give:

* the conversation's rows are the ones this store wrote: same count, same highest id (another
  replica's turn, a purge, an edit through Rasa's API all change that), checked by one
  indexed query;
* every event of the tracker is stored as it is: none before its latest session start (Rasa
  reads from there) and no user message that masking changed;
* the tracker is handed out once (taken from the cache), so a turn that fails before saving
  leaves nothing behind. Rasa's lock store keeps one turn per conversation at a time.
"""
import copy
import itertools
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Optional, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from careerbot import settings
from careerbot.paths import PROJECT_ROOT
from careerbot.privacy import mask_pii, purge_old_events_sql

logger = logging.getLogger(__name__)

# On a tracker this store read or wrote: how many of its events (from the first) are in the database.
STORED_EVENTS = "_careerbot_stored_events"
Fingerprint = Tuple[int, Optional[int]]   # the conversation's row count and highest row id


class RecentTrackers:
    """The trackers last written, by conversation, each handed out at most once."""

    def __init__(self, size: int):
        self.size = size
        self._trackers: OrderedDict[str, Tuple[DialogueStateTracker, Fingerprint]] = OrderedDict()

    def take(self, sender_id: str) -> Optional[Tuple[DialogueStateTracker, Fingerprint]]:
        return self._trackers.pop(sender_id, None)

    def peek(self, sender_id: str) -> Optional[Tuple[DialogueStateTracker, Fingerprint]]:
        return self._trackers.get(sender_id)

    def keep(self, tracker: DialogueStateTracker, fingerprint: Fingerprint) -> None:
        if self.size <= 0:
            return
        self._trackers.pop(tracker.sender_id, None)
        self._trackers[tracker.sender_id] = (tracker, fingerprint)
        while len(self._trackers) > self.size:
            self._trackers.popitem(last=False)

    def clear(self) -> None:
        self._trackers.clear()

    def __len__(self) -> int:
        return len(self._trackers)


class _MaskedUserEvent:
    """Looks like the UserUttered event to SQLTrackerStore.save, with personal details masked."""

    def __init__(self, event: UserUttered):
        self._event = event
        self.type_name = event.type_name

    def as_dict(self):
        data = copy.deepcopy(self._event.as_dict())
        if isinstance(data.get("text"), str):
            data["text"] = mask_pii(data["text"])
        parse_data = data.get("parse_data")
        if isinstance(parse_data, dict) and isinstance(parse_data.get("text"), str):
            parse_data["text"] = mask_pii(parse_data["text"])
        return data


class MaskingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, dialect="sqlite", db="var/conversations.db", **kwargs):
        database_url = settings.get("DATABASE_URL")
        if database_url:
            dialect, kwargs["host"] = "postgresql", postgresql_url(database_url)
        elif dialect == "sqlite":
            path = Path(db)
            if not path.is_absolute():
                path = PROJECT_ROOT / path
            path.parent.mkdir(parents=True, exist_ok=True)
            db = str(path)
        super().__init__(domain=domain, dialect=dialect, db=db, **kwargs)
        engine: sa.engine.Engine = self.engine   # type: ignore[has-type]
        if engine.dialect.name == "sqlite":
            engine.dispose()
            self.engine = engine = sqlite_engine(engine.url)
            self.sessionmaker.configure(bind=engine)
        self.recent = RecentTrackers(settings.get_int("TRACKER_CACHE"))
        table = self.SQLEvent.__table__
        self._fingerprint_query = sa.select(sa.func.count(table.c.id), sa.func.max(table.c.id)).where(
            table.c.sender_id == sa.bindparam("sender_id"))
        days = settings.retention_days()
        deleted = purge_old_events_sql(self.engine, days)
        logger.info("Retention: deleted %d conversation events older than %d days.", deleted, days)

    @property
    def domain(self):
        return self._domain

    @domain.setter
    def domain(self, domain) -> None:   # a new model: trackers built with the old domain's slots are dropped
        self._domain = domain
        if hasattr(self, "recent"):
            self.recent.clear()

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        if fetch_events_from_all_sessions:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        kept = self.recent.take(sender_id)
        if kept is not None and kept[1] == self._fingerprint(sender_id):
            return kept[0]
        tracker = await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        if tracker is not None and tracker.events.maxlen is None:
            setattr(tracker, STORED_EVENTS, len(tracker.events))
        return tracker

    async def read(self, sender_id: str) -> Optional[DialogueStateTracker]:
        """The conversation, to read and not change: a kept tracker is looked at, not taken, so the
        next turn still gets it (careerbot's channel reads the state after every message)."""
        kept = self.recent.peek(sender_id)
        if kept is not None and kept[1] == self._fingerprint(sender_id):
            return kept[0]
        return await self.retrieve(sender_id)

    def _fingerprint(self, sender_id: str) -> Fingerprint:
        # Plain SQL on a pooled connection: an ORM session and query cost ten times as much here.
        with self.engine.connect() as connection:
            count, highest = connection.execute(self._fingerprint_query, {"sender_id": sender_id}).one()
        return int(count), highest

    def _additional_events(self, session, tracker):
        stored = getattr(tracker, STORED_EVENTS, None)
        if stored is None:   # a tracker this store did not read: Rasa counts the stored rows
            events = super()._additional_events(session, tracker)
        else:   # the same count, known: nothing else writes this conversation while Rasa holds its lock
            events = itertools.islice(tracker.events, stored, len(tracker.events))
        for event in events:
            yield _MaskedUserEvent(event) if isinstance(event, UserUttered) else event

    async def save(self, tracker: DialogueStateTracker) -> None:
        stored = getattr(tracker, STORED_EVENTS, None)
        new_events = list(itertools.islice(tracker.events, stored, None)) if stored is not None else []
        await super().save(tracker)
        if stored is None:
            return
        # The stored events were read as the database gives them, so only the new ones can differ:
        # a new session (the next read starts there) or a message that masking changed.
        exact = not any(isinstance(event, SessionStarted)
                        or (isinstance(event, UserUttered) and _masking_changes(event)) for event in new_events)
        if exact:
            setattr(tracker, STORED_EVENTS, len(tracker.events))
            self.recent.keep(tracker, self._fingerprint(tracker.sender_id))
        else:   # as Rasa would, from here on: it counts the stored rows
            delattr(tracker, STORED_EVENTS)


async def read_tracker(store, sender_id: str) -> Optional[DialogueStateTracker]:
    """`store.retrieve(sender_id)` for reading only; through Rasa's wrappers (FailSafeTrackerStore,
    AwaitableTrackerStore) to this store's `read` when it is the one inside."""
    inner = store
    while not isinstance(inner, MaskingSQLTrackerStore) and hasattr(inner, "_tracker_store"):
        inner = inner._tracker_store
    if isinstance(inner, MaskingSQLTrackerStore):
        return await inner.read(sender_id)
    return await store.retrieve(sender_id)


def _masking_changes(event: UserUttered) -> bool:
    texts = (event.text, event.parse_data.get("text"))
    return any(isinstance(text, str) and mask_pii(text) != text for text in texts)


def sqlite_engine(url) -> sa.engine.Engine:
    """SQLAlchemy 1.4 opens a new SQLite connection for every session (NullPool), and SQLite syncs
    the disk twice per commit: 2 ms of every turn here. This engine keeps its connections, and
    the database in write-ahead-log mode with NORMAL sync: a crash of the server loses nothing
    committed; a power cut can lose the last turns (0.7 ms a turn)."""
    engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=2,
                              connect_args={"check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def write_ahead_log(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
    return engine


def postgresql_url(url: str) -> str:
    """SQLAlchemy wants postgresql://; Heroku-style postgres:// is accepted too."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if not url.startswith(("postgresql://", "postgresql+psycopg2://")):
        raise SystemExit("CAREERBOT_DATABASE_URL must start with postgresql://")
    return url
