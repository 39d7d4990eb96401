"""Opening the review history: fast for a big file (the full check only after a crash, or on
`trainer check --history`), damage still reported in one line when it is met, a read-only
data directory said as such, and `trainer stats` never creating the history."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.review_support import T0, answer, card, store_in
from tests.test_cli import run_cli
from trainer.decks import write_deck
from trainer.review import schema
from trainer.review.schema import HISTORY_FILE, StoreError
from trainer.review.store import ReviewStore

BIG_REPLY = "x" * 20_000  # 300 reviews: a 6 MB history, above schema.FULL_CHECK_BELOW


def big_history(directory: Path) -> Path:
    with store_in(directory) as store:
        for i in range(300):
            store.record(answer(card(f"c{i % 20}"), T0 + timedelta(minutes=i), reply=BIG_REPLY), 3)
    path = directory / HISTORY_FILE
    assert path.stat().st_size > schema.FULL_CHECK_BELOW
    return path


def first_page(path: Path, name: str, kind: str) -> int:
    db = sqlite3.connect(path)
    try:
        (page,) = db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY path LIMIT 1",
            (name, kind),
        ).fetchone()
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a page with")
    finally:
        db.close()
    return int(page)


def root_page(path: Path, name: str) -> int:
    db = sqlite3.connect(path)
    (page,) = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    db.close()
    return int(page)


def damage_page(path: Path, page: int) -> None:
    with sqlite3.connect(path) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * 64)  # the b-tree page header


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_big_history_opens_without_reading_it_all_and_damage_is_found_when_met(
    data_dir: Path,
):
    """Damage in the indexes, which opening does not read: the file opens (no full check), the
    first query that meets the damage gives the one-line corrupt message, and
    `trainer check --history` (the full check) finds it too. Nothing is written."""
    history = big_history(data_dir)
    for index in ("reviews_card", "reviews_deck_time", "cards_first_review"):
        damage_page(history, root_page(history, index))
    before = digest(history)
    ReviewStore.open(history).close()  # quick: header, marker, schema

    deck = tmp_deck(data_dir, "d1")
    result = run_cli("stats", str(deck))
    assert result.returncode == 1, result.stdout
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {history}: the review history is corrupt (")
    assert f"mv '{history}' '{history}.bad'" in line

    result = run_cli("review", str(deck))
    assert result.returncode == 1, result.stdout
    assert result.stderr == f"trainer: {line.removeprefix('trainer: ')}\n"

    result = run_cli("check", "--history")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {history}: the review history is corrupt (")
    assert digest(history) == before


def tmp_deck(directory: Path, deck_id: str) -> Path:
    from tests.review_support import deck
    from trainer.model import Source

    made = deck(deck_id, *(card(f"c{i}") for i in range(20)))
    made = type(made)(id=made.id, title=made.title, sources=(Source(id="src"),), cards=made.cards)
    path = directory.parent / f"{directory.name}-{deck_id}.deck.yaml"
    write_deck(made, path)
    return path


CRASH = """
import os, sys
from datetime import timedelta
from pathlib import Path
from tests.review_support import T0, answer, card, store_in

