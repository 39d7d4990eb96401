"""`trainer generate ARTICLE_OR_DIR... -o NAME.deck.yaml`: articles in, a deck out."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.model import Source

if TYPE_CHECKING:
    from trainer.model import Article
    from trainer.pipeline import Generated

# A progress bar is worth showing from this many articles on (and only on a terminal).
PROGRESS_FROM = 5


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="turn articles into a deck of questions",
        description="Read articles (.txt, .md, .html, or directories of them), generate "
        "questions about their quotes, people, dates, numbers, aircraft and places, and write "
        "a deck. An existing deck file is replaced atomically.",
    )
    parser.add_argument("inputs", nargs="+", metavar="ARTICLE_OR_DIR", help="article or folder")
    parser.add_argument(
        "-o", "--output", metavar="NAME.deck.yaml", help="deck file to write (or use --save)"
    )
    parser.add_argument("--id", dest="deck_id", metavar="SLUG", help="deck id (default: NAME)")
    parser.add_argument("--title", metavar="T", help="deck title (default: from the articles)")
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip unreadable articles with a warning instead of stopping",
    )
    add_scale_options(parser)
    parser.set_defaults(run=run)


def add_scale_options(parser: argparse.ArgumentParser) -> None:
    """Where the deck goes (--save) and where the work runs (--jobs, --cluster)."""
    parser.add_argument(
        "--save",
        action="store_true",
        help="save the deck in the data directory's decks/ (the quiz's start screen lists "
        "it); the name is --id, else -o's name, else the title",
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse with N worker processes (worth it for many articles; default 1)",
    )
    parser.add_argument(
        "--cluster",
        metavar="local|tcp://HOST:8786",
        help="parse on a Dask cluster: 'local' starts one here (--jobs workers, at least 2); "
        "an address uses a running scheduler whose workers have trainer installed",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from trainer.articles import ArticleError, article_paths
    from trainer.cli import UserError
    from trainer.deckcache import remember
    from trainer.decks import DECK_SUFFIX, write_deck
    from trainer.model import slugify

    output = Path(args.output) if args.output else None
    if output is None and not args.save:
        raise UserError(f"no output: give -o NAME{DECK_SUFFIX} or --save")
    if output is not None:
        if not output.name.endswith(DECK_SUFFIX) or output.name == DECK_SUFFIX:
            raise UserError(f"{output}: the output must be named NAME{DECK_SUFFIX}")
        check_writable(output)
    deck_id = slugify(args.deck_id) if args.deck_id else None
    if deck_id is None and output is not None:
        deck_id = slugify(output.name[: -len(DECK_SUFFIX)])
    if args.save and deck_id is not None:
        check_writable(saved_deck_path(deck_id))

    paths = article_paths(args.inputs)
    if not args.skip_bad:  # fail fast on a typo, before the slow part
        for path in paths:
            if not path.exists():
                raise ArticleError(f"{path}: no such file")
    if args.save and deck_id is None:
        check_writable(saved_deck_path("untitled"))  # the name comes from the title, later

    articles = read_stream(paths, skip_bad=args.skip_bad)
    generated = _generate(articles, len(paths), args.jobs, args.cluster)
    found = generated.deck.sources  # as read: paths as given
    if not found:
        raise UserError("no readable article: nothing to generate")
    title = args.title or default_title(found, deck_id or found[0].id)
    if deck_id is None:  # --save with neither --id nor -o: named after the title
        deck_id = slugify(title)
    for article_id in generated.empty_articles:
        where = next(s.path for s in found if s.id == article_id)
        warn(f"{where}: nothing quizzable found; no cards from this article")

    targets: list[tuple[Path, Callable[[Source, Path], Source]]] = []
    if output is not None:
        targets.append((output, relative_source))
    if args.save:  # the data directory is not beside the articles: absolute paths
        targets.append((saved_deck_path(deck_id), absolute_source))
    for target, source_of in targets:
        sources = tuple(source_of(s, target.parent) for s in found)
        deck = replace(generated.deck, id=deck_id, title=title, sources=sources)
        write_deck(deck, target)
        remember(deck, target)  # the first quiz on it then loads fast
        kinds = ", ".join(f"{kind} {n}" for kind, n in deck.kinds().items()) or "no cards"
        n = len(deck.sources)
        print(f"wrote {target}: {len(deck.cards)} cards ({kinds}) from {n} article{'s' * (n != 1)}")
    return 0


def read_stream(paths: Sequence[Path], skip_bad: bool) -> Iterator[Article]:
    """The articles one at a time, as the map step asks for them: a thousand articles are
    never all in memory. A bad one stops the run, or with `skip_bad` is warned about."""
    from trainer.articles import ArticleError, read_article

    seen: dict[str, int] = {}
    for path in paths:
        try:
            article = read_article(path)
        except ArticleError as exc:
            if not skip_bad:
                raise
            warn(f"{exc} (skipped)")
            continue
        n = seen.get(article.id, 0)  # two files with the same stem still get distinct ids
        seen[article.id] = n + 1
        yield replace(article, id=f"{article.id}-{n + 1}") if n else article


def saved_deck_path(deck_id: str) -> Path:
    """Where --save puts a deck: the data directory's decks/, which the start screen lists."""
    from trainer.decks import DECK_SUFFIX
    from trainer.paths import data_dir

    decks = data_dir() / "decks"
    try:
        decks.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from trainer.cli import UserError

        raise UserError(f"{decks}: cannot create ({exc.strerror or exc})") from None
    return decks / f"{deck_id}{DECK_SUFFIX}"


