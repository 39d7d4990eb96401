"""The start screen: the decks on offer with their cards by kind and last score; mode,
kinds and order; enter starts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.table import Table
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import (
    Button,
    Checkbox,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
)
from textual.widgets.option_list import Option

from trainer.model import CARD_KINDS, Deck
from trainer.quiz.session import MODES, ModeOption, QuizOptions
from trainer.tui.messages import ShowStats, StartQuiz
from trainer.tui.screens.base import QuizScreen
from trainer.tui.text import kind_label, source_line
from trainer.tui.widgets.keybar import KeyBar

LastScore = Callable[[str], "tuple[int, int] | None"]

MODE_HELP = {
    "auto": "options if the card has them",
    "choice": "options; typed if none",
    "typed": "type every answer",
}


@dataclass(frozen=True)
class DeckEntry:
    """One line of the deck list: a deck, all decks together, or a deck that failed to load."""

    label: str
    decks: tuple[Deck, ...] = ()
    error: str = ""

    @property
    def cards(self) -> int:
        return sum(len(d.cards) for d in self.decks)

    def kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for deck in self.decks:
            for kind, n in deck.kinds().items():
                counts[kind] = counts.get(kind, 0) + n
        return counts


def deck_entries(decks: Sequence[Deck], broken: Sequence[tuple[str, str]]) -> list[DeckEntry]:
    entries = [DeckEntry(deck.title or deck.id, (deck,)) for deck in decks]
    if len(decks) > 1:
        entries.append(DeckEntry(f"All {len(decks)} decks", tuple(decks)))
    entries += [DeckEntry(path, error=error) for path, error in broken]
    return entries


class StartScreen(QuizScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "start", show=True),
        Binding("m", "cycle_mode", "mode"),
        Binding("s", "toggle_shuffle", "shuffle"),
        Binding("t", "stats", "stats"),
        Binding("question_mark,f1", "app.help", "help", key_display="?"),
        Binding("q,escape", "app.quit_now", "quit", key_display="q"),
    ]

    def __init__(
        self,
        entries: Sequence[DeckEntry],
        options: QuizOptions,
        last_score: LastScore | None = None,
        has_stats: bool = False,
    ) -> None:
        super().__init__()
        self.entries = list(entries)
        self.options = options
        self.last_score = last_score
        self.has_stats = has_stats
        self.excluded_kinds: set[str] = (
            set(CARD_KINDS) - set(options.kinds) if options.kinds else set()
        )
        self._filling_kinds = False

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("trainer", "bold"), ("  ·  pick a deck and press enter", "dim")),
            id="start-title",
        )
        with Horizontal(id="start-main"):
            with Vertical(id="deck-pane"):
                decks = OptionList(*self._deck_options(), id="decks")
                decks.border_title = "Decks"
                yield decks
                yield Static(id="deck-details")
            with Vertical(id="options-pane"):
                yield Label("Mode", classes="pane-label")
                with RadioSet(id="mode"):
                    for mode in MODES:
                        yield RadioButton(mode, value=mode == self.options.mode, id=f"mode-{mode}")
                yield Static(MODE_HELP[self.options.mode], id="mode-help")
                yield Label("Kinds", classes="pane-label")
                yield SelectionList[str](id="kinds")
                yield Checkbox("shuffle", value=self.options.shuffle, id="shuffle")
                yield Button("Start  ⏎", id="start", variant="primary")
        yield KeyBar()

    def _deck_options(self) -> list[Option]:
        options = []
        for i, entry in enumerate(self.entries):
            table = Table.grid(expand=True, padding=(0, 1))
            table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            table.add_column(justify="right", style="dim", no_wrap=True)
            if entry.error:
                table.add_row(f"⚠ {Path(entry.label).name}", "invalid")
            else:
                table.add_row(entry.label, f"{entry.cards} cards")
            options.append(Option(table, id=f"deck-{i}", disabled=bool(entry.error)))
        if not options:
            options.append(Option("No decks found", disabled=True))
        return options

    def on_mount(self) -> None:
        decks = self.query_one("#decks", OptionList)
        decks.focus()
        first = next((i for i, e in enumerate(self.entries) if not e.error), None)
        if first is not None:
            decks.highlighted = first
        self._show_entry(first)

    def show_highlighted(self) -> None:
        """Redraw the details of the highlighted deck (its last score may have changed)."""
        self._show_entry(self.query_one("#decks", OptionList).highlighted)

    # -- the highlighted deck --------------------------------------------------

    @property
    def entry(self) -> DeckEntry | None:
        index = self.query_one("#decks", OptionList).highlighted
        if index is None or index >= len(self.entries):
            return None
        return self.entries[index]

    @on(OptionList.OptionHighlighted, "#decks")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_entry(event.option_index)

    def _show_entry(self, index: int | None) -> None:
        details = self.query_one("#deck-details", Static)
        entry = self.entries[index] if index is not None and index < len(self.entries) else None
        if entry is None:
            details.update("Put decks (NAME.deck.yaml) in your data directory to see them here.")
            self._fill_kinds({})
            return
        if entry.error:
            details.update(
                Content.assemble(
                    ("Can't use this deck\n", "bold $warning"),
                    entry.error,
                    ("\n\nRun `trainer check` on it to see every problem.", "dim"),
                )
            )
            self._fill_kinds({})
            return
        kinds = entry.kinds()
        sources = sum(len(d.sources) for d in entry.decks)
        lines: list[str | tuple[str, str]] = [
            (entry.label, "bold $text"),
            "\n",
            (f"{entry.cards} cards", "bold"),
            f" in {len(kinds)} kinds · {sources} source{'s' if sources != 1 else ''}",
        ]
        if len(entry.decks) == 1:
            deck = entry.decks[0]
            if deck.sources:
                lines += ["\n\n", "\n".join(source_line(s) for s in deck.sources)]
            score = self.last_score(deck.id) if self.last_score else None
            if score is not None:
                right, total = score
                lines += ["\n", ("Last score  ", "dim"), (f"{right} of {total}", "bold")]
        details.update(Content.assemble(*lines))
        self._fill_kinds(kinds)

    def _fill_kinds(self, kinds: dict[str, int]) -> None:
        selection = self.query_one("#kinds", SelectionList)
        self._filling_kinds = True
        selection.clear_options()
        selection.add_options(
            [
                (f"{kind_label(kind)} ({n})", kind, kind not in self.excluded_kinds)
                for kind, n in kinds.items()
            ]
        )
        self._filling_kinds = False

    @on(SelectionList.SelectedChanged, "#kinds")
    def _kinds_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        if self._filling_kinds:
            return
        selection = self.query_one("#kinds", SelectionList)
        shown = {selection.get_option_at_index(i).value for i in range(selection.option_count)}
        self.excluded_kinds = (self.excluded_kinds - shown) | (shown - set(selection.selected))

    # -- options ---------------------------------------------------------------

    @property
    def mode(self) -> ModeOption:
        pressed = self.query_one("#mode", RadioSet).pressed_button
        label = str(pressed.label) if pressed is not None else "auto"
        return next((mode for mode in MODES if mode == label), "auto")

    @on(RadioSet.Changed, "#mode")
    def _mode_changed(self) -> None:
        self.query_one("#mode-help", Static).update(MODE_HELP[self.mode])

    def action_cycle_mode(self) -> None:
        following = MODES[(MODES.index(self.mode) + 1) % len(MODES)]
        self.query_one(f"#mode-{following}", RadioButton).value = True

    def action_toggle_shuffle(self) -> None:
        self.query_one("#shuffle", Checkbox).toggle()

    # -- starting --------------------------------------------------------------

    @on(OptionList.OptionSelected, "#decks")
    def _selected(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#start")
    def _pressed(self) -> None:
        self.action_start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stats":
            return self.has_stats
        return True

    def action_stats(self) -> None:
        entry = self.entry
        if entry is None or entry.error:
            self.notify("Pick a deck first.", severity="warning", timeout=3)
            return
        self.post_message(ShowStats(entry.decks))

    def action_start(self) -> None:
        entry = self.entry
        if entry is None or entry.error:
            self.notify("Pick a deck first.", severity="warning", timeout=3)
            return
        selection = self.query_one("#kinds", SelectionList)
        chosen = tuple(selection.selected)
        if not chosen and selection.option_count:
            self.notify("Choose at least one kind.", severity="warning", timeout=3)
            return
        all_kinds = set(chosen) == set(entry.kinds())
        options = QuizOptions(
            mode=self.mode,
            kinds=() if all_kinds else chosen,
            count=self.options.count,
            shuffle=self.query_one("#shuffle", Checkbox).value,
        )
        self.post_message(StartQuiz(entry.decks, options))
