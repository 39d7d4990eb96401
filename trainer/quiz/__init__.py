"""The quiz without a screen: the answer matcher and the session (queue, scoring, retry).

Plain Python: no Textual, no spaCy. The TUI in trainer.tui is a thin shell over this.
"""
