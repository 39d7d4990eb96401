"""spaCy's `Doc.text` rebuilds the whole string on every access; inside a per-mention loop
that made generation slower than the parse itself. Generators read it through
`_common.text_of`, which keeps it once per doc."""

from __future__ import annotations

import re
from pathlib import Path

import trainer.generators

GENERATORS = Path(trainer.generators.__file__).parent


def test_generators_read_the_doc_text_once():
    offenders = []
    for path in sorted(GENERATORS.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"\bdoc\.text\b", code) and "def text_of" not in code:
                if path.name == "_common.py" and 'user_data["trainer.text"] = doc.text' in code:
                    continue
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
