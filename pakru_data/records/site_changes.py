"""Changes this site made to facts it had published, in the open.

When a published value, date or status changes (or a fact is taken off the site), the same
pull request adds an entry here: the day, the fact, what it was, why, and the sources that
settled it.  `python -m pakru_data check` compares the data with where the branch left
``main`` and names every changed fact that has no entry.  The entries are the page "Changes
to this site" in every edition, a line on each fact's register entry and the site's feeds.

``was`` gives the changed fields as the record had them (``{"date": "1971-01"}``): each
edition shows the old value formatted as the fact showed it then.  ``why`` may show facts
with {fact}`id`, as a correction's finding does.
"""

from pakru_data.model import Figure, SiteChange, Status

# The second audit of the data, 29 November 2026: its commit's message says what was read.
SECOND_AUDIT = "f34bd4f63266e8cab8073cb120707fcd73f9d89e"

SITE_CHANGES = [
    SiteChange(
        id="musharraf-visit-gap-removed",
        fact="musharraf-visit-gap-years",
        changed="2026-11-29",
        removed=Figure(
            id="musharraf-visit-gap-years",
            label="Years since a Pakistani leader had last visited Moscow",
            value=33,
            unit="year",
            status=Status.VERIFIED,
            sources=("washington-times-musharraf-2003",),
        ),
        why=(
            "The site called President Musharraf's visit the first to Moscow by a Pakistani leader "
            "in 33 years, from one newspaper. That was wrong: Zulfikar Ali Bhutto had visited Moscow "
            "in {fact}`bhutto-moscow-1974:year`, and Nawaz Sharif in {fact}`nawaz-sharif-moscow-1999:year`. "
            "The figure was removed."
        ),
        sources=("us-cable-1974-moscow-15790", "jamestown-sharif-moscow-1999"),
        commit=SECOND_AUDIT,
    ),
    SiteChange(
        id="liaquat-us-visit-end-removed",
        fact="liaquat-us-visit",
        changed="2026-11-29",
        was={"end": "1950-05-05"},
        why=(
            "The visit began an extended tour of the United States and Canada, and no source read "
            "gives the day it ended, so no end date is given."
        ),
        sources=("truman-welcome-liaquat",),
        commit=SECOND_AUDIT,
    ),
    SiteChange(
        id="steel-mills-agreement-day",
        fact="steel-mills-soviet-agreement",
        changed="2026-11-29",
        was={"date": "1971-01"},
        why="The Great Soviet Encyclopedia dates the Soviet credit for the plant to the day.",
        sources=("gse-soviet-pakistani-agreements",),
        commit=SECOND_AUDIT,
    ),
    SiteChange(
        id="pakistan-stream-agreement-day",
        fact="pakistan-stream-agreement",
        changed="2026-11-29",
        was={"date": "2015-10"},
        why=(
            "Sources read together give the day of the signing: one gives the day, one Islamabad on "
            "a Friday, one the year."
        ),
        sources=(
            "fdlx-north-south-pipeline-2015",
            "elbalad-north-south-pipeline-2015",
            "thenews-pakistan-stream-protocol",
        ),
        commit=SECOND_AUDIT,
    ),
]
