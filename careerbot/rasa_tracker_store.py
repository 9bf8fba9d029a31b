"""SQL tracker store that masks personal details before anything is written, and applies retention.

Rasa stores each user message verbatim; this store masks emails, phone numbers and street
addresses in user messages first. On start-up it deletes conversation events older than the
retention period (CAREERBOT_RETENTION_DAYS, default 30).

SQLite under var/ by default; PostgreSQL when CAREERBOT_DATABASE_URL is set (read here rather
than written into endpoints.yml, so the password stays in the environment).
"""
import copy
import logging
from pathlib import Path

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import UserUttered

from careerbot import settings
from careerbot.paths import PROJECT_ROOT
from careerbot.privacy import mask_pii, purge_old_events_sql

logger = logging.getLogger(__name__)


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
        days = settings.retention_days()
        deleted = purge_old_events_sql(self.engine, days)
        logger.info("Retention: deleted %d conversation events older than %d days.", deleted, days)

    def _additional_events(self, session, tracker):
        for event in super()._additional_events(session, tracker):
            yield _MaskedUserEvent(event) if isinstance(event, UserUttered) else event


def postgresql_url(url: str) -> str:
    """SQLAlchemy wants postgresql://; Heroku-style postgres:// is accepted too."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if not url.startswith(("postgresql://", "postgresql+psycopg2://")):
        raise SystemExit("CAREERBOT_DATABASE_URL must start with postgresql://")
    return url
