"""Hatch build hook: compile the gettext catalogs (.po) to .mo with Babel, so the wheel ships them.

A regular wheel gets the .mo files compiled into a temporary folder and added to the archive; an
editable install reads the source tree, so there they are written beside the .po files (ignored
by git). Fuzzy translations are left out, as `msgfmt` does.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCES = "src"
CATALOGS = "separ/i18n/locale"


def compile_catalog(po: Path, mo: Path) -> None:
    """Compile one .po file to a .mo file."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source)
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as target:
        write_mo(target, catalog, use_fuzzy=False)


class CatalogBuildHook(BuildHookInterface):
    """Compiles every `locale/*/LC_MESSAGES/*.po` of the package before the wheel is built."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        """Compile the catalogs and add them to the wheel."""
        sources = Path(self.root) / SOURCES
        self._temporary = None if version == "editable" else Path(tempfile.mkdtemp())
        for po in sorted((sources / CATALOGS).glob("*/LC_MESSAGES/*.po")):
            inside = po.relative_to(sources).with_suffix(".mo")
            if self._temporary is None:
                compile_catalog(po, po.with_suffix(".mo"))
                continue
            mo = self._temporary / inside
            compile_catalog(po, mo)
            build_data["force_include"][str(mo)] = inside.as_posix()

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        """Remove the temporary folder of compiled catalogs."""
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
