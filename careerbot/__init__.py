"""Career-exploration bot core: knowledge base, matching, safety, summaries."""
import os

# spaCy's thinc imports TensorFlow when it is installed (Rasa brings it); keep its start-up noise out.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
