"""`trainer export` through its entry point: files written, exit codes, one-line errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests import anki_helpers
from tests.anki_helpers import import_package
from tests.conftest import DEFAULT_DECK
from tests.test_anki import sample_deck
from trainer.cli import main
from trainer.decks import load_deck, write_deck

col = anki_helpers.col  # a fresh Anki collection (fixture)


def run_export(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("trainer")
    command = [exe] if exe else [sys.executable, "-m", "trainer"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run(
        [*command, "export", *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


def previous_package(path: Path) -> bytes:
    """An earlier export's stand-in: a zip with an Anki collection inside."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("collection.anki2", b"SQLite format 3\x00")
        package.writestr("media", "{}")
    return path.read_bytes()


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "test-deck.deck.yaml"
    path.parent.mkdir()
    write_deck(sample_deck(), path)
    return path


def test_export_without_arguments_writes_the_bundled_deck_here(tmp_path: Path, col):
    result = run_export(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    deck = load_deck(DEFAULT_DECK)
    output = tmp_path / f"{deck.id}.apkg"
    assert listing(tmp_path) == [output.name]
    assert result.stdout.splitlines() == [
        f"{len(deck.cards)} notes  trainer::{deck.title}",
        f"wrote {output.name}: {len(deck.cards)} notes in 1 deck",
    ]
    log = import_package(col, output)
    assert len(log.new) == len(deck.cards) == col.note_count() == col.card_count()


def test_export_several_decks_with_output_and_parent(tmp_path: Path, deck_file: Path, col):
    out = tmp_path / "out" / "mine.apkg"
    out.parent.mkdir()
    result = run_export(
        str(deck_file), str(DEFAULT_DECK), "-o", str(out), "--parent", "News", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    default = load_deck(DEFAULT_DECK)
    width = len(str(len(default.cards)))
    assert result.stdout.splitlines() == [
        f"{4:>{width}} notes  News::Test deck, 17 Nov",
        f"{len(default.cards)} notes  News::{default.title}",
        f"wrote {out}: {4 + len(default.cards)} notes in 2 decks",
    ]
    assert listing(out.parent) == ["mine.apkg"]
    import_package(col, out)
    assert col.note_count() == 4 + len(default.cards)
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"News", "News::Test deck, 17 Nov", f"News::{default.title}"} <= names


def test_several_decks_default_to_the_parent_name(tmp_path: Path, deck_file: Path):
    result = run_export(str(deck_file), str(DEFAULT_DECK), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "trainer.apkg" in listing(tmp_path)


def test_invalid_deck_writes_nothing(tmp_path: Path, deck_file: Path):
    bad = tmp_path / "bad.deck.yaml"
    bad.write_text(
        deck_file.read_text(encoding="utf-8").replace("kind: date", "kind: dat"), encoding="utf-8"
    )
    before = listing(tmp_path)
    result = run_export(str(deck_file), str(bad), "-o", "out.apkg", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"trainer: {bad}:") and "unknown kind 'dat'" in lines[0]
    assert lines[-1] == "trainer: nothing written"
    assert "Traceback" not in result.stderr
    assert listing(tmp_path) == before


def test_missing_deck_file(tmp_path: Path):
    result = run_export("nope.deck.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "trainer: nope.deck.yaml: no such deck file",
        "trainer: nothing written",
    ]
    assert listing(tmp_path) == []


def test_missing_output_directory(tmp_path: Path, deck_file: Path):
    result = run_export(str(deck_file), "-o", "missing/out.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "trainer: missing/out.apkg: directory missing does not exist\n"
    assert not (tmp_path / "missing").exists()


def test_output_directory_is_a_file(tmp_path: Path, deck_file: Path):
    (tmp_path / "file").write_text("x")
    result = run_export(str(deck_file), "-o", "file/out.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "trainer: file/out.apkg: file is not a directory\n"


def test_output_is_a_directory(tmp_path: Path, deck_file: Path):
    (tmp_path / "out.apkg").mkdir()
    result = run_export(str(deck_file), "-o", "out.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "trainer: out.apkg: is a directory\n"
    assert listing(tmp_path / "out.apkg") == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_output_directory(tmp_path: Path, deck_file: Path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run_export(str(deck_file), "-o", "locked/out.apkg", cwd=tmp_path)
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    assert result.stderr == "trainer: locked/out.apkg: cannot write (Permission denied)\n"
    assert listing(locked) == []


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs a read-only /sys")
def test_read_only_output_directory(tmp_path: Path, deck_file: Path):
    """Even root cannot create files in /sys: the kernel refuses, we say so in one line."""
    result = run_export(str(deck_file), "-o", "/sys/out.apkg", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("trainer: /sys/out.apkg: cannot write (")
    assert len(result.stderr.splitlines()) == 1


def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, deck_file: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    out = tmp_path / "out.apkg"
    previous = previous_package(out)

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["export", str(deck_file), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"trainer: {out}: cannot write (No space left on device)\n"
    assert listing(tmp_path) == ["decks", "out.apkg"]  # no temporary file left behind
    assert out.read_bytes() == previous


def test_existing_output_is_replaced_whole(tmp_path: Path, deck_file: Path, col):
    out = tmp_path / "out.apkg"
    previous_package(out)
    inode = out.stat().st_ino
    result = run_export(str(deck_file), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_ino != inode  # renamed into place, not rewritten in place
    assert zipfile.is_zipfile(out)
    assert listing(tmp_path) == ["decks", "out.apkg"]
    import_package(col, out)
    assert col.note_count() == len(sample_deck().cards)


def test_two_decks_with_the_same_id_are_refused(tmp_path: Path, deck_file: Path):
    copy = tmp_path / "copy.deck.yaml"
    copy.write_text(deck_file.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_export(str(deck_file), str(copy), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"trainer: {copy}: deck id 'test-deck' is also the id of {deck_file}; "
        "each deck in one package needs its own id\n"
    )
    assert listing(tmp_path) == ["copy.deck.yaml", "decks"]


def test_export_help_loads_nothing_heavy():
    code = (
        "import sys\nfrom trainer.cli import main\n"
        "try:\n    main(['export', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('heavy:', sorted(m for m in ('genanki', 'anki', 'spacy', 'textual') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "usage: trainer export" in result.stdout
    assert "heavy: []" in result.stdout


def test_package_gets_ordinary_file_permissions(tmp_path: Path, deck_file: Path):
    """Not mkstemp's private 0600: a new file follows the umask, a replaced one keeps its mode."""
    umask = os.umask(0o022)
    os.umask(umask)
    result = run_export(str(deck_file), "-o", "new.apkg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new.apkg").stat().st_mode & 0o777 == 0o666 & ~umask
    old = tmp_path / "old.apkg"
    previous_package(old)
    old.chmod(0o640)
    result = run_export(str(deck_file), "-o", "old.apkg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert old.stat().st_mode & 0o777 == 0o640


# -- the output is a package, never a deck or another file ----------------------


def test_exporting_a_deck_onto_itself_is_refused(tmp_path: Path, deck_file: Path):
    before = deck_file.read_bytes()
    result = run_export(str(deck_file), "-o", str(deck_file), cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {deck_file}: ") and "nothing written" in line
    assert deck_file.read_bytes() == before
    assert listing(deck_file.parent) == [deck_file.name]


@pytest.mark.parametrize("name", ["other.deck.yaml", "notes.yaml", "out.zip", "out.txt"])
def test_an_output_that_is_not_an_apkg_name_is_refused(tmp_path: Path, deck_file: Path, name: str):
    result = run_export(str(deck_file), "-o", name, cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {name}: ") and "nothing written" in line
    assert listing(tmp_path) == ["decks"]


def test_an_output_without_a_suffix_gets_apkg(tmp_path: Path, deck_file: Path, col):
    result = run_export(str(deck_file), "-o", "mine", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert listing(tmp_path) == ["decks", "mine.apkg"]
    assert result.stdout.splitlines()[-1].startswith("wrote mine.apkg: ")
    import_package(col, tmp_path / "mine.apkg")
    assert col.note_count() == len(sample_deck().cards)


def test_a_file_that_is_not_a_package_is_kept_unless_forced(tmp_path: Path, deck_file: Path):
    out = tmp_path / "notes.apkg"
    out.write_text("my notes, not a package\n")
    result = run_export(str(deck_file), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"trainer: {out}: exists and is not an Anki package; nothing written "
        "(--force replaces it)\n"
    )
    assert out.read_text() == "my notes, not a package\n"
    result = run_export(str(deck_file), "-o", str(out), "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(out)
