"""`trainer generate ARTICLE_OR_URL... -o NAME.deck.yaml`: articles in, a deck out.

The command's flow: its options, the checks made before the slow part, the run, the deck
files written. What it prints about the articles and decks is in `_generate_report`."""

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

from trainer.commands._generate_report import (
    undated_warning,
    warn,
    warn_cardless,
    warn_failed,
    wrote,
)
from trainer.model import Source

if TYPE_CHECKING:
    from datetime import date

    from trainer.model import Article
    from trainer.pipeline import Generated
    from trainer.questions.salience import Rule
    from trainer.sources import Inputs

# A progress bar is worth showing from this many articles on (and only on a terminal).
PROGRESS_FROM = 5


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="turn articles into a deck of questions",
        description="Read articles (.txt, .md, .html files, folders, globs, .jsonl and WARC "
        "archives, web pages by URL, RSS and Atom feeds), generate "
        "questions about their quotes, people, dates, numbers, aircraft, weapons, places and "
        "fact-check ratings, and write a deck. An existing deck file is replaced atomically.",
    )
    _add_input_arguments(parser)
    parser.add_argument(
        "-o", "--output", metavar="NAME.deck.yaml", help="deck file to write (or use --save)"
    )
    parser.add_argument(
        "--id",
        dest="deck_id",
        metavar="SLUG",
        help="deck id: lower-case letters, digits and hyphens (default: NAME as a slug)",
    )
    parser.add_argument("--title", metavar="T", help="deck title (default: from the articles)")
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip unreadable articles with a warning instead of stopping",
    )
    add_scale_options(parser)
    add_selection_options(parser)
    parser.set_defaults(run=run)


# Which cards the deck keeps (issue 10; the rule is in docs/salience.md).
def add_selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--max-cards", type=_positive_int, metavar="N", help="keep the N most important cards"
    )
    group.add_argument(
        "--per-1000-words",
        type=_positive_number,
        metavar="X",
        help="keep at most X cards per 1,000 words of each article, the most important first",
    )
    group.add_argument("--all-cards", action="store_true", help="keep every card, however minor")


def selection_rule(args: argparse.Namespace) -> Rule:
    from trainer.questions.salience import Rule

    if getattr(args, "all_cards", False):
        return Rule.everything()
    if getattr(args, "max_cards", None) is not None:
        return Rule(floor=0.0, per_1000_words=None, max_cards=args.max_cards)
    if getattr(args, "per_1000_words", None) is not None:
        return Rule(floor=0.0, base=0, per_1000_words=args.per_1000_words)
    return Rule()


