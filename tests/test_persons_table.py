"""The two answers of an article's table of people agree: the person a lone surname
resolves to (PersonIndex.resolve) is the name full_names writes it out to, and a surname
that names no one in particular is neither resolved nor written out."""

from __future__ import annotations

import pytest

from trainer.extract.persons import full_names, person_index

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "surname", "person"),
    [
        # a middle initial makes no second person
        (
            "Donald J. Trump turned the focus to Hillary Clinton.\n\n"
            "Mr. Trump is tempering his language.\n\nDonald Trump spoke in Ohio.",
            "Trump",
            "Donald J. Trump",
        ),
        # two people share the surname: it names neither
        (
            "Mike Ford met Dale Ford in Boston on Monday.\n\nFord said the talks went well.",
            "Ford",
            None,
        ),
        # 'President Obama' beside Michelle Obama is someone else
        (
            "Michelle Obama said she believes President Obama's administration did well.\n\n"
            "Obama spoke in Chicago.",
            "Obama",
            None,
        ),
        # one person of the surname: both write it out in full
        (
            "Jane Roe, a lawyer, filed the suit in Texas.\n\nRoe said she would appeal.",
            "Roe",
            "Jane Roe",
        ),
    ],
)
def test_the_resolver_and_the_write_out_table_agree(nlp, text, surname, person):
    doc = nlp(text)
    assert person_index(doc).resolve(surname) == person
    assert full_names(doc).get(surname) == person
