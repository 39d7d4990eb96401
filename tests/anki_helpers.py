"""A fresh Anki collection and an import with the options Anki's import dialog starts with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def col(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """An empty Anki collection in its own directory (not the test's tmp_path)."""
    from anki.collection import Collection

    directory = tmp_path_factory.mktemp("anki")
    collection = Collection(str(directory / "collection.anki2"))
    yield collection
    collection.close()


def import_package(col, path: Path):
    """Import as a user would: with the backend's presets (Anki's import-dialog defaults)."""
    from anki.collection import ImportAnkiPackageRequest

    options = col._backend.get_import_anki_package_presets()
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=options)
    ).log