def _positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


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


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Where the articles come from (trainer.sources): files, folders, globs, archives, URLs, feeds."""
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="ARTICLE_OR_URL",
        help="article file, folder, quoted glob ('news/*.html'), .jsonl/.warc/.warc.gz archive, "
        "or http(s) URL of a page",
    )
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL_OR_FILE",
        help="RSS or Atom feed: its new articles (links taken on earlier runs are kept, not "
        "fetched again, and stay in the deck)",
    )
    parser.add_argument(
        "--since",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="with --feed: only entries published on or after this date",
    )
    parser.add_argument(
        "--limit", type=_positive_int, metavar="N", help="with --feed: at most N new entries"
    )
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date of the articles that state none (a text file without front "
        "matter, a page without a date): posts and counts are asked as of it",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_number,
        default=20.0,
        metavar="SECONDS",
        help="give up on a URL after this long (default 20)",
    )


def _read_inputs(args: argparse.Namespace) -> Inputs:
    """The Inputs of this run; .articles() streams them, .remember() after the deck is written."""
    from trainer.errors import UserError
    from trainer.sources import Inputs

    if not args.inputs and not args.feed:
        raise UserError("nothing to read: give article files, folders, URLs or --feed")
    if not args.feed and (args.since or args.limit):
        raise UserError("--since and --limit choose among a feed's entries: give --feed too")
    return Inputs(args.inputs, args.feed, args.since, args.limit, args.timeout)


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def run(args: argparse.Namespace) -> int:
    from trainer.deckcache import remember
    from trainer.decks import DECK_SUFFIX, write_deck
    from trainer.errors import UserError
    from trainer.model import slugify

    output = Path(args.output) if args.output else None
    if output is None and not args.save:
        raise UserError(f"no output: give -o NAME{DECK_SUFFIX} or --save")
    if output is not None:
        if not output.name.endswith(DECK_SUFFIX) or output.name == DECK_SUFFIX:
            raise UserError(f"{output}: the output must be named NAME{DECK_SUFFIX}")
        check_writable(output)
    if args.deck_id and slugify(args.deck_id) != args.deck_id:
        # refused, not rewritten: the id keys the review history, so it is given exactly
        raise UserError(
            f"--id {args.deck_id!r}: a deck id is lower-case letters, digits and hyphens "
            f"(try --id {slugify(args.deck_id)})"
        )
    deck_id: str | None = args.deck_id
    if deck_id is None and output is not None:
        deck_id = slugify(output.name[: -len(DECK_SUFFIX)])
    if args.save:  # a name from the title comes later: probe the folder with a stand-in
        check_writable(saved_deck_path(deck_id or "untitled"))

    inputs = _read_inputs(args)
    count = inputs.check(skip_bad=args.skip_bad)  # a typo fails here, before the slow part
    generated = _generate(
        dated(inputs.articles(skip_bad=args.skip_bad, warn=warn), args.published),
        count,
        args.jobs,
        args.cluster,
        selection_rule(args),
    )
    found = generated.deck.sources  # as read: paths as given
    if not found:
        raise UserError("no readable article: nothing to generate")
    title = args.title or default_title(found, deck_id or found[0].id)
    if deck_id is None:  # --save with neither --id nor -o: named after the title
        deck_id = slugify(title)
    warn_failed(generated, found)
    warn_cardless(generated, found)
    undated = undated_warning(found)
    if undated:
        warn(undated)

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
        print(wrote(deck, target))
    inputs.remember()  # a feed's new articles: kept, and skipped on the next run
    return 0


def dated(articles: Iterable[Article], published: date | None) -> Iterator[Article]:
    """The articles, those that state no publication date given `published` (--published)."""
    for article in articles:
        if published is not None and article.published is None:
            article = replace(article, published=published, dated_from_text=None)
        yield article


def saved_deck_path(deck_id: str) -> Path:
    """Where --save puts a deck: the data directory's decks/, which the start screen lists."""
    from trainer.decks import DECK_SUFFIX
    from trainer.paths import data_dir

    decks = data_dir() / "decks"
    try:
        decks.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from trainer.errors import UserError

        raise UserError(f"{decks}: cannot create ({exc.strerror or exc})") from None
    return decks / f"{deck_id}{DECK_SUFFIX}"


def check_writable(output: Path) -> None:
    """Fail before the slow part when the deck could not be written anyway."""
    from trainer.errors import UserError

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


def _generate(
    articles: Iterable[Article],
    count: int | None,
    jobs: int,
    cluster: str | None,
    rule: Rule | None = None,
) -> Generated:
    """The deck's cards and the articles' sources (id and title are the caller's)."""
    from trainer.errors import UserError
    from trainer.nlp import PipelineMissing, load_pipeline
    from trainer.pipeline import build_deck
    from trainer.workers import WorkerFailed

    try:
        # worker processes and cluster workers load their own pipeline
        nlp = load_pipeline() if jobs == 1 and cluster is None else None
        options: dict[str, Any] = {"nlp": nlp, "jobs": jobs, "cluster": cluster, "rule": rule}
        with _stopped_cleanly_by_sigterm():
            if sys.stdout.isatty():
                return _with_progress(articles, count, options)
            return build_deck(articles, "deck", "", **options)
    except (PipelineMissing, WorkerFailed) as exc:
        raise UserError(str(exc)) from None


def _with_progress(
    articles: Iterable[Article], count: int | None, options: dict[str, Any]
) -> Generated:
    """A bar per article, and one per part of a long article (when parsed here). Shown
    from PROGRESS_FROM articles on, or as soon as a long article is being parsed."""
    from rich.progress import Progress

    from trainer.pipeline import build_deck

    with Progress(transient=True, disable=False) as progress:
        task = progress.add_task(
            "Generating questions", total=count, visible=count is None or count >= PROGRESS_FROM
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
