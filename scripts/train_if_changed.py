"""Trains the Rasa model only when its inputs changed since the last successful training."""
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "careerbot.tar.gz"
STAMP = ROOT / "models" / "careerbot.fingerprint"
# What the trained model is made from. The knowledge base is not among them: knowledge terms are
# found at run time from the live knowledge base and reach the classifier only as placeholders
# of their kind, so a staff edit never needs retraining.
sys.path.insert(0, str(ROOT))
from careerbot.safety.classifier import MODEL_SOURCES  # noqa: E402  (what the safety model's reading depends on)

INPUTS = ["domain.yml", "config.yml", "data", "careerbot/rasa_components.py", "careerbot/kb/kinds.py",
          "careerbot/lexicon", "careerbot/nlp.py", "careerbot/text.py"] + ["careerbot/safety/" + source
                                                                          for source in MODEL_SOURCES]


def fingerprint() -> str:
    digest = hashlib.sha256()
    for entry in INPUTS:
        path = ROOT / entry
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def main() -> int:
    wanted = fingerprint()
    if MODEL.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        print("No changes to training data, domain or config since the last model: "
              "reusing %s." % MODEL.relative_to(ROOT))
        return 0
    print("Training the model (about 6 minutes on 2 cores; the safety model takes most of it)...", flush=True)
    rasa = str(Path(sys.executable).parent / "rasa")
    result = subprocess.run([rasa, "train", "--fixed-model-name", "careerbot", "--out", "models", "--quiet"],
                            cwd=ROOT, env=dict(os.environ))
    if result.returncode != 0:
        print("Training failed (exit code %d)." % result.returncode, file=sys.stderr)
        return result.returncode
    STAMP.write_text(wanted)
    print("Model saved to %s." % MODEL.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
