"""Claims of the original article that the sources contradict or cannot confirm.

``article_said`` quotes the article exactly.  ``finding`` says what the sources say,
and shows facts with {fact}`id`, as pages do, so no date or figure is typed twice.
"""

from pakru_data.model import Correction, Verdict

REVIEWED = "2026-11-28"  # the day these corrections were checked against the sources

CORRECTIONS = [
    Correction(
        id="invitations-1947",
        topic="The invitations after independence",
        article_said=(
            "After Pakistan was created in 1947, both the USA and USSR (Russia’s old name) "
            "invited Pakistan to visit them."
        ),
        section="history",
        reviewed=REVIEWED,
        verdict=Verdict.IMPRECISE,
        finding=(
            "The invitations did not come in the year of independence. Pakistan and the USSR set up "
            "relations on {fact}`diplomatic-relations-established`, and the Soviet invitation "
            "to Liaquat Ali Khan was given on {fact}`soviet-invitation`. That visit never took place: "
            "Moscow postponed it, and a formal invitation did not materialise. Liaquat Ali Khan "
            "arrived in the United States on {fact}`liaquat-us-visit`."
        ),
        facts=("soviet-invitation", "diplomatic-relations-established"),
        sources=("tribune-echoes-of-the-past", "dawn-letter-liaquat-invitation"),
    ),
    Correction(
        id="defense-treaty-1971",
        topic='The "defense treaty" with India',
        article_said="1971: The USSR signed a defense treaty with India",
        section="history",
        reviewed=REVIEWED,
        verdict=Verdict.IMPRECISE,
        finding=(
            "The treaty India and the USSR signed on {fact}`indo-soviet-treaty` was a treaty of "
            "peace, friendship and cooperation. It asked for immediate consultations if either "
            "side was attacked, but it was not a formal mutual-defence pact, although newspapers "
            "of the time called it a defence treaty."
        ),
        facts=("indo-soviet-treaty",),
        sources=("hindu-indo-soviet-treaty",),
    ),
    Correction(
        id="mi35m-2018",
        topic="When Pakistan bought Mi-35M helicopters",
        article_said="2018: Pakistan bought Russian Mi-35M attack helicopters.",
        section="history",
        reviewed=REVIEWED,
        verdict=Verdict.WRONG,
        finding=(
            "The contract for {fact}`mi35m-count` Mi-35M helicopters was signed in "
            "{fact}`mi35m-contract`, and cost {fact}`mi35m-cost`."
        ),
        facts=("mi35m-contract",),
        sources=("interfax-mi35m-contract", "janes-mi35m-cost"),
    ),
    Correction(
        id="oil-2022",
        topic="When Russian oil started coming to Pakistan",
        article_said="2022: Pakistan started buying cheap Russian oil despite US sanctions.",
        section="history",
        reviewed=REVIEWED,
        verdict=Verdict.WRONG,
        finding=(
            "No Russian oil came to Pakistan that year: there were only talks, from "
            "{fact}`oil-talks-moscow`. Pakistan placed its first order in {fact}`oil-first-order`, "
            "and the first cargo reached Karachi on {fact}`russian-oil-first-cargo`. The article "
            "itself gives the right year in its section on opportunities."
        ),
        facts=("russian-oil-first-cargo",),
        sources=("khaleej-reuters-first-oil-cargo", "nation-first-oil-order"),
    ),
    Correction(
        id="us-warned",
        topic='The US "warning" about Russian oil',
        article_said="When Pakistan bought Russian oil in 2022, the US warned Pakistan.",
        section="challenges",
        reviewed=REVIEWED,
        verdict=Verdict.WRONG,
        finding=(
            "No US sanction stopped other countries from buying Russian crude oil. On "
            "{fact}`us-sovereign-decisions`, the State Department said each country makes its own "
            "sovereign decisions on energy, and pointed to the G7 price cap."
        ),
        facts=("us-sovereign-decisions",),
        sources=("thenews-us-sovereign-choice", "dawn-us-not-opposing-oil-deal"),
    ),
    Correction(
        id="arms-60-percent",
        topic="Russia's arms sales to India",
        article_said="Russia sells 60% of its weapons to India (tanks, jets, missiles).",
        section="challenges",
        reviewed=REVIEWED,
        verdict=Verdict.WRONG,
        finding=(
            "The article turns the relationship around. India took "
            "{fact}`india-share-of-russian-arms-exports-2019-23` of Russia's arms exports in "
            "{fact}`india-share-of-russian-arms-exports-2019-23:period`. It is Russia's share of "
            "India's arms imports that was once this high: {fact}`russia-share-of-india-arms-imports-2009-13` "
            "in {fact}`russia-share-of-india-arms-imports-2009-13:period`, falling to "
            "{fact}`russia-share-of-india-arms-imports-2019-23` in "
            "{fact}`russia-share-of-india-arms-imports-2019-23:period`. Much of India's current "
            "military equipment is still of Russian or Soviet origin."
        ),
        facts=("india-share-of-russian-arms-exports-2019-23",),
        sources=("agenzia-nova-sipri-2024", "deccan-herald-sipri-2024", "tribune-india-inventory-2025"),
    ),
    Correction(
        id="china-trade-30bn",
        topic="Pakistan's trade with China",
        article_said="Pakistan-China trade = $30 billion/year",
        section="challenges",
        reviewed=REVIEWED,
        verdict=Verdict.IMPRECISE,
        finding=(
            "No source gives this figure. The record was {fact}`trade-pak-china-2021` in "
            "{fact}`trade-pak-china-2021:period` (Chinese customs); Pakistan's own figure for "
            "{fact}`trade-pak-china-fy2024:period` is {fact}`trade-pak-china-fy2024`."
        ),
        facts=("trade-pak-china-fy2024", "trade-pak-china-2021"),
        sources=("brecorder-china-trade-2021", "nation-china-trade-fy2024"),
    ),
    Correction(
        id="pipeline-funded-by-russia",
        topic="Who pays for the Pakistan Stream pipeline",
        article_said="A $2.5 billion project funded by Russia to bring gas to Pakistan.",
        section="opportunities",
        reviewed=REVIEWED,
        verdict=Verdict.WRONG,
        finding=(
            "Russia does not fund the pipeline. Pakistan holds {fact}`pakistan-stream-pakistan-share` "
            "of the project and Russia {fact}`pakistan-stream-russia-share`. The cost is not settled: "
            "estimates run from {fact}`pakistan-stream-cost:low` to {fact}`pakistan-stream-cost:high`."
        ),
        facts=("pakistan-stream-russia-share", "pakistan-stream-cost"),
        sources=("arabnews-pakistan-stream-2021", "reuters-pakistan-stream-factbox"),
    ),
    Correction(
        id="mining-balochistan",
        topic="Russian mining in Balochistan",
        article_said="Mining (gold, copper in Balochistan)",
        section="opportunities",
        reviewed=REVIEWED,
        verdict=Verdict.UNVERIFIED,
        finding=(
            "No Russian mining investment in Balochistan was found. The only related item found "
            "is Pakistan inviting a Russian state company to invest in its mining sector."
        ),
    ),
]