store = store_in(Path(sys.argv[1]))
store.record(answer(card("late"), T0 + timedelta(days=1)), 3)
os._exit(0)  # a crash: the WAL is left behind, never checkpointed
"""


def test_after_a_crash_the_whole_file_is_checked_at_open(data_dir: Path):
    history = big_history(data_dir)
    leaf = first_page(history, "reviews", "leaf")  # not read by opening, nor by the crash
    subprocess.run([sys.executable, "-c", CRASH, str(data_dir)], cwd=REPO, check=True)
    assert (data_dir / f"{HISTORY_FILE}-wal").stat().st_size > 0
    assert schema.crashed(history)
    damage_page(history, leaf)
    with pytest.raises(StoreError, match="the review history is corrupt"):
        ReviewStore.open(history)


def test_a_wal_of_a_running_quiz_is_no_crash(data_dir: Path):
    history = big_history(data_dir)
    with store_in(data_dir) as store:  # the other "process": a connection holding the WAL
        store.record(answer(card("now"), T0 + timedelta(days=2)), 3)
        assert (data_dir / f"{HISTORY_FILE}-wal").exists()
        code = "import sys; from pathlib import Path; from trainer.review import schema; "
        code += "print(schema.crashed(Path(sys.argv[1])))"
        result = subprocess.run(
            [sys.executable, "-c", code, str(history)], capture_output=True, text=True, cwd=REPO
        )
        assert result.stdout.strip() == ("False" if sys.platform == "linux" else "True")


def test_a_truncated_history_is_refused_at_open(data_dir: Path):
    history = big_history(data_dir)
    with history.open("r+b") as handle:
        handle.truncate(history.stat().st_size // 2)
    with pytest.raises(StoreError, match=r"is corrupt \(truncated: "):
        ReviewStore.open(history)


def test_check_history_of_a_healthy_history_says_ok(data_dir: Path):
    store_in(data_dir).close()
    result = run_cli("check", "--history")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ok {data_dir / HISTORY_FILE}: 0 reviews of 0 cards\n"


# -- stats reads, never writes -----------------------------------------------------


def test_stats_does_not_create_the_history(data_dir: Path):
    deck = tmp_deck(data_dir, "d1")
    result = run_cli("stats", str(deck))
    assert result.returncode == 0, result.stderr
    assert "Cards" in result.stdout
    assert not (data_dir / HISTORY_FILE).exists()


def test_stats_of_an_old_version_history_upgrades_nothing_on_disk(data_dir: Path):
    from tests.test_review_store import make_v1

    make_v1(data_dir / HISTORY_FILE)
    before = digest(data_dir / HISTORY_FILE)
    result = run_cli("stats", "--json")
    assert result.returncode == 0, result.stderr
    assert digest(data_dir / HISTORY_FILE) == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(HISTORY_FILE)) == [
        HISTORY_FILE
    ]


# -- a read-only data directory (a real read-only mount) --------------------------

READ_ONLY = """
set -e
mount -t tmpfs none "$TRAINER_DATA_DIR"
cp -a "$1"/. "$TRAINER_DATA_DIR"/
mount -o remount,ro "$TRAINER_DATA_DIR"
shift
set +e
"$@"
"""


def unshare_prefix() -> list[str]:
    """A private mount namespace, so the mount vanishes with the process (root, or a user
    namespace where the kernel allows one)."""
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) to mount a read-only directory with")
    for prefix in (["unshare", "-m"], ["unshare", "-rm"]):
        probe = subprocess.run(
            [*prefix, "sh", "-c", "mount -t tmpfs none /mnt 2>/dev/null || exit 1"],
            capture_output=True,
        )
        if probe.returncode == 0:
            return prefix
    pytest.skip("cannot mount a read-only tmpfs here (no root, no user namespaces)")


def run_read_only(
    contents: Path, mount_point: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    import os
    import shutil

    exe = shutil.which("trainer")
    command = [exe] if exe else [sys.executable, "-m", "trainer"]
    return subprocess.run(
        [*unshare_prefix(), "sh", "-c", READ_ONLY, "sh", str(contents), *command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TRAINER_DATA_DIR": str(mount_point)},
    )


@pytest.fixture
def mount_point(tmp_path: Path) -> Path:
    point = tmp_path / "ro"
    point.mkdir()
    return point


def test_stats_reads_a_history_on_a_read_only_mount(data_dir: Path, mount_point: Path):
    deck = tmp_deck(data_dir, "d1")
    with store_in(data_dir) as store:
        for i in range(3):
            store.record(answer(card(f"c{i}"), T0 + timedelta(minutes=i)), 3)
    result = run_read_only(data_dir, mount_point, "stats", "--json", str(deck))
    assert result.returncode == 0, result.stderr
    import json

    (figures,) = json.loads(result.stdout)["decks"]
    assert figures["reviews"] == 3


def test_stats_on_an_empty_read_only_mount_shows_no_reviews(data_dir: Path, mount_point: Path):
    deck = tmp_deck(data_dir, "d1")
    empty = data_dir / "empty"
    empty.mkdir()
    result = run_read_only(empty, mount_point, "stats", "--json", str(deck))
    assert result.returncode == 0, result.stderr
    assert '"reviews": 0' in result.stdout


@pytest.mark.parametrize("command", ["review", "quiz"])
def test_recording_on_a_read_only_mount_says_read_only(
    data_dir: Path, mount_point: Path, command: str
):
    deck = tmp_deck(data_dir, "d1")
    store_in(data_dir).close()
    result = run_read_only(data_dir, mount_point, command, str(deck))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trainer: {mount_point}: the data directory is read-only")
    assert "corrupt" not in line and "move it aside" not in line
