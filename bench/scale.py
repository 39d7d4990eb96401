"""Generation at scale: wall time, articles/s and peak memory, one process vs workers vs Dask.

    python bench/scale.py [--sizes 1 100 1000] [--modes one jobs2 dask2]

Replicates the corpus (../shared/corpus/NN-*.txt, never RESERVED.txt) under new names in
a temporary directory up to each size, runs `trainer generate DIR -o X.deck.yaml` in a
fresh process per mode, and samples the resident memory of the command and every process
it started (workers, Dask scheduler and nannies) every 0.1 s: "peak MiB" is the largest
sum seen. Each row's "x one" is its wall time against the one-process run of the same
size, measured in the same run. The decks of every mode are compared: they must be equal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
MODES = {
    "one": ("one process", []),
    "jobs2": ("--jobs 2", ["--jobs", "2"]),
    "dask2": ("--cluster local (2 workers)", ["--cluster", "local", "--jobs", "2"]),
}
SAMPLE_SECONDS = 0.1


def replicate(corpus: list[Path], size: int, into: Path) -> Path:
    """`size` article files made of the corpus pages, copy after copy, under new names."""
    folder = into / f"articles-{size}"
    folder.mkdir()
    for i in range(size):
        page = corpus[i % len(corpus)]
        shutil.copy(page, folder / f"{i:06d}-{page.name}")
    return folder


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))  # field 4: ppid
        rss[int(entry)] = int(fields[21]) * page  # field 24: rss in pages
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo += children.get(current, [])
    return total


def run(folder: Path, out: Path, options: list[str]) -> tuple[float, int]:
    """Wall seconds and peak tree memory of one `trainer generate` run."""
    command = [
        sys.executable,
        "-m",
        "trainer",
        "generate",
        str(folder),
        "-o",
        str(out),
        "--id",
        "bench",
    ]
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command + options)} failed:\n{process.stderr.read()}")
    return wall, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    args = parser.parse_args()
    corpus = sorted(CORPUS.glob("[0-9][0-9]-*.txt"))
    if not corpus:
        raise SystemExit(f"no corpus at {CORPUS}")

    print(f"{os.cpu_count()} cores; corpus of {len(corpus)} pages replicated")
    print("| articles | mode | wall s | articles/s | peak MiB | x one |")
    print("|---:|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as temp:
        for size in args.sizes:
            folder = replicate(corpus, size, Path(temp))
            decks: dict[str, bytes] = {}
            first_wall = None
            for mode in args.modes:
                label, options = MODES[mode]
                out = Path(temp) / f"{mode}-{size}.deck.yaml"
                wall, peak = run(folder, out, options)
                decks[mode] = out.read_bytes()
                first_wall = first_wall or wall
                print(
                    f"| {size} | {label} | {wall:.1f} | {size / wall:.2f} | "
                    f"{peak / 2**20:.0f} | {wall / first_wall:.2f} |",
                    flush=True,
                )
            if len(set(decks.values())) != 1:
                print(f"DECKS DIFFER at {size} articles: {sorted(decks)}")
                return 1
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
