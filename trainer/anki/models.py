"""The Anki note types trainer exports: fixed model ids, field lists, templates and CSS.

Fixed forever: Anki updates a note type (templates, CSS) with the same id in place;
changing a field list means a new model id and a new `ANKI_FORMAT`.
"""

from __future__ import annotations

ANKI_FORMAT = 1  # the note types below; bump with new model ids if a field list changes
DEFAULT_PARENT = "trainer"

# Fixed forever: Anki updates a note type (templates, CSS) with the same id in place.
CHOICE_MODEL_ID = 1260541373
TYPED_MODEL_ID = 1302581044
CLOZE_MODEL_ID = 1592760853

CHOICE_FIELDS = ("Question", "Choices", "Letter", "Answer", "Evidence", "Source", "CardId")
TYPED_FIELDS = ("Question", "Answer", "Accept", "Evidence", "Source", "CardId")
CLOZE_FIELDS = ("Text", "Evidence", "Source", "CardId")

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


CSS = """\
.card {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa;
  --line: #d1d9e0; --accent: #0969da; --good: #1a7f37; --good-bg: #dafbe1; --mark: #fff3b0;
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; color: var(--fg); background: var(--bg);
  text-align: left; max-width: 40em; margin: 0 auto; padding: 0 12px;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --fg: #e6edf3; --muted: #9198a1; --bg: #1e1e1e; --panel: #2a2d31;
  --line: #3d444d; --accent: #4493f8; --good: #3fb950; --good-bg: #12361d; --mark: #5c4a0a;
}
.question { font-size: 1.1em; margin: 0.6em 0; }
.choices { list-style: none; padding: 0; margin: 0.6em 0; }
.choices li {
  border: 1px solid var(--line); border-radius: 8px; background: var(--panel);
  padding: 0.35em 0.6em; margin: 0.3em 0;
}
.letter { display: inline-block; min-width: 1.4em; font-weight: 600; color: var(--accent); }
CHOICE_MARKS
.answer { font-size: 1.1em; font-weight: 600; color: var(--good); margin: 0.4em 0; }
.accept { color: var(--muted); font-size: 0.85em; }
.evidence {
  border-left: 3px solid var(--line); margin: 0.8em 0; padding: 0.2em 0 0.2em 0.8em;
  color: var(--fg); font-size: 0.9em;
}
.evidence mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px; }
.source { color: var(--muted); font-size: 0.8em; margin: 0.2em 0; }
.source a { color: var(--accent); }
.cloze { font-weight: 600; color: var(--accent); }
hr#answer { border: none; border-top: 1px solid var(--line); margin: 0.8em 0; }
input#typeans { font-size: 0.9em; width: 100%; box-sizing: border-box; }
"""

# The back of a multiple-choice card marks the right option: class "answer-B" on the list.
CSS = CSS.replace(
    "CHOICE_MARKS",
    "\n".join(
        f".answer-{letter} li:nth-child({i + 1})"
        " { border-color: var(--good); background: var(--good-bg); }"
        for i, letter in enumerate(LETTERS[:12])
    ),
)

_BACK_DETAILS = (
    '{{#Evidence}}<blockquote class="evidence">{{Evidence}}</blockquote>{{/Evidence}}\n'
    "{{#Source}}{{Source}}{{/Source}}"
)

CHOICE_TEMPLATE = {
    "name": "Multiple choice",
    "qfmt": '<div class="question">{{Question}}</div>\n<ol class="choices">{{Choices}}</ol>',
    "afmt": (
        '<div class="question">{{Question}}</div>\n'
        '<ol class="choices answer-{{Letter}}">{{Choices}}</ol>\n'
        '<hr id="answer">\n'
        '<div class="answer"><span class="letter">{{Letter}}</span> {{Answer}}</div>\n'
        + _BACK_DETAILS
    ),
}

TYPED_TEMPLATE = {
    "name": "Type the answer",
    "qfmt": '<div class="question">{{Question}}</div>\n{{type:Answer}}',
    "afmt": (
        '<div class="question">{{Question}}</div>\n'
        '<hr id="answer">\n'
        "{{type:Answer}}\n"
        '<div class="answer">{{Answer}}</div>\n'
        '{{#Accept}}<div class="accept">Also accepted: {{Accept}}</div>{{/Accept}}\n'
        + _BACK_DETAILS
    ),
}

CLOZE_TEMPLATE = {
    "name": "Quote cloze",
    "qfmt": '<div class="question">{{cloze:Text}}</div>',
    "afmt": '<div class="question">{{cloze:Text}}</div>\n<hr id="answer">\n' + _BACK_DETAILS,
}

MODEL_NAMES = {
    CHOICE_MODEL_ID: "trainer: multiple choice",
    TYPED_MODEL_ID: "trainer: type the answer",
    CLOZE_MODEL_ID: "trainer: quote cloze",
}
