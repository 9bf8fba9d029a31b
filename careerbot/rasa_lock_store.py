"""Redis lock store configured from CAREERBOT_REDIS_URL (so its password never sits in a file),
with tickets short enough that a replica killed mid-turn doesn't block its conversations.

Rasa's default ticket lives 60 s; a ticket left by a replica that died holds the conversation
that long on the replica it fails over to. A turn takes well under a second here, so a
15-second ticket is ample for a live replica and short for a dead one. Sticky routing in the
web front (careerbot/web/upstream.py) stays the first line against two replicas serving one
conversation (RasaHQ/rasa#9213); this lock is the second.
"""
from urllib.parse import unquote, urlsplit

from rasa.core.lock_store import RedisLockStore

from careerbot import settings

TICKET_LIFETIME_SECONDS = 15.0
POLL_SECONDS = 0.2


def redis_options(url: str) -> dict:
    """RedisLockStore keyword arguments from redis://[user:password@]host[:port][/db] (rediss:// for TLS)."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        raise SystemExit("CAREERBOT_REDIS_URL must look like redis://host:6379/0, not %r" % url)
    path = parts.path.strip("/")
    return {"host": parts.hostname, "port": parts.port or 6379, "db": int(path) if path.isdigit() else 0,
            "username": unquote(parts.username) if parts.username else None,
            "password": unquote(parts.password) if parts.password else None,
            "use_ssl": parts.scheme == "rediss"}


class RedisUrlLockStore(RedisLockStore):
    def __init__(self, endpoint_config=None):
        key_prefix = (endpoint_config.kwargs.get("key_prefix") if endpoint_config else None) or "careerbot"
        super().__init__(key_prefix=key_prefix, **redis_options(settings.get("REDIS_URL")))

    def lock(self, conversation_id, lock_lifetime=TICKET_LIFETIME_SECONDS, wait_time_in_seconds=POLL_SECONDS):
        return super().lock(conversation_id, lock_lifetime, wait_time_in_seconds)
