"""Dated events, oldest first.  ``date`` is YYYY, YYYY-MM or YYYY-MM-DD: write only
what the sources say (a month, if they give no day)."""

from pakru_data.model import Agreement, Direction, Event, Exercise, Standing, Status, Visit

# Visits, agreements and exercises that the article names are typed records here (the rest
# are in visits.py, agreements.py and exercises.py), so their tables list them too.

EVENTS = [
    # The Cold War era
    Event(
        id="diplomatic-relations-established",
        label="Pakistan and the USSR set up diplomatic relations",
        date="1948-05-01",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("tribune-echoes-of-the-past", "gse-soviet-pakistani-agreements"),
        note="The notes that set up relations were exchanged from 27 April to 1 May 1948.",
    ),
    Event(
        id="soviet-invitation",
        label="The USSR invites Prime Minister Liaquat Ali Khan to Moscow",
        date="1949-06-02",
        era="cold-war",
        status=Status.CORRECTED,
        sources=("tribune-echoes-of-the-past", "dawn-letter-liaquat-invitation", "dawn-letter-visit-that-never-was"),
        note=(
            "First given orally in Tehran. Pakistan proposed dates, but Moscow postponed the visit, "
            "and a formal invitation did not materialise; a Dawn letter speaks of a change of heart "
            "on the Soviet side. The visit never took place."
        ),
    ),
    Event(
        id="liaquat-us-visit",
        label="Liaquat Ali Khan arrives in Washington for a visit to the United States",
        date="1950-05-03",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("truman-welcome-liaquat", "dawn-letter-liaquat-invitation"),
        note=(
            "President Truman welcomed him at the airport. It began an extended tour of the United "
            "States and Canada, so no end date is given."
        ),
    ),
    Event(
        id="seato-signed",
        label="Pakistan signs the Manila Pact (SEATO)",
        date="1954-09-08",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("frus-1952-54-v13-d1168",),
    ),
    Event(
        id="baghdad-pact-joined",
        label="Pakistan joins the Baghdad Pact (later CENTO)",
        date="1955-09-23",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("researcher-life-baghdad-pact", "io-1956-baghdad-pact"),
    ),
    Event(
        id="u2-incident",
        label="A US U-2 spy plane from Peshawar is shot down over the USSR",
        date="1960-05-01",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("national-interest-u2", "wikipedia-u2-incident"),
        note="The pilot, Francis Gary Powers, was shot down by a missile near Sverdlovsk.",
    ),
    Visit(
        id="ayub-moscow-visit",
        label="President Ayub Khan visits Moscow",
        date="1965-04",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("time-building-an-image", "frus-1964-68-v25-d97", "gse-soviet-pakistani-agreements"),
        note=(
            "Time reported a week-long visit starting early in April, and a State Department telegram "
            "says he would not return from Moscow until 11 April. The first day is not confirmed."
        ),
        who="Ayub Khan",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="A trade agreement for 1965-67 and a joint communique",
    ),
    Event(
        id="tashkent-declaration",
        label="India and Pakistan sign the Tashkent Declaration, with Soviet mediation",
        date="1966-01-10",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("wikipedia-tashkent-declaration", "dawn-tashkent-fifty-years"),
        note="Soviet Premier Kosygin mediated between Shastri and Ayub Khan.",
    ),
    Agreement(
        id="steel-mills-soviet-agreement",
        label="The USSR agrees to help build Pakistan Steel Mills",
        date="1971-01-22",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("gse-soviet-pakistani-agreements", "paksteel-history"),
        note="The Great Soviet Encyclopedia dates the Soviet credit for the plant to this day.",
        what="Soviet credit to build a steel plant in Karachi",
    ),
    Event(
        id="indo-soviet-treaty",
        label="India and the USSR sign a treaty of peace, friendship and cooperation",
        date="1971-08-09",
        era="cold-war",
        status=Status.CORRECTED,
        sources=("hindu-indo-soviet-treaty",),
        note=(
            "The treaty asked for immediate consultations if either side was attacked. "
            "It was not a formal mutual-defence pact."
        ),
    ),
    Event(
        id="soviet-veto-1971",
        label="The USSR vetoes a UN Security Council call for a cease-fire in the India–Pakistan war",
        date="1971-12-05",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("nyt-soviet-veto-1971", "press-second-veto-1971"),
        note=(
            "The draft also asked both armies to withdraw to their own side of the border. China "
            "voted for it; a second Soviet veto followed within a day."
        ),
    ),
    Event(
        id="soviet-invasion-afghanistan",
        label="Soviet troops enter Afghanistan",
        note="The research notes give 24 December; the source re-read gives only the month.",
        date="1979-12",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("tass-afghanistan-withdrawal",),
    ),
    Event(
        id="steel-mills-inaugurated",
        label="Pakistan Steel Mills, built with Soviet help, is inaugurated in Karachi",
        date="1985-01-15",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("paksteel-history", "upi-steel-mills-1985"),
    ),
    Event(
        id="badaber-uprising",
        label="Soviet and Afghan prisoners rise up at Badaber, near Peshawar, and are killed",
        date="1985-04-26",
        era="cold-war",
        status=Status.UNVERIFIED,
        sources=("sputnik-badaber-2016",),
        note=(
            "The prisoners were held by Afghan mujahideen at a camp in Pakistan. The one source read "
            "is a Russian state agency's account, so this stays unverified."
        ),
    ),
    Event(
        id="soviet-withdrawal-afghanistan",
        label="The last Soviet troops leave Afghanistan",
        date="1989-02-15",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("tass-afghanistan-withdrawal",),
    ),
    # A new beginning
    Event(
        id="ussr-dissolved",
        label="The USSR is dissolved",
        date="1991-12-26",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("archontology-ussr-polity", "wikipedia-dissolution-of-the-ussr"),
        note=(
            "The Council of Republics of the USSR's Supreme Council declared its end; Gorbachev had "
            "resigned the day before."
        ),
    ),
    Event(
        id="pakistan-recognises-russia",
        label="Pakistan recognises the Russian Federation as the USSR's successor",
        date="1991-12",
        era="new-beginning",
        status=Status.UNVERIFIED,
        sources=("morgulov-70-years-2018",),
        note=(
            "Russia's deputy foreign minister wrote that Pakistan was among the first countries to do so. "
            "No Pakistani source was found, so this stays unverified."
        ),
    ),
    Visit(
        id="musharraf-moscow-visit",
        label="President Musharraf visits Russia",
        date="2003-02-04",
        end="2003-02-06",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-musharraf-2003", "washington-times-musharraf-2003"),
        note=(
            "He held talks with President Putin in the Kremlin. An earlier version of this site called "
            "it the first visit to Moscow by a Pakistani leader in 33 years; that was wrong, and the "
            "figure has been removed."
        ),
        who="Pervez Musharraf",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="Talks with President Putin in the Kremlin",
    ),
    Event(
        id="sco-observer",
        label="Pakistan becomes an observer at the Shanghai Cooperation Organisation",
        date="2005",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("app-sco-full-member-2017", "pakobserver-sco-2017"),
    ),
    Event(
        id="rd93-engines-cleared",
        label="Russia clears the re-export of its RD-93 engines in China's JF-17 fighters to Pakistan",
        date="2007-04",
        era="new-beginning",
        status=Status.UNVERIFIED,
        sources=("domainb-rd93-2007",),
        note="One report of a Kommersant article, which said President Putin approved the deal himself.",
    ),
    Event(
        id="arms-embargo-lifted",
        label="Russia lifts its arms embargo on Pakistan",
        date="2014-06-02",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dawn-arms-embargo-lifted", "diplomat-keck-arms-embargo"),
        note="The head of Rostec announced it. Pakistan, for its part, denied that an embargo had ever existed.",
    ),
    Event(
        id="mi35m-contract",
        label="Pakistan signs a contract for Russian Mi-35M attack helicopters",
        date="2015-08",
        era="new-beginning",
        status=Status.CORRECTED,
        sources=("interfax-mi35m-contract", "janes-mi35m-cost"),
        note="Signed in Rawalpindi at the end of the week before Interfax reported it, on 20 August.",
    ),
    Agreement(
        id="pakistan-stream-agreement",
        label="Pakistan and Russia sign the gas pipeline agreement (later Pakistan Stream)",
        date="2015-10-16",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=(
            "fdlx-north-south-pipeline-2015",
            "elbalad-north-south-pipeline-2015",
            "thenews-pakistan-stream-protocol",
            "tass-pakistan-stream-estimate",
        ),
        note=(
            "The intergovernmental agreement on the North-South pipeline, signed in Islamabad by the "
            "two countries' energy and petroleum ministers. No one source read gives the day, the "
            "place and the year together: one gives 16 October, one Islamabad on a Friday, one the year."
        ),
        place="Islamabad",
        what="Intergovernmental agreement to build the North-South gas pipeline",
        standing=Standing.SUPERSEDED,  # changed by the 2021 protocol (pakistan-stream-protocol)
    ),
    Exercise(
        id="druzhba-first",
        label="The first Druzhba joint exercise, in Pakistan",
        date="2016-09-24",
        end="2016-10-10",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dawn-druzhba-2016",),
        name="Druzhba (Friendship)",
        edition="I",
        place="Pakistan",
    ),
    Event(
        id="trilateral-moscow-2016",
        label="Russia, China and Pakistan hold talks on Afghanistan in Moscow",
        date="2016-12-27",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("nation-trilateral-moscow-2016", "indianexpress-trilateral-2016"),
        note="The third round of their consultations; Afghanistan's government was not invited.",
    ),
    Event(
        id="sco-full-member",
        label="Pakistan becomes a full member of the Shanghai Cooperation Organisation",
        date="2017-06-09",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("app-sco-full-member-2017", "dawn-sco-astana-2017"),
        note="At the Astana summit, on the same day as India.",
    ),
    Event(
        id="mi35m-delivery",
        label="The Mi-35M helicopters are delivered",
        date="2017",
        era="new-beginning",
        status=Status.UNVERIFIED,
        note="The research notes give this year, but no source dated after the delivery was found.",
    ),
    Event(
        id="dastgir-arms-talks",
        label="Pakistan's defence minister says talks on Russian arms are under way",
        date="2018-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("thenews-dastgir-2018",),
        note="Su-35 talks were 'in early stages'; nothing has been bought.",
    ),
    Event(
        id="india-s400-contract",
        label="India signs its contract for Russian S-400 air defence systems",
        date="2018-10-05",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("ndtv-india-s400", "dawn-india-s400"),
    ),
    # Growing friendship
    Agreement(
        id="pakistan-stream-protocol",
        label="A protocol renames the pipeline Pakistan Stream and changes its terms",
        date="2021-05-28",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dawn-pakistan-stream-protocol",),
        what="Renames the North-South pipeline Pakistan Stream and changes its terms",
    ),
    Event(
        id="dasu-attack",
        label="A suicide bomb hits a bus of workers going to the Dasu hydropower project",
        date="2021-07-14",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("daily-pakistan-dasu", "asiatimes-afp-dasu", "wikipedia-dasu-bus-attack"),
        note=(
            "No Russian was involved: the victims were Chinese and Pakistani. The attack is here as the "
            "original article's example of the risks foreign workers face in Pakistan."
        ),
    ),
    Event(
        id="pakistan-stream-heads-of-terms",
        label="Heads of terms for Pakistan Stream are signed",
        date="2021-07-15",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("devdiscourse-pakistan-stream-hot",),
    ),
    Exercise(
        id="druzhba-2021",
        label="The sixth Druzhba exercise, in Russia's Krasnodar region",
        note=(
            "Sources differ on the days (TASS and Pakistan's military give different ones), so only the month is shown."
        ),
        date="2021-09",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("tass-druzhba-2021", "geo-druzhba-vi-concludes-2021"),
        name="Druzhba (Friendship)",
        edition="VI",
        place="Molkino range, Krasnodar Region, Russia",
    ),
    Event(
        id="unga-ukraine-abstention-2022",
        label="Pakistan abstains in the UN General Assembly's vote deploring Russia's aggression against Ukraine",
        date="2022-03-02",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("pakistantoday-unga-abstain-2022", "thenews-unga-abstain-2022"),
        note="China and India abstained too.",
    ),
    Event(
        id="wheat-deal-approved",
        label="Pakistan approves buying Russian wheat government-to-government",
        date="2022-10-31",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nasdaq-reuters-wheat-2022",),
    ),
    Event(
        id="oil-talks-moscow",
        label="Pakistan's minister of state for petroleum leaves for Russia with a delegation for oil talks",
        date="2022-11-28",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nation-oil-delegation-2022", "arabnews-russian-oil-2023"),
    ),
    Event(
        id="oil-discount-agreed",
        label="Pakistan says Russia has agreed to supply oil at a discount",
        date="2022-12-05",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("arynews-oil-discount-2022", "arabnews-russian-oil-2023"),
    ),
    Event(
        id="wheat-first-ships",
        label="The first ship with Russian wheat docks at Port Qasim, Karachi",
        date="2023-01-09",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dawn-wheat-ship-docks-2023", "propakistani-wheat-ships-2023", "tass-wheat-ships-2023"),
        note="A second ship was near the port but had yet to dock, although two were announced as arrived.",
    ),
    Event(
        id="unga-ukraine-abstention-2023",
        label="Pakistan abstains again as the UN General Assembly asks Russia to withdraw from Ukraine",
        date="2023-02-23",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nation-unga-abstain-2023", "dailypakistan-unga-abstain-2023"),
        note="The vote came on the eve of the war's first anniversary (a Thursday, by The Nation of 25 February).",
    ),
    Event(
        id="oil-first-order",
        label="Pakistan places its first order for Russian crude oil",
        date="2023-04",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nation-first-oil-order",),
    ),
    Event(
        id="us-sovereign-decisions",
        label="The US State Department says energy purchases are each country's sovereign decision",
        date="2023-04-25",
        era="growing-friendship",
        status=Status.CORRECTED,
        sources=("thenews-us-sovereign-choice", "dawn-us-not-opposing-oil-deal"),
        note="The spokesman also pointed to support for the G7 price cap on Russian oil.",
    ),
    Event(
        id="russian-oil-first-cargo",
        label="The first cargo of discounted Russian oil reaches Karachi",
        date="2023-06-11",
        era="growing-friendship",
        status=Status.CORRECTED,
        sources=("khaleej-reuters-first-oil-cargo", "arabnews-second-oil-cargo"),
        note="A second cargo arrived later the same month.",
    ),
    Event(
        id="oil-paid-in-yuan",
        label="Pakistan says it paid for its first Russian oil in Chinese yuan",
        date="2023-06",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("scmp-oil-yuan-2023", "chinadaily-oil-yuan-2023"),
        note="Said by Pakistan's petroleum minister, Musadik Malik, without the price or the discount.",
    ),
    Event(
        id="trade-record-2023",
        label="Pakistan–Russia trade passes $1 billion in a calendar year, a record by Russian figures",
        date="2023",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("tass-trade-exceeded-1bn-2024", "brecorder-matviyenko-2024"),
        note="Russian officials gave no exact figure; the trade table keeps the year as a gap with this note.",
    ),
    Event(
        id="brics-application",
        label="Pakistan's ambassador in Moscow says Pakistan has applied to join BRICS",
        date="2023-11-22",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("aa-brics-2023", "nationalherald-brics-2023"),
        note="He said Pakistan counted on Russia's help; Pakistan's Foreign Office did not comment.",
    ),
    Exercise(
        id="druzhba-2024",
        label="The seventh Druzhba exercise begins at Pabbi, Pakistan",
        date="2024-10-13",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dawn-druzhba-2024",),
        name="Druzhba (Friendship)",
        edition="VII",
        place="National Counter-Terrorism Centre, Pabbi, Pakistan",
    ),
]
