"""The one place that talks to PyYAML: C loader and dumper when present,
safe loading only, and block style for long strings so deck diffs stay readable.
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    SafeLoader: type = yaml.CSafeLoader
    SafeDumper: type = yaml.CSafeDumper
except AttributeError:  # PyYAML built without libyaml
    SafeLoader = yaml.SafeLoader
    SafeDumper = yaml.SafeDumper

YAMLError = yaml.YAMLError

# Strings longer than this are written as folded blocks (`>-`), one sentence
# change then shows as a one-line diff instead of a rewrapped quoted line.
BLOCK_THRESHOLD = 80


class _DeckDumper(SafeDumper):  # type: ignore[misc, valid-type]
    pass


def _represent_str(dumper: yaml.Dumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if len(value) > BLOCK_THRESHOLD and value == value.strip() and "  " not in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_DeckDumper.add_representer(str, _represent_str)


def load(text: str) -> Any:
    """Parse YAML with the safe loader; unsafe tags raise yaml.YAMLError."""
    return yaml.load(text, Loader=SafeLoader)


def compose(text: str) -> yaml.Node | None:
    """Parse YAML into nodes (with line marks) without constructing values."""
    return yaml.compose(text, Loader=SafeLoader)


def dump(data: Any) -> str:
    """Deterministic YAML text: keys in insertion order, block style for long text."""
    return yaml.dump(
        data,
        Dumper=_DeckDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
        indent=2,
    )
