"""The one place that talks to PyYAML: C loader and dumper when present,
safe loading only, and block style for long strings so deck diffs stay readable.

Both loaders refuse a mapping that repeats a key (two `answer:` in a card): PyYAML would
keep the last one silently. The error is a YAMLError marked at the repeated key's line.
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


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A key given twice in one mapping; `problem` is "duplicate key 'answer'"."""


def _duplicate(key: Any, mark: Any) -> DuplicateKeyError:
    return DuplicateKeyError(problem=f"duplicate key {key!r}", problem_mark=mark)


class _StrictLoader(SafeLoader):  # type: ignore[misc]
    """The safe loader, refusing repeated keys (merge keys `<<` may still be overridden)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
                continue
            key = (key_node.tag, key_node.value)
            if key in seen:
                raise _duplicate(key_node.value, key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


# Strings longer than this are written as folded blocks (`>-`), one sentence
# change then shows as a one-line diff instead of a rewrapped quoted line.
BLOCK_THRESHOLD = 80


class _DeckDumper(SafeDumper):  # type: ignore[misc]
    pass


def _represent_str(dumper: yaml.Dumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if len(value) > BLOCK_THRESHOLD and value == value.strip() and "  " not in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_DeckDumper.add_representer(str, _represent_str)


def load(text: str) -> Any:
    """Parse YAML with the safe loader; unsafe tags and repeated keys raise yaml.YAMLError."""
    return yaml.load(text, Loader=_StrictLoader)


class _Unusual(Exception):
    """The fast reader met something only the full loader handles (alias, tag, merge key)."""


_STR_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def load_fast(text: str) -> Any:
    """The same data as `load`, built straight from libyaml's parse events.

    PyYAML's constructor does a Python method call or two per node, so a 10,000-card deck
    took seconds; building dicts and lists from the events is about seven times faster.
    Plain scalars are resolved exactly as the safe loader resolves them (numbers, dates,
    booleans, null). Anything unusual (anchors and aliases, explicit tags, merge keys) goes
    to the full safe loader, which also gives its usual errors. Without libyaml, `load`.
    """
    if not hasattr(yaml, "CBaseLoader"):
        return load(text)
    try:
        return _build(yaml.CBaseLoader(text))
    except _Unusual:
        return load(text)


def _build(parser: Any) -> Any:
    stack: list[Any] = []
    keys: list[Any] = []
    root: Any = None
    mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    while True:
        event = parser.get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is not None or (event.tag not in (None, "!", _STR_TAG)):
                raise _Unusual
            value: Any = event.value
            if not event.style and event.implicit[0]:  # a plain scalar
                value = _resolve_plain(value)
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                raise _Unusual
            value = {} if kind is mapping_start else []
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            keys.pop()
            continue
        elif kind is yaml.AliasEvent:
            raise _Unusual
        elif kind is yaml.StreamEndEvent:
            return root
        else:  # stream and document start and end
            continue
        if not stack:
            root = value
        elif type(stack[-1]) is list:
            stack[-1].append(value)
        elif keys[-1] is _NO_KEY:
            if not isinstance(value, (str, int, float, bool)) and value is not None:
                raise _Unusual  # collections or dates as keys
            if value in stack[-1]:
                raise _duplicate(event.value, event.start_mark)
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = _NO_KEY
        if kind is mapping_start or kind is sequence_start:
            stack.append(value)
            keys.append(_NO_KEY)


_NO_KEY = object()


def _resolve_plain(value: str) -> Any:
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            if tag == _STR_TAG:
                return value
            if tag == _MERGE_TAG:
                raise _Unusual
            node = yaml.ScalarNode(tag, value)
            return _CONSTRUCTOR.construct_object(node, deep=True)
    return value


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
