"""`careerbot` command: knowledge-base checks and stats, privacy purge."""
import argparse
import json
import sys
from pathlib import Path

from careerbot import settings
from careerbot.paths import KNOWLEDGE_DIR, TRACKER_DB

WARNINGS_SHOWN = 20


def _kb_check(args) -> int:
    from careerbot.kb import load_knowledge
    result = load_knowledge(Path(args.dir))
    if result.knowledge is not None:
        stats = result.knowledge.stats()
        print("Knowledge base OK: " + ", ".join("%d %s" % (v, k.replace("_", " ")) for k, v in stats.items()))
        shown = result.warnings if getattr(args, "all_warnings", False) else result.warnings[:WARNINGS_SHOWN]
        for warning in shown:
            print("warning: %s" % warning)
        if len(result.warnings) > len(shown):
            print("... and %d more warnings (careerbot kb check --all-warnings lists them all)"
                  % (len(result.warnings) - len(shown)))
        return 0
    for error in result.errors:
        print(error, file=sys.stderr)
    print("%d problem%s found. The bot keeps using the last valid version until they are fixed."
          % (len(result.errors), "" if len(result.errors) == 1 else "s"), file=sys.stderr)
    return 1


def _kb_stats(args) -> int:
    from careerbot.kb import load_knowledge
    result = load_knowledge(Path(args.dir))
    if result.knowledge is None:
        return _kb_check(args)
    from careerbot.kb.freshness import report
    stats = dict(result.knowledge.stats())
    stats.update(report(result.knowledge))
    if args.json:
        print(json.dumps(stats, sort_keys=False))
    else:
        for key, value in stats.items():
            if isinstance(value, dict):
                value = ", ".join("%s %s" % (k, v) for k, v in value.items()) or "none"
            elif isinstance(value, list):
                value = "%d%s" % (len(value), (": " + ", ".join(value[:8]) + (" ..." if len(value) > 8 else ""))
                                  if value else "")
            print("%-24s %s" % (key, value))
    return 0


def _privacy_purge(args) -> int:
    from careerbot.privacy import purge_old_events, purge_old_events_sql
    days = args.days or settings.retention_days()
    database_url = settings.get("DATABASE_URL")
    if database_url:
        from careerbot.rasa_tracker_store import postgresql_url
        deleted, where = purge_old_events_sql(postgresql_url(database_url), days), "PostgreSQL (CAREERBOT_DATABASE_URL)"
    else:
        deleted, where = purge_old_events(str(args.db), days), args.db
    print("Deleted %d conversation event%s older than %d days from %s."
          % (deleted, "" if deleted == 1 else "s", days, where))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="careerbot", description=__doc__)
    commands = parser.add_subparsers(dest="area", required=True)

    kb = commands.add_parser("kb", help="knowledge base").add_subparsers(dest="command", required=True)
    check = kb.add_parser("check", help="validate every file under knowledge/")
    check.add_argument("--dir", default=str(KNOWLEDGE_DIR))
    check.add_argument("--all-warnings", action="store_true", help="list every missing translation")
    check.set_defaults(run=_kb_check)
    stats = kb.add_parser("stats", help="count what the knowledge base holds")
    stats.add_argument("--dir", default=str(KNOWLEDGE_DIR))
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(run=_kb_stats)

    privacy = commands.add_parser("privacy", help="student data retention").add_subparsers(dest="command",
                                                                                             required=True)
    purge = privacy.add_parser("purge", help="delete conversations older than the retention period")
    purge.add_argument("--days", type=int, default=None, help="retention in days (default: "
                       "$CAREERBOT_RETENTION_DAYS or %s)" % settings.get("RETENTION_DAYS", {}))
    purge.add_argument("--db", default=str(TRACKER_DB), help="SQLite file (ignored when CAREERBOT_DATABASE_URL is set)")
    purge.set_defaults(run=_privacy_purge)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