def warn(message: str) -> None:
    print(f"trainer: warning: {message}", file=sys.stderr)


def check_writable(output: Path) -> None:
    """Fail before the slow part when the deck could not be written anyway."""
    from trainer.cli import UserError

    directory = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        raise UserError(f"{output}: is a directory")
    if not directory.is_dir():
        raise UserError(f"{output}: directory {directory} does not exist")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise UserError(f"{output}: cannot write (directory {directory} is not writable)")
    # access() says yes to root and knows nothing of /proc or read-only mounts: try it
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UserError(f"{output}: cannot write in {directory} ({exc.strerror or exc})") from None
    os.close(fd)
    os.unlink(probe)


def default_title(articles: Sequence[Article | Source], deck_id: str) -> str:
    titles = [a.title for a in articles if a.title]
    if len(articles) == 1 and titles:
        return str(titles[0])
    if titles:
        more = len(articles) - 1
        return f"{titles[0]} (+{more} more article{'s' * (more != 1)})"
    return deck_id


def absolute_source(article: Article | Source, deck_dir: Path) -> Source:
    """The source with its absolute path (the deck's directory does not matter)."""
    source = article if isinstance(article, Source) else article.to_source()
    if not source.path:
        return source
    return replace(source, path=Path(source.path).resolve().as_posix())


def relative_source(article: Article | Source, deck_dir: Path) -> Source:
    """The source with its path relative to the deck file's directory."""
    source = article if isinstance(article, Source) else article.to_source()
    if not source.path:
        return source
    path = Path(source.path).resolve()
    base = deck_dir.resolve() if str(deck_dir) else Path.cwd()
    return replace(source, path=Path(os.path.relpath(path, base)).as_posix())


def _generate(articles: Iterable[Article], count: int, jobs: int, cluster: str | None) -> Generated:
    """The deck's cards and the articles' sources (id and title are the caller's)."""
    from trainer.cli import UserError
    from trainer.nlp import PipelineMissing, load_pipeline
    from trainer.pipeline import build_deck
    from trainer.workers import WorkerFailed

    try:
        # worker processes and cluster workers load their own pipeline
        nlp = load_pipeline() if jobs == 1 and cluster is None else None
        options: dict[str, Any] = {"nlp": nlp, "jobs": jobs, "cluster": cluster}
        with _stopped_cleanly_by_sigterm():
            if sys.stdout.isatty():
                return _with_progress(articles, count, options)
            return build_deck(articles, "deck", "", **options)
    except (PipelineMissing, WorkerFailed) as exc:
        raise UserError(str(exc)) from None


def _with_progress(articles: Iterable[Article], count: int, options: dict[str, Any]) -> Generated:
    """A bar per article, and one per part of a long article (when parsed here). Shown
    from PROGRESS_FROM articles on, or as soon as a long article is being parsed."""
    from rich.progress import Progress

    from trainer.pipeline import build_deck

    with Progress(transient=True, disable=False) as progress:
        task = progress.add_task(
            "Generating questions", total=count, visible=count >= PROGRESS_FROM
        )
        parts = progress.add_task("", total=None, visible=False)

        def on_part(article: Article, done: int, total: int) -> None:
            name = Path(article.path).name if article.path else article.id
            progress.update(parts, description=f"  {name}", completed=done, total=total)
            progress.update(parts, visible=done < total)
            progress.update(task, visible=True)

        return build_deck(
            articles,
            "deck",
            "",
            on_article=lambda _found: progress.advance(task),
            on_part=on_part,
            **options,
        )


@contextlib.contextmanager
def _stopped_cleanly_by_sigterm() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl+C (workers are stopped, no temporary file is left)."""

    def stop(signum: int, frame: object) -> None:
        print("trainer: terminated", file=sys.stderr)
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
