"""Question generators: one module per card kind, found by discovery.

Every module in this package whose name does not start with "_" is a generator:
it declares `KINDS` (the card kinds it produces) and two functions,
`find(doc, article) -> list[Fact]` and `distractors(fact, pool) -> list[str]`
(the contract is in trainer.model.Fact and trainer.pipeline). A new module is picked
up without editing a registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from trainer.model import Article, Fact


class Generator(Protocol):
    KINDS: tuple[str, ...]

    def find(self, doc: Doc, article: Article) -> list[Fact]: ...

    def distractors(self, fact: Fact, pool: Sequence[Fact]) -> list[str]: ...


def module_names() -> list[str]:
    """Names of the generator modules, sorted, so the order of work never depends on the disk."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def discover() -> list[ModuleType]:
    """Import every generator module; check each declares KINDS, find and distractors."""
    modules = []
    for name in module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        missing = [a for a in ("KINDS", "find", "distractors") if not hasattr(module, a)]
        if missing:
            raise TypeError(f"generator {module.__name__} lacks {', '.join(missing)}")
        modules.append(module)
    return modules
