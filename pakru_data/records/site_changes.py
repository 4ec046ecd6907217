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
# The third audit, December 2026 (research/audit-2026-12.md), and the commits that applied it.
THIRD_AUDIT_CORRECTIONS = "2f5eb30b34c330fde5394ce4153ce32de53b7081"  # records corrected against their sources
VERIFIED_MEANS_CORROBORATED = "a89484b97f091d855f1520467603321e05e1fe46"  # the rule for "verified"
DISPUTED_DATES = "8dc9ffa4f4879111810536f521d41bd26bc0002d"  # disputed events keep each source's date
ONE_STATISTIC_PER_LINE = "2d84385c4627c4bd0a970079a6e19b6cd2d3fa95"  # the trade rows re-read, one basis each

SITE_CHANGES = [
    SiteChange(
        id="musharraf-visit-gap-removed",
        facts=("musharraf-visit-gap-years",),
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
        facts=("liaquat-us-visit",),
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
        facts=("steel-mills-soviet-agreement",),
        changed="2026-11-29",
        was={"date": "1971-01"},
        why="The Great Soviet Encyclopedia dates the Soviet credit for the plant to the day.",
        sources=("gse-soviet-pakistani-agreements",),
        commit=SECOND_AUDIT,
    ),
    SiteChange(
        id="pakistan-stream-agreement-day",
        facts=("pakistan-stream-agreement",),
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
    SiteChange(
        id="verified-means-corroborated",
        facts=(
            "arabian-monsoon-2014",
            "arabian-monsoon-2018",
            "aziz-fradkov-dushanbe-sco-2006",
            "aziz-fradkov-moscow-sco-2005",
            "baghdad-pact-joined",
            "cultural-scientific-cooperation-1965",
            "customs-statistics-mou-2023",
            "dar-lavrov-kuala-lumpur-2025",
            "dar-lavrov-moscow-2025",
            "dastgir-arms-talks",
            "dastgir-moscow-security-conference-2018",
            "druzhba-2024",
            "druzhba-first",
            "economic-technical-cooperation-1966",
            "fishing-cooperation-1968",
            "igc-9-agreements-2024",
            "india-s400-cost",
            "india-s400-systems",
            "india-share-of-russian-arms-exports-2018-22",
            "khar-moscow-2012",
            "khawaja-asif-moscow-2015",
            "machinery-protocol-1968-70",
            "mi35m-cost",
            "military-technical-cooperation-2015",
            "nawaz-putin-ufa-2015",
            "offshore-pipeline-isgs-gazprom-2019",
            "oil-discount-agreed",
            "oil-first-cargo-tonnes",
            "oil-first-order",
            "oil-first-order-tonnes",
            "oil-gas-credit-1969",
            "oil-talks-moscow",
            "pakistan-stream-heads-of-terms",
            "pakistan-stream-protocol",
            "peaceful-nuclear-cooperation-1970",
            "qureshi-lavrov-bishkek-2019",
            "qureshi-lavrov-dushanbe-2021",
            "russia-share-of-india-arms-imports-2009-13",
            "russia-share-of-india-arms-imports-2014-18",
            "russia-share-of-india-arms-imports-2019-23",
            "sbp-cbr-mou-2018",
            "soviet-invasion-afghanistan",
            "soviet-withdrawal-afghanistan",
            "steel-mills-cost",
            "steel-mills-inaugurated",
            "steel-mills-soviet-agreement",
            "steel-mills-soviet-funding",
            "trade-agreement-1956",
            "trade-agreement-1965-67",
            "trade-china-2019-imports",
            "trade-china-2020-exports",
            "trade-china-2020-imports",
            "trade-china-2021-exports",
            "trade-china-2021-imports",
            "trade-china-fy2012-13-imports",
            "trade-china-fy2023-24-exports",
            "trade-china-fy2023-24-imports",
            "trade-package-1999",
            "trade-pak-china-2021",
            "trade-russia-1997-total",
            "trade-russia-1998-total",
            "trade-russia-2012-exports",
            "trade-russia-2012-imports",
            "trade-russia-2012-total",
            "trade-russia-2013-total",
            "trade-russia-2014-total",
            "trade-russia-2015-exports",
            "trade-russia-2015-imports",
            "trade-russia-2015-total",
            "trade-russia-2016-imports",
            "trade-russia-2016-total",
            "trade-russia-fy2022-23-exports",
            "trade-russia-fy2022-23-imports",
            "wheat-deal-approved",
            "wheat-g2g-tonnes",
            "wheat-price-per-tonne",
            "zardari-medvedev-dushanbe-2009",
            "zardari-medvedev-dushanbe-2011",
        ),
        title="“Verified” now needs a primary source or two independent publishers",
        changed="2026-12-04",
        was={"status": Status.VERIFIED},
        why=(
            "The site now calls a fact verified only when a primary source (a government, official "
            "statistics or a treaty's text) or two publishers that are not one press release printed "
            "twice say so. Each of these facts rests on one source the site has read (a report, an "
            "encyclopedia or a study), or on one announcement printed by several papers, so each is now "
            "marked “one source”. No value or date changed; a second, independent source would make a "
            "fact verified again."
        ),
        commit=VERIFIED_MEANS_CORROBORATED,
    ),
    SiteChange(
        id="druzhba-2017-days",
        facts=("druzhba-2017",),
        changed="2026-12-04",
        was={"date": "2017-09", "end": None},
        why=(
            "The site gave only the month, and the place as Mineralnye Vody, from The Nation. Radio Free "
            "Europe/Radio Liberty's report of the opening gives the day the exercise began, at the village "
            "of Nizhny Arkhyz in the North Caucasus, and the day it was to end."
        ),
        sources=("rferl-druzhba-2017-caucasus",),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
    SiteChange(
        id="first-barter-mou-2024-day",
        facts=("first-barter-mou-2024",),
        changed="2026-12-04",
        was={"date": "2024-10"},
        why=(
            "The site gave only the month. Pakistan's embassy announced the signing “on Tuesday” (Arab "
            "News), and the trade forum had opened on Monday 30 September (Sputnik India), so the site "
            "dates it Tuesday 1 October 2024, the day the embassy announced it; neither report names the "
            "day it was signed."
        ),
        sources=("arabnews-first-barter-2024", "sputnik-india-first-barter-2024"),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
    SiteChange(
        id="khawaja-asif-moscow-2018-days",
        facts=("khawaja-asif-moscow-2018",),
        changed="2026-12-04",
        was={"date": "2018", "end": None},
        why=(
            "The site gave only the year. Pakistan's Foreign Office announced the visit for 19 to 22 "
            "February (as Global Times reports it), and Dawn says the minister left on Monday 19 February "
            "for four days."
        ),
        sources=("globaltimes-asif-visits-russia-2018", "dawn-asif-off-to-russia-2018"),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
    SiteChange(
        id="lavrov-islamabad-2012-days",
        facts=("lavrov-islamabad-2012",),
        changed="2026-12-04",
        was={"date": "2012-10", "end": None},
        why=(
            "The site gave only the month. Reports written during the visit give the days: The Express "
            "Tribune of 4 October says Lavrov arrived in Islamabad on Wednesday (3 October) on a two-day "
            "tour, and The Hindu that he flew in that Wednesday."
        ),
        sources=("tribune-lavrov-arrives-2012", "hindu-lavrov-amends-2012"),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
    SiteChange(
        id="yahya-khan-moscow-1970-verified",
        facts=("yahya-khan-moscow-1970",),
        changed="2026-12-04",
        was={"status": Status.UNVERIFIED},
        why=(
            "The site had the visit only from weak sources (a 2019 opinion column and an undated "
            "editorial in The Hindu), so it was unverified. Dawn's “From the past pages” reprints a report "
            "of 6 July 1970 that calls it a recent state visit; with Dawn and The Hindu, two publishers, "
            "the visit is verified. Only the year is shown: no source read names the month."
        ),
        sources=("dawn-yahya-visit-steel-mill-1970", "hindu-yahya-visit-moscow"),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
    SiteChange(
        id="fifth-commission-session-dates",
        facts=("dastgir-moscow-igc-2017", "igc-5-protocol-2017"),
        title="The fifth session of the intergovernmental commission, 2017: two dates",
        changed="2026-12-04",
        was={"date": "2017-12-01", "versions": (), "status": Status.VERIFIED},
        why=(
            "The site gave 1 December 2017 as verified, from the Associated Press of Pakistan's release "
            "of that day, which reports the session concluding. A later release, of April 2018, puts the "
            "session in November 2017. The sources disagree, so both dates are shown until a primary "
            "source settles it."
        ),
        sources=("app-dastgir-igc-2017", "app-dastgir-manturov-2018"),
        commit=DISPUTED_DATES,
    ),
    SiteChange(
        id="trade-fy2022-23-two-figures",
        facts=("trade-pak-russia-fy2023",),
        changed="2026-12-04",
        was={"value": "920e6", "versions": (), "status": Status.VERIFIED},
        why=(
            "The site gave $920 million as verified, from The Nation; it and the two other reports read "
            "since print one announcement of Pakistan's Ministry of Commerce. The president of the "
            "Federation of Pakistan Chambers of Commerce and Industry gave $666.85 million in March 2024 "
            "(The Nation). The two figures disagree, so both are shown, each with its source."
        ),
        sources=("nation-russia-trade-fy2023", "nation-fpcci-khorev-2024"),
        commit=ONE_STATISTIC_PER_LINE,
    ),
    SiteChange(
        id="china-fy2024-25-exports-read",
        facts=("trade-china-fy2024-25-exports",),
        changed="2026-12-04",
        was={"value": "2.47e9", "status": Status.UNVERIFIED},
        why=(
            "The figure had been read only on a customs-news site that cuts the amounts to two decimals "
            "($2.47 billion). Profit's report of the State Bank of Pakistan's figures, of 21 August 2025, "
            "gives $2.476 billion, shown as {fact}`trade-china-fy2024-25-exports`; it rests on that one "
            "report, so it is marked “one source”."
        ),
        sources=("profit-regional-exports-2025",),
        commit=ONE_STATISTIC_PER_LINE,
    ),
    SiteChange(
        id="china-fy2024-25-imports-read",
        facts=("trade-china-fy2024-25-imports",),
        changed="2026-12-04",
        was={"value": "16.31e9", "status": Status.UNVERIFIED},
        why=(
            "The figure had been read only on a customs-news site that gives the amounts to two decimals. "
            "Profit's report of the State Bank of Pakistan's figures, of 21 August 2025, gives $16.312 "
            "billion, shown as {fact}`trade-china-fy2024-25-imports`: the value shown is the same, and it "
            "rests on that one report, so it is marked “one source”."
        ),
        sources=("profit-regional-exports-2025",),
        commit=ONE_STATISTIC_PER_LINE,
    ),
    SiteChange(
        id="moscow-mous-2024-day",
        facts=("pmex-spimex-mou-2024", "transport-corridor-mou-accession-2024"),
        title="Two memorandums signed in Islamabad, September 2024: the day",
        changed="2026-12-04",
        was={"date": "2024-09", "status": Status.VERIFIED},
        why=(
            "The site gave only the month, as verified. Express News's report dated 18 September 2024 gives "
            "both signings, during Russian Deputy Prime Minister Overchuk's visit, from the Foreign "
            "Office's statement; the site takes that day. Its two sources print that one statement, so "
            "the facts are now marked “one source”."
        ),
        sources=("express-pmex-spimex-2024",),
        commit=THIRD_AUDIT_CORRECTIONS,
    ),
]
