"""`trainer generate ARTICLE_OR_DIR... -o NAME.deck.yaml`: articles in, a deck out."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from trainer.sources import Inputs

# A progress bar is worth showing from this many articles on (and only on a terminal).
PROGRESS_FROM = 5


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="turn articles into a deck of questions",
        description="Read articles (.txt, .md, .html, or directories of them), generate "
        "questions about their quotes, people, dates, numbers, aircraft and places, and write "
        "a deck. An existing deck file is replaced atomically.",
    )
    _add_input_arguments(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="NAME.deck.yaml", help="deck file to write"
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
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse with N processes (worth it for many articles; default 1)",
    )
    parser.set_defaults(run=run)


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
        "--timeout",
        type=_seconds,
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


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


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

    output = Path(args.output)
    if not output.name.endswith(DECK_SUFFIX) or output.name == DECK_SUFFIX:
        raise UserError(f"{output}: the output must be named NAME{DECK_SUFFIX}")
    check_writable(output)
    if args.deck_id and slugify(args.deck_id) != args.deck_id:
        # refused, not rewritten: the id keys the review history, so it is given exactly
        raise UserError(
            f"--id {args.deck_id!r}: a deck id is lower-case letters, digits and hyphens "
            f"(try --id {slugify(args.deck_id)})"
        )
    deck_id = args.deck_id or slugify(output.name[: -len(DECK_SUFFIX)])

    inputs = _read_inputs(args)
    articles = list(inputs.articles(skip_bad=args.skip_bad, warn=warn))
    if not articles:
        raise UserError("no readable article: nothing to generate")

    title = args.title or default_title(articles, deck_id)
    sources = [relative_source(a, output.parent) for a in articles]
    generated = _generate(articles, deck_id, title, sources, args.jobs)
    for article_id in generated.empty_articles:
        path = next(a.path or a.url for a in articles if a.id == article_id)
        warn(f"{path}: nothing quizzable found; no cards from this article")
    write_deck(generated.deck, output)
    inputs.remember()  # a feed's new articles: kept, and skipped on the next run
    remember(generated.deck, output)  # the first quiz on it then loads fast

    deck = generated.deck
    kinds = ", ".join(f"{kind} {n}" for kind, n in deck.kinds().items()) or "no cards"
    n = len(deck.sources)
    print(f"wrote {output}: {len(deck.cards)} cards ({kinds}) from {n} article{'s' * (n != 1)}")
    return 0


def warn(message: str) -> None:
    print(f"trainer: warning: {message}", file=sys.stderr)


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


def default_title(articles: list, deck_id: str) -> str:
    titles = [a.title for a in articles if a.title]
    if len(articles) == 1 and titles:
        return titles[0]
    if titles:
        more = len(articles) - 1
        return f"{titles[0]} (+{more} more article{'s' * (more != 1)})"
    return deck_id


def relative_source(article, deck_dir: Path):
    """The article's source with its path relative to the deck file's directory."""
    from dataclasses import replace

    if not article.path:
        return article.to_source()
    path = Path(article.path).resolve()
    base = deck_dir.resolve() if str(deck_dir) else Path.cwd()
    return replace(article.to_source(), path=Path(os.path.relpath(path, base)).as_posix())


def _generate(articles, deck_id, title, sources, jobs):
    from trainer.nlp import PipelineMissing, load_pipeline
    from trainer.pipeline import build_deck

    try:
        nlp = load_pipeline()
    except PipelineMissing as exc:
        from trainer.errors import UserError

        raise UserError(str(exc)) from None
    if len(articles) < PROGRESS_FROM or not sys.stdout.isatty():
        return build_deck(articles, deck_id, title, nlp=nlp, jobs=jobs, sources=sources)
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("Generating questions", total=len(articles))
        return build_deck(
            articles,
            deck_id,
            title,
            nlp=nlp,
            jobs=jobs,
            sources=sources,
            on_article=lambda _a: progress.advance(task),
        )
