"""Deck <-> YAML: safe loading, the schema, validation with line numbers, atomic writing.

The format is documented in docs/deck-format.md. Validation works on the plain
loaded data (fast, C loader); only when something is wrong is the file composed
a second time to find the line of each problem.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from trainer.fileio import atomic_write_text
from trainer.model import CARD_KINDS, FORMAT_VERSION, Card, Deck, Source

DECK_SUFFIX = ".deck.yaml"

CARD_REQUIRED = ("id", "kind", "question", "answer", "source", "evidence")
CARD_OPTIONAL = ("answer_value", "accept", "choices", "tags")
SOURCE_FIELDS = ("id", "title", "outlet", "author", "published", "url", "path")
TOP_REQUIRED = ("format", "id", "title", "sources", "cards")

# A deck path inside a problem: ("cards", 3, "answer") is the answer of the fourth card.
DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    path: DataPath
    message: str


class DeckError(Exception):
    """A deck that cannot be used; `lines` holds one `file:line: message` per problem."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


# -- loading -----------------------------------------------------------------


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """Read, validate and build a deck; raise DeckError listing every problem."""
    return deck_from_bytes(read_deck_bytes(path), path)


def read_deck_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a deck file, or a one-line DeckError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DeckError([f"{path}: no such deck file"]) from None
    except IsADirectoryError:
        raise DeckError([f"{path}: is a directory, not a deck file"]) from None
    except OSError as exc:
        raise DeckError([f"{path}: cannot read ({exc.strerror or exc})"]) from None
    return raw


