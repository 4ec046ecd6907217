"""A value that ends in an abbreviation's dot («1 мая 1948 г.», «2022/23 фин. г.») ends its
sentence with that one dot: the sentence's own full stop is not printed after it, nor
after the value's citations («…1948 г.[1][2].»)."""

from __future__ import annotations

import pytest
from bs4 import NavigableString, Tag
from test_editions import edition  # noqa: F401 - the editions' build


def test_a_date_that_ends_a_sentence_prints_one_full_stop(edition):  # noqa: F811
    language, site = edition
    if language != "ru":
        pytest.skip("Russian dates and periods end in «г.»")
    ending = 0
    for name in site.page_names:
        for value in site.page(name).select("article span.pakru-fact"):
            if not value.get_text().endswith("."):
                continue
            following = value.next_sibling
            if isinstance(following, Tag) and "pakru-cites" in following.get("class", []):
                if following.select(".pakru-marker"):
                    continue  # «…2023 г.[1]исправлено.»: the marker is a word, the stop stays
                following = following.next_sibling  # the value's citations: [1][2]
            if isinstance(following, NavigableString):
                assert not following.startswith("."), (name, value.get_text(), str(following)[:40])
                ending += 1
    assert ending > 20  # values ending in «г.» with text after them were looked at
