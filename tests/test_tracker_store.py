"""The masking tracker store keeps the trackers it wrote, and hands one back only when it is exactly
what reading the database would give. Each test runs the same turns through Rasa's own SQL store
on another database and compares."""
import json
import sqlite3

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered

from careerbot.rasa_tracker_store import STORED_EVENTS, MaskingSQLTrackerStore

pytestmark = pytest.mark.heavy   # Rasa

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [share_interest]
slots:
  exploration:
    type: any
    influence_conversation: false
    mappings: [{type: custom}]
responses: {}
""")


def turn(text, n):
    return [UserUttered(text, {"name": "share_interest", "confidence": 0.9},
                        parse_data={"text": text, "intent": {"name": "share_interest", "confidence": 0.9}}),
            ActionExecuted("action_respond"), BotUttered("reply %d" % n, {"buttons": [{"title": "more"}]}),
            SlotSet("exploration", {"interests": ["art"] * n, "turn": n}), ActionExecuted("action_listen")]


def rows(db):
    """(type, event without its timestamp) of every stored row, in order."""
    found = []
    for type_name, data in sqlite3.connect(db).execute("select type_name, data from events order by id"):
        event = json.loads(data)
        event.pop("timestamp", None)
        found.append((type_name, event))
    return found


async def chat(store, sender, texts, start=0):
    for n, text in enumerate(texts, start):
        tracker = await store.get_or_create_tracker(sender)
        for event in ([ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
                      if n == 0 else []) + turn(text, n):
            tracker.update(event)
        await store.save(tracker)


@pytest.fixture
def stores(tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERBOT_TRACKER_CACHE", raising=False)
    ours = MaskingSQLTrackerStore(domain=DOMAIN, db=str(tmp_path / "ours.db"))
    rasas = SQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "rasa.db"))
    return ours, rasas, tmp_path


def count_reads(monkeypatch):
    reads = []
    original = SQLTrackerStore._retrieve

    async def counting(self, sender_id, fetch_all):
        reads.append(sender_id)
        return await original(self, sender_id, fetch_all)
    monkeypatch.setattr(SQLTrackerStore, "_retrieve", counting)
    return reads


async def same_as_fresh(store, db, sender):
    fresh = await MaskingSQLTrackerStore(domain=DOMAIN, db=str(db)).retrieve(sender)
    kept = await store.retrieve(sender)
    assert [e.as_dict() for e in kept.events] == [e.as_dict() for e in fresh.events]
    assert kept.current_slot_values() == fresh.current_slot_values()
    assert kept.current_state() == fresh.current_state()
    return kept


async def test_the_same_rows_as_rasas_store_and_the_kept_tracker_equals_a_fresh_read(stores, monkeypatch):
    ours, rasas, tmp = stores
    texts = ["i like art", "drawing", "what classes", "ok", "thanks"]
    await chat(rasas, "s", texts)
    reads = count_reads(monkeypatch)
    await chat(ours, "s", texts)
    # Only the first two turns read the database: the first has no row yet, the second starts the session.
    assert reads == ["s", "s"]
    assert rows(tmp / "ours.db") == rows(tmp / "rasa.db")
    await same_as_fresh(ours, tmp / "ours.db", "s")


async def test_another_replicas_turn_is_read_from_the_database(stores):
    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "drawing", "music"])
    other = MaskingSQLTrackerStore(domain=DOMAIN, db=str(tmp / "ours.db"))
    await chat(other, "s", ["cooking"], start=3)
    tracker = await same_as_fresh(ours, tmp / "ours.db", "s")
    assert tracker.latest_message.text == "cooking"


async def test_a_turn_that_fails_before_saving_leaves_nothing_behind(stores):
    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "drawing"])
    tracker = await ours.retrieve("s")
    tracker.update(UserUttered("never saved"))
    again = await same_as_fresh(ours, tmp / "ours.db", "s")
    assert again is not tracker and again.latest_message.text == "drawing"


async def test_a_message_masking_changed_is_read_back_masked(stores):
    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "my email is sam@example.com"])
    tracker = await same_as_fresh(ours, tmp / "ours.db", "s")
    assert "sam@example.com" not in tracker.latest_message.text


async def test_a_new_session_is_read_from_its_start(stores, monkeypatch):
    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "drawing"])
    tracker = await ours.retrieve("s")
    for event in [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")] + \
            turn("new day", 9):
        tracker.update(event)
    await ours.save(tracker)
    reads = count_reads(monkeypatch)
    fresh = await same_as_fresh(ours, tmp / "ours.db", "s")
    assert isinstance(fresh.events[0], SessionStarted) and reads


async def test_rows_deleted_by_the_retention_purge_are_not_served(stores):
    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "drawing", "music"])
    connection = sqlite3.connect(tmp / "ours.db")
    connection.execute("delete from events where id = (select max(id) from events where type_name = 'bot')")
    connection.commit()
    await same_as_fresh(ours, tmp / "ours.db", "s")


async def test_a_tracker_it_did_not_read_is_written_the_way_rasa_does(stores):
    ours, rasas, tmp = stores
    for store in (ours, rasas):
        await chat(store, "s", ["i like art"])
        replaced = type(await store.retrieve("s")).from_events("s", turn("replaced", 5), DOMAIN.slots)
        await store.save(replaced)
    assert not hasattr(replaced, STORED_EVENTS)
    assert [t for t, _ in rows(tmp / "ours.db")] == [t for t, _ in rows(tmp / "rasa.db")]


async def test_the_cache_is_bounded_and_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERBOT_TRACKER_CACHE", "2")
    store = MaskingSQLTrackerStore(domain=DOMAIN, db=str(tmp_path / "a.db"))
    for sender in "abc":
        await chat(store, sender, ["art", "music"])
    assert len(store.recent) == 2 and store.recent.take("a") is None
    store.domain = DOMAIN
    assert len(store.recent) == 0
    monkeypatch.setenv("CAREERBOT_TRACKER_CACHE", "0")
    off = MaskingSQLTrackerStore(domain=DOMAIN, db=str(tmp_path / "b.db"))
    await chat(off, "a", ["art", "music", "math"])
    assert len(off.recent) == 0


async def test_sqlite_keeps_its_connections_and_writes_ahead(stores):
    ours = stores[0]
    await chat(ours, "s", ["i like art", "drawing"])
    assert type(ours.engine.pool).__name__ == "QueuePool"
    with ours.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1   # NORMAL


async def test_reading_the_state_between_turns_leaves_the_kept_tracker(stores, monkeypatch):
    from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore

    from careerbot.rasa_tracker_store import read_tracker

    ours, _, tmp = stores
    await chat(ours, "s", ["i like art", "drawing", "music"])
    wrapped = FailSafeTrackerStore(AwaitableTrackerStore(ours))   # as Rasa's agent holds it
    reads = count_reads(monkeypatch)
    looked_at = await read_tracker(wrapped, "s")
    assert looked_at.get_slot("exploration") == {"interests": ["art"] * 2, "turn": 2}
    assert await ours.retrieve("s") is looked_at and not reads   # the next turn still gets it, no read
    await same_as_fresh(ours, tmp / "ours.db", "s")
    assert (await read_tracker(wrapped, "nobody")) is None
