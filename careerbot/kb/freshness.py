"""How fresh and how well sourced the knowledge base is: dated costs and ages, one wage year,
sources that point at the page stating the fact. Checks worded like the rest of `kb check`;
the report feeds `careerbot kb stats`."""
import re
from collections import Counter
from typing import Any, Dict, Iterable, List
from urllib.parse import urlparse

from careerbot.kb.validate import KBError
from careerbot.kb.yaml_lines import line_for

# Pages that describe a whole framework, organisation or site rather than one fact. (The Guidebook
# is not one of them: it is the framework document that lists every cluster and sub-cluster.)
GENERIC_PAGES = {
    "careertech.org/what-we-do/career-clusters",
    "careertech.org/what-we-do/career-clusters/crosswalks",
}
BLS_WAGE_PAGE = re.compile(r"^https://www\.bls\.gov/(ooh/[a-z-]+/[a-z0-9-]+\.htm|oes/\d{4}/may/oes\d{6}\.htm)$")


def _host_path(url: str):
    parsed = urlparse(url)
    host = parsed.netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    return host, parsed.path.rstrip("/")


def source_kind(url: str) -> str:
    """A short label for where a link points: bls-ooh, bls-oews, advance-cte, onet, ecfr, government or other."""
    host, path = _host_path(url)
    if host == "bls.gov" and path.startswith("/ooh/"):
        return "bls-ooh"
    if host == "bls.gov" and path.startswith("/oes/"):
        return "bls-oews"
    if host.endswith("careertech.org"):
        return "advance-cte"
    if host in ("onetonline.org", "onetcenter.org", "mynextmove.org", "services.onetcenter.org"):
        return "onet"
    if host == "ecfr.gov":
        return "ecfr"
    if host.endswith(".gov") or host.endswith(".mil"):
        return "government"
    return "other"


def is_generic(url: str) -> bool:
    """A site's home page or a framework-wide page: it cannot state a specific fact."""
    host, path = _host_path(url)
    return path == "" or (host + path) in GENERIC_PAGES


def freshness_errors(kind: str, data: Any, lines: Dict, file: str) -> List[KBError]:
    """A cost or minimum age must say the year it was checked; a wage must cite its BLS page."""
    errors = []
    if kind == "credentials" and isinstance(data.get("credentials"), list):
        for i, entry in enumerate(data["credentials"]):
            if not isinstance(entry, dict):
                continue
            for field, checked in (("cost", "cost_checked"), ("min_age", "min_age_checked")):
                if field in entry and checked not in entry:
                    errors.append(KBError(file, line_for(lines, ("credentials", i, field)),
                                          "'%s' has a %s but no '%s' (the year someone last checked it on the "
                                          "issuer's page, like 2025)" % (entry.get("id"), field.replace("_", " "),
                                                                          checked)))
    if kind == "cluster" and isinstance(data.get("cluster"), dict):
        for i, sub in enumerate(data["cluster"].get("sub_clusters") or ()):
            for j, occupation in enumerate((sub or {}).get("occupations") or ()):
                wage = (occupation or {}).get("median_wage")
                source = wage.get("source") if isinstance(wage, dict) else None
                if isinstance(source, str) and not BLS_WAGE_PAGE.match(source):
                    path = ("cluster", "sub_clusters", i, "occupations", j, "median_wage", "source")
                    errors.append(KBError(file, line_for(lines, path),
                                          "the median wage of '%s' must cite the BLS page that states it "
                                          "(https://www.bls.gov/ooh/... or https://www.bls.gov/oes/YYYY/may/"
                                          "oesNNNNNN.htm)" % occupation.get("title")))
    return errors


def _entries(kb) -> Iterable:
    """(label, sources) for every entry that carries its own sources."""
    tables = (("grouping", kb.groupings), ("cluster", kb.clusters), ("sub_cluster", kb.sub_clusters),
              ("pathway", kb.pathways), ("credential", kb.credentials),
              ("work_based_learning", kb.work_based_learning), ("dual_enrollment_topic", kb.dual_enrollment_topics),
              ("old_cluster", kb.crosswalk))
    for kind, table in tables:
        for item_id in sorted(table):
            yield "%s:%s" % (kind, item_id), table[item_id].sources
    if kb.framework:
        yield "framework", kb.framework.sources
        for topic in kb.framework.concepts:
            yield "framework_concept:%s" % topic.id, topic.sources


def report(kb) -> Dict[str, Any]:
    """Sources per kind, wage years, wages without a source and entries citing only general pages."""
    kinds: Counter = Counter()
    generic = []
    for label, sources in _entries(kb):
        for url in sources:
            kinds[source_kind(url)] += 1
        # A cluster or sub-cluster also cites BLS/O*NET pages for its jobs; what states that the
        # (sub-)cluster exists, and its name, is the framework page, so judge those links.
        judged = ([u for u in sources if source_kind(u) == "advance-cte"] or sources
                  if label.startswith(("cluster:", "sub_cluster:")) else sources)
        if judged and all(is_generic(url) for url in judged):
            generic.append(label)
    years: Counter = Counter()
    unsourced = []
    for occupation_id in sorted(kb.occupations):
        wage = kb.occupations[occupation_id].median_wage
        if wage is None:
            continue
        kinds[source_kind(wage.source) if wage.source else "none"] += 1
        years[str(wage.year)] += 1
        if not wage.source:
            unsourced.append("occupation:%s" % occupation_id)
    for course_owner in sorted(kb.pathways):
        for course in kb.pathways[course_owner].courses:
            for example in getattr(course, "state_examples", ()):
                kinds[source_kind(example.source)] += 1
    return {
        "sources": dict(sorted(kinds.items())),
        "wage_years": dict(sorted(years.items())),
        "wages": sum(years.values()),
        "wages_without_source": unsourced,
        "generic_sources": generic,
        "checked_years": dict(sorted(Counter(
            str(year) for c in kb.credentials.values()
            for year in (getattr(c, "cost_checked", None), getattr(c, "min_age_checked", None)) if year).items())),
    }
