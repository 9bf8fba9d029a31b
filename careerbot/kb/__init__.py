"""The knowledge base: loading, validation, lookups and live reloading."""
from careerbot.kb.loader import LoadResult, load_knowledge
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.kb.validate import KBError

__all__ = ["KBError", "KnowledgeBase", "LoadResult", "fold", "load_knowledge"]
