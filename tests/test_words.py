"""The extension's own words go through its message catalogue, and the shipped template
lists every one of them (`nox -s translations` writes it again)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from pakru_data.sphinxext.words import CATALOGUE, LOCALE_DIR, compile_catalogues


def test_the_shipped_template_lists_every_word_the_code_marks():
    marked = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            LOCALE_DIR.parent, method_map=[("**.py", "python")], keywords={"_": None, "N_": None}
        )
    }
    with (LOCALE_DIR / f"{CATALOGUE}.pot").open("rb") as handle:
        shipped = {message.id for message in read_po(handle) if message.id}
    assert marked == shipped, "run `nox -s translations` to write pakru_data/sphinxext/locales/pakru.pot again"
    assert {"accessed", "read via {via}", "present", "corrected", "Sources for this page"} <= shipped


def test_a_translated_catalogue_is_compiled_when_the_build_starts(tmp_path: Path):
    po = tmp_path / "ru" / "LC_MESSAGES" / f"{CATALOGUE}.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "accessed"\nmsgstr "дата обращения"\n',
        encoding="utf-8",
    )
    compile_catalogues(tmp_path)
    with po.with_suffix(".mo").open("rb") as handle:
        assert read_mo(handle).get("accessed").string == "дата обращения"
