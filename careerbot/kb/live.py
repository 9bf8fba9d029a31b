"""Keeps the running bot on the newest *valid* knowledge base.

A watcher thread polls file times every couple of seconds (cheap: a stat per file). A valid
edit is swapped in atomically; an invalid one is refused with its `file:line` errors logged,
and the last good knowledge base keeps serving.
"""
import logging
import threading
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from careerbot import settings
from careerbot.kb.loader import knowledge_files, load_knowledge
from careerbot.kb.model import KnowledgeBase
from careerbot.kb.validate import KBError
from careerbot.paths import KNOWLEDGE_DIR

logger = logging.getLogger(__name__)


class KnowledgeUnavailable(Exception):
    def __init__(self, errors: List[KBError]):
        super().__init__("the knowledge base has errors:\n" + "\n".join(str(e) for e in errors))
        self.errors = errors


def _snapshot(directory: Path) -> Tuple:
    entries = []
    for path in knowledge_files(directory):
        try:
            stat = path.stat()
        except OSError:
            continue
        entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


class LiveKnowledge:
    def __init__(self, directory: Path = KNOWLEDGE_DIR, interval: float = 2.0,
                 on_change: Optional[Callable[[KnowledgeBase], None]] = None):
        self.directory = Path(directory)
        self.interval = interval
        self.on_change = on_change
        self.last_errors: List[KBError] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._snapshot = _snapshot(self.directory)
        result = load_knowledge(self.directory)
        if result.knowledge is None:
            raise KnowledgeUnavailable(result.errors)
        self._current: KnowledgeBase = result.knowledge

    def get(self) -> KnowledgeBase:
        return self._current

    def reload_if_changed(self) -> bool:
        """Returns True when a new valid version was swapped in."""
        with self._lock:
            snapshot = _snapshot(self.directory)
            if snapshot == self._snapshot:
                return False
            self._snapshot = snapshot
            result = load_knowledge(self.directory)
            if result.knowledge is None:
                self.last_errors = result.errors
                logger.error("Knowledge base edit refused; the bot keeps serving the last valid version. "
                             "Fix these and save again:\n%s", "\n".join(str(e) for e in result.errors))
                return False
            self.last_errors = []
            if result.knowledge.version == self._current.version:
                return False
            self._current = result.knowledge
        logger.info("Knowledge base reloaded (version %s).", self._current.version)
        if self.on_change:
            self.on_change(self._current)
        return True

    def start_watching(self) -> "LiveKnowledge":
        if self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="knowledge-watcher", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.reload_if_changed()
            except Exception:  # a watcher must never die; the old knowledge keeps serving
                logger.exception("Knowledge base check failed; keeping the last valid version.")


_shared: Optional[LiveKnowledge] = None
_shared_lock = threading.Lock()


def shared_knowledge() -> LiveKnowledge:
    """One watched knowledge base per process (action server, NLU components)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            directory = Path(settings.get("KNOWLEDGE_DIR") or KNOWLEDGE_DIR)
            _shared = LiveKnowledge(directory).start_watching()
        return _shared
