"""Career-exploration bot core: knowledge base, matching, safety, summaries."""