def deck_from_bytes(raw: bytes, path: str | os.PathLike[str]) -> Deck:
    """Decode, parse, validate and build a deck read from `path`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DeckError([f"{path}:{line}: not UTF-8 text"]) from None
    return parse_deck(text, str(path))


def load_decks(paths: Iterable[str | os.PathLike[str]]) -> list[Deck]:
    """Load several decks; raise one DeckError listing the problems of all of them."""
    decks: list[Deck] = []
    errors: list[str] = []
    for path in paths:
        try:
            decks.append(load_deck(path))
        except DeckError as exc:
            errors.extend(exc.lines)
    if errors:
        raise DeckError(errors)
    return decks


def parse_deck(text: str, filename: str = "<deck>") -> Deck:
    from trainer import yamlio  # PyYAML takes 0.1 s to import: a cached deck never needs it

    try:
        data = yamlio.load_fast(text)
    except yamlio.YAMLError as exc:
        raise DeckError([_yaml_problem(exc, filename)]) from None
    problems = validate(data)
    if problems:
        locate = _line_finder(text)
        raise DeckError([f"{filename}:{locate(p.path)}: {p.message}" for p in problems])
    return _build(data, filename)


def problem_lines(path: str | os.PathLike[str], problems: list[Problem]) -> list[str]:
    """`file:line: message` for problems found in a deck already loaded (from the cache)."""
    try:
        locate = _line_finder(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return [f"{path}: {p.message}" for p in problems]
    return [f"{path}:{locate(p.path)}: {p.message}" for p in problems]


def deck_from_data(data: Any, filename: str = "<deck>", validated: bool = False) -> Deck:
    """A deck from data already parsed (a cache); problems carry no line numbers.
    `validated`: the data passed `validate` before (a cache keyed on the file's content)."""
    problems = [] if validated else validate(data)
    if problems:
        raise DeckError([f"{filename}: {p.message}" for p in problems])
    return _build(data, filename)


def _yaml_problem(exc: yaml.YAMLError, filename: str) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f"{filename}:{mark.line + 1}" if mark is not None else filename
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    tag = re.search(r"tag '([^']*)'", problem)
    if "constructor" in problem and tag:
        name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        problem = f"refused unsafe or unknown YAML tag {name}"
    return f"{where}: {problem}"


def validate(data: Any) -> list[Problem]:
    """Every problem in the loaded data, in file order."""
    if data is None:
        return [Problem((), "empty deck file")]
    if not isinstance(data, dict):
        return [Problem((), "a deck must be a mapping with format, id, title, sources, cards")]
    problems: list[Problem] = []
    version = data.get("format")
    if "format" not in data:
        problems.append(Problem((), "missing required field 'format'"))
    elif version != FORMAT_VERSION:
        problems.append(
            Problem(
                ("format",),
                f"unknown format version {version!r} (this trainer reads format {FORMAT_VERSION})",
            )
        )
        return problems
    for key in TOP_REQUIRED[1:]:
        if key not in data:
            problems.append(Problem((), f"missing required field '{key}'"))
    for key in ("id", "title"):
        if key in data and not _is_text(data[key]):
            problems.append(Problem((key,), f"'{key}' must be a non-empty string"))

    source_ids: set[str] = set()
    sources = data.get("sources", [])
    if not isinstance(sources, list):
        problems.append(Problem(("sources",), "'sources' must be a list"))
        sources = []
    for i, source in enumerate(sources):
        problems += _validate_source(i, source, source_ids)

    cards = data.get("cards", [])
    if not isinstance(cards, list):
        problems.append(Problem(("cards",), "'cards' must be a list"))
        cards = []
    first_seen: dict[str, int] = {}
    for i, card in enumerate(cards):
        problems += _validate_card(i, card, source_ids, first_seen)
    return problems


def _validate_source(i: int, source: Any, seen: set[str]) -> list[Problem]:
    here: DataPath = ("sources", i)
    if not isinstance(source, dict):
        return [Problem(here, "a source must be a mapping")]
    problems = []
    if not _is_text(source.get("id")):
        problems.append(Problem(here, "source is missing required field 'id'"))
    elif source["id"] in seen:
        problems.append(Problem((*here, "id"), f"duplicate source id {source['id']!r}"))
    else:
        seen.add(source["id"])
    for key, value in source.items():
        if key not in SOURCE_FIELDS:
            problems.append(Problem((*here, key), f"unknown source field {key!r}"))
        elif key == "published":
            if value is not None and not isinstance(value, date) and _parse_date(value) is None:
                problems.append(Problem((*here, key), f"'published' is not a date: {value!r}"))
        elif key != "id" and value is not None and not isinstance(value, str):
            problems.append(Problem((*here, key), f"source field '{key}' must be a string"))
    return problems


def _validate_card(
    i: int, card: Any, source_ids: set[str], first_seen: dict[str, int]
) -> list[Problem]:
    here: DataPath = ("cards", i)
    if not isinstance(card, dict):
        return [Problem(here, "a card must be a mapping")]
    problems = []
    label = f"card {card.get('id')!r}" if _is_text(card.get("id")) else f"card {i + 1}"
    for key in CARD_REQUIRED:
        if key not in card or card[key] is None or card[key] == "":
            problems.append(Problem(here, f"{label} is missing required field '{key}'"))
    for key in card:
        if key not in CARD_REQUIRED and key not in CARD_OPTIONAL:
            problems.append(Problem((*here, key), f"{label} has unknown field {key!r}"))
    for key in ("id", "kind", "question", "answer", "evidence", "answer_value"):
        value = card.get(key)
        if value is not None and value != "" and not isinstance(value, str):
            problems.append(Problem((*here, key), f"{label}: '{key}' must be a string"))
    card_id = card.get("id")
    if isinstance(card_id, str) and card_id:
        if card_id in first_seen:
            problems.append(
                Problem(
                    (*here, "id"),
                    f"duplicate card id {card_id!r} (first used by card {first_seen[card_id] + 1})",
                )
            )
        else:
            first_seen[card_id] = i
    kind = card.get("kind")
    if isinstance(kind, str) and kind and kind not in CARD_KINDS:
        problems.append(
            Problem(
                (*here, "kind"), f"{label}: unknown kind {kind!r} (known: {', '.join(CARD_KINDS)})"
            )
        )
    for key in ("accept", "choices", "tags"):
        value = card.get(key)
        if value is not None and not (isinstance(value, list) and all(_is_text(v) for v in value)):
            problems.append(Problem((*here, key), f"{label}: '{key}' must be a list of strings"))
    choices = card.get("choices")
    if isinstance(choices, list) and all(_is_text(c) for c in choices) and choices:
        if len(choices) < 2:
            problems.append(
                Problem((*here, "choices"), f"{label}: choices need at least 2 options")
            )
        duplicates = sorted({c for c in choices if choices.count(c) > 1})
        if duplicates:
            problems.append(
                Problem((*here, "choices"), f"{label}: duplicate choice {duplicates[0]!r}")
            )
        if _is_text(card.get("answer")) and card["answer"] not in choices:
            problems.append(
                Problem(
                    (*here, "choices"),
                    f"{label}: answer {card['answer']!r} is not among its choices",
                )
            )
    source = card.get("source")
    refs = source if isinstance(source, list) else [source]
    if source is not None:
        if not refs or not all(_is_text(r) for r in refs):
            problems.append(
                Problem(
                    (*here, "source"), f"{label}: 'source' must be a source id or a list of them"
                )
            )
        else:
            for ref in refs:
                if ref not in source_ids:
                    problems.append(
                        Problem((*here, "source"), f"{label}: unknown source id {ref!r}")
                    )
    return problems


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _line_finder(text: str) -> Callable[[DataPath], int]:
    """A function from a data path to the 1-based line where that value starts."""
    import yaml

    from trainer import yamlio

    try:
        root = yamlio.compose(text)
    except yaml.YAMLError:
        root = None

    def locate(path: DataPath) -> int:
        node = root
        line = node.start_mark.line + 1 if node is not None else 1
        for step in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == step:
                        child = (
                            value_node
                            if not isinstance(value_node, yaml.ScalarNode) or value_node.value
                            else key_node
                        )
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(step, int)
                and step < len(node.value)
            ):
                child = node.value[step]
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line

    return locate


