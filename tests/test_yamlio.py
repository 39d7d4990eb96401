"""The fast YAML reader gives exactly what the safe loader gives, or the same error."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import DEFAULT_DECK, SAMPLE_DECK
from trainer import yamlio

SNIPPETS = [
    "a: 1\nb: [x, 'y', 2015-11-17, ~, true, 1.5, '1', null, 0o10, 0x1F, .inf, -3]\nc: {d: e}\n",
    "- a\n- - b\n  - c\n- {}\n- []\n",
    "",
    "plain words",
    "k: |\n  multi\n  line\n",
    "k: >-\n  folded\n  line\n",
    "&a x: *a\n",
    "a: &x 1\nb: *x\n",
    "<<: {a: 1}\nb: 2\n",
    "a: !!str 12\n",
    "a: 2015-11-17T10:00:00Z\n",
    "2015-11-17: a date as a key\n",
    "a: yes\nb: No\nc: on\nd: 'yes'\n",
    "a:\nb:\n",
    "1: x\n2.5: y\n",
    '"quoted: key": "v"\n',
]

BAD = [
    "!!python/object/apply:os.system ['touch pwned']\n",
    "? [a]\n: b\n",
    "a: b: c\n",
    "a: 'unclosed\n",
    "a: *nowhere\n",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_same_data_as_the_safe_loader(text: str):
    fast = yamlio.load_fast(text)
    assert fast == yamlio.load(text)
    assert type(fast) is type(yamlio.load(text))


@pytest.mark.parametrize("text", BAD)
def test_same_error_as_the_safe_loader(text: str):
    with pytest.raises(yaml.YAMLError) as safe:
        yamlio.load(text)
    with pytest.raises(yaml.YAMLError) as fast:
        yamlio.load_fast(text)
    assert type(fast.value) is type(safe.value)
    assert str(fast.value) == str(safe.value)


@pytest.mark.parametrize("path", [DEFAULT_DECK, SAMPLE_DECK])
def test_decks_read_the_same(path):
    text = path.read_text(encoding="utf-8")
    assert yamlio.load_fast(text) == yamlio.load(text)


# -- a key given twice -------------------------------------------------------------

TWICE = "cards:\n- id: a\n  answer: one\n  question: q\n  answer: two\n"


@pytest.mark.parametrize("loader", [yamlio.load, yamlio.load_fast])
def test_a_repeated_key_is_refused_at_its_line(loader):
    with pytest.raises(yamlio.YAMLError) as info:
        loader(TWICE)
    assert info.value.problem == "duplicate key 'answer'"
    assert info.value.problem_mark.line + 1 == 5


@pytest.mark.parametrize("loader", [yamlio.load, yamlio.load_fast])
def test_the_same_key_in_two_mappings_is_fine(loader):
    assert loader("a: {x: 1}\nb: {x: 2}\n") == {"a": {"x": 1}, "b": {"x": 2}}


def test_a_merge_key_may_still_be_overridden():
    text = "base: &b {x: 1, y: 2}\nthing:\n  <<: *b\n  x: 3\n"
    assert yamlio.load_fast(text)["thing"] == {"x": 3, "y": 2}


def test_check_names_the_file_and_line_of_a_repeated_key(tmp_path):
    from tests.conftest import SAMPLE_DECK
    from tests.test_cli import run_cli

    lines = SAMPLE_DECK.read_text(encoding="utf-8").splitlines(keepends=True)
    i = next(n for n, line in enumerate(lines) if line.startswith("  answer:"))
    lines.insert(i + 1, "  answer: Someone Else\n")
    path = tmp_path / "twice.deck.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert result.stderr == f"trainer: {path}:{i + 2}: duplicate key 'answer'\n"
