"""Project locations, found from this file so nothing depends on the current directory."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
VAR_DIR = PROJECT_ROOT / "var"
TRACKER_DB = VAR_DIR / "conversations.db"


def display_path(path: Path) -> str:
    """A path as staff see it: relative to the project when inside it."""
    try:
        return str(Path(path).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)