def _build(data: dict[str, Any], filename: str) -> Deck:
    sources = tuple(
        Source(
            id=s["id"],
            title=s.get("title") or "",
            outlet=s.get("outlet") or "",
            author=s.get("author") or "",
            published=_parse_date(s.get("published")),
            url=s.get("url") or "",
            path=s.get("path") or "",
        )
        for s in data["sources"]
    )
    cards = tuple(
        Card(
            id=c["id"],
            kind=c["kind"],
            question=c["question"],
            answer=c["answer"],
            sources=tuple(c["source"]) if isinstance(c["source"], list) else (c["source"],),
            evidence=c["evidence"],
            accept=tuple(c.get("accept") or ()),
            choices=tuple(c.get("choices") or ()),
            tags=tuple(c.get("tags") or ()),
            answer_value=c.get("answer_value"),
        )
        for c in data["cards"]
    )
    return Deck(id=data["id"], title=data["title"], sources=sources, cards=cards, path=filename)


# -- writing -----------------------------------------------------------------


def deck_to_data(deck: Deck) -> dict[str, Any]:
    return {
        "format": deck.format,
        "id": deck.id,
        "title": deck.title,
        "sources": [_source_data(s) for s in deck.sources],
        "cards": [_card_data(c) for c in deck.cards],
    }


def _source_data(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"id": source.id}
    for key in SOURCE_FIELDS[1:]:
        value = getattr(source, key)
        if value:
            data[key] = value
    return data


def _card_data(card: Card) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": card.id,
        "kind": card.kind,
        "question": card.question,
        "answer": card.answer,
    }
    if card.answer_value:
        data["answer_value"] = card.answer_value
    if card.accept:
        data["accept"] = list(card.accept)
    if card.choices:
        data["choices"] = list(card.choices)
    data["source"] = card.sources[0] if len(card.sources) == 1 else list(card.sources)
    data["evidence"] = card.evidence
    if card.tags:
        data["tags"] = list(card.tags)
    return data


def dump_deck(deck: Deck) -> str:
    """The deck as YAML text: the same deck always gives the same bytes."""
    header = "# trainer deck, format 1: see docs/deck-format.md\n"
    from trainer import yamlio

    return header + yamlio.dump(deck_to_data(deck))


def write_deck(deck: Deck, path: str | os.PathLike[str]) -> None:
    """Validate, then write atomically; an invalid deck is never written."""
    text = dump_deck(deck)
    parse_deck(text, str(path))  # refuse to write what we could not read back
    atomic_write_text(path, text)


def find_decks(directory: str | os.PathLike[str]) -> list[Path]:
    return sorted(p for p in Path(directory).glob(f"*{DECK_SUFFIX}") if p.is_file())
