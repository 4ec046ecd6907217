"""The three chapters of the history, as the original article divides it."""

from pakru_data.model import Era

ERAS = [
    Era(id="cold-war", title="The Cold War era", start_year=1947, end_year=1991),
    Era(id="new-beginning", title="A new beginning", start_year=1991, end_year=2020),
    Era(id="growing-friendship", title="Growing friendship", start_year=2020),
]
