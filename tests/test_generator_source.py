"""spaCy's `Doc.text` rebuilds the whole string on every access; inside a per-mention loop
that made generation slower than the parse itself. Extractors and question kinds read it
through `trainer.extract.doc.text_of`, which keeps it once per doc."""

from __future__ import annotations

import re
from pathlib import Path

import trainer.extract
import trainer.questions

SOURCES = [Path(trainer.extract.__file__).parent, Path(trainer.questions.__file__).parent]


def test_generators_read_the_doc_text_once():
    offenders = []
    paths = sorted(p for folder in SOURCES for p in folder.rglob("*.py"))
    assert len(paths) > 10
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"\bdoc\.text\b", code) and "def text_of" not in code:
                if path.name == "doc.py" and "return str(doc.text)" in code:
                    continue
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
