"""Write docs/locales/<lang>/LC_MESSAGES/sphinx.js from the sphinx.po beside it.

Sphinx compiles a project's sphinx.po into a .mo for the templates, but the search page's
script strings ("Search Results", "Searching", the result count) come from a ready-made
sphinx.js, which Sphinx looks for in each of locale_dirs before its own and never writes.
Its own Urdu sphinx.js maps every string to "" (so the search page shows blank text), its
Russian one leaves the result count empty, and a two-form plural rule such as Urdu's is a
boolean in JavaScript, which picks no plural form.  This script builds a complete sphinx.js
in the format Sphinx ships: Sphinx's own messages for the language, then this project's
translations over them.  Run it after editing a sphinx.po:

    python docs/locales/sphinx_js.py
"""

from __future__ import annotations

import json
from pathlib import Path

import sphinx
from babel.messages.pofile import read_po

HERE = Path(__file__).resolve().parent
SCRIPT_OR_TEMPLATE = (".js", ".js.jinja", ".js_t", ".html", ".html.jinja")


def _script_messages(path: Path) -> tuple[dict[str, str | list[str]], int]:
    """The translated messages of a catalogue that templates or scripts use, keyed as
    Sphinx's doctools.js looks them up (a plural by its singular), and its plural count."""
    with path.open("rb") as f:
        catalog = read_po(f)
    messages: dict[str, str | list[str]] = {}
    for message in catalog:
        if not message.id or not any(loc.endswith(SCRIPT_OR_TEMPLATE) for loc, _ in message.locations):
            continue
        string = message.string
        if isinstance(message.id, (list, tuple)) and isinstance(string, (list, tuple)):
            if all(string):  # an empty form would show as blank text
                messages[message.id[0]] = list(string)
        elif isinstance(message.id, str) and isinstance(string, str) and string:
            messages[message.id] = string
    return messages, catalog.num_plurals


def write_js(language: str) -> Path:
    ours = HERE / language / "LC_MESSAGES" / "sphinx.po"
    with ours.open("rb") as f:
        catalog = read_po(f)
    messages: dict[str, str | list[str]] = {}
    theirs = Path(sphinx.__file__).parent / "locale" / language / "LC_MESSAGES" / "sphinx.po"
    if theirs.is_file():
        base, base_plurals = _script_messages(theirs)
        # Plural forms only mean something with their own plural rule: keep Sphinx's
        # plurals only where both catalogues count forms alike.
        messages.update((k, v) for k, v in base.items() if isinstance(v, str) or base_plurals == catalog.num_plurals)
    messages.update(_script_messages(ours)[0])
    # doctools.js indexes the plural forms with the rule's value: "(n != 1)" gives a boolean
    # in JavaScript, which indexes nothing (Sphinx's own sphinx.js for every two-form
    # language has this, and its search page then stops with a TypeError), so make it a number.
    plural_expr = f"Number({catalog.plural_expr})"
    obj = json.dumps(
        {"messages": messages, "plural_expr": plural_expr, "locale": str(catalog.locale)},
        sort_keys=True,
        indent=4,
    )
    out = ours.with_suffix(".js")
    out.write_text(f"Documentation.addTranslations({obj});", encoding="utf-8")
    return out


def main() -> None:
    for po in sorted(HERE.glob("*/LC_MESSAGES/sphinx.po")):
        print("wrote", write_js(po.parent.parent.name).relative_to(HERE.parent.parent))


if __name__ == "__main__":
    main()
