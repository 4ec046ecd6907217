"""Joint exercises: the Druzhba series (armies), Arabian Monsoon (navies) and
Russia's part in Pakistan's multinational AMAN exercises, oldest first.
"""

from pakru_data.model import Exercise, Status

EXERCISES = [
    Exercise(
        id="druzhba-first",
        label="The first Druzhba joint exercise, in Pakistan",
        date="2016-09-24",
        end="2016-10-10",
        era="new-beginning",
        story=True,
        status=Status.SINGLE_SOURCE,
        sources=("dawn-druzhba-2016",),
        name="Druzhba (Friendship)",
        edition="I",
        place="Pakistan",
    ),
    Exercise(
        id="druzhba-2017",
        label="Druzhba II joint military exercise",
        date="2017-09-25",
        end="2017-10-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("rferl-druzhba-2017-caucasus", "tass-friendship-2018-announced", "nation-druzba-2017-begins"),
        name="Druzhba (Friendship)",
        edition="II",
        place="Nizhny Arkhyz, Karachay-Cherkessia, Russia",
        note=(
            "Opened on 25 September at the village of Nizhny Arkhyz and scheduled to run through 4 October "
            "(RFE/RL); held in the North Caucasus with over 200 servicemen (Russia's Southern Military "
            'District, via TASS, 2018). The Nation and GKToday later wrote "Mineralnye Vody", which the '
            "reports of the time do not support."
        ),
    ),
    Exercise(
        id="druzhba-2018",
        label="Druzhba III joint military exercise",
        date="2018-10-22",
        end="2018-11-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("thenews-russian-contingent-2018", "dawn-druzhba-iii-2018"),
        name="Druzhba (Friendship)",
        edition="III",
        place="National Counter-Terrorism Centre, Pabbi, Nowshera, Pakistan",
        note=(
            "Start is the day the Russian contingent arrived (Monday 22 Oct 2018, per Dawn); the end is the "
            'planned end ("expected to go on till Nov 4").'
        ),
    ),
    Exercise(
        id="peace-mission-2018",
        label="Pakistan's troops take part in Peace Mission-2018, the SCO exercise Russia hosts",
        date="2018-08",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dailytimes-peace-mission-2018", "aaj-peace-mission-2018"),
        name="Peace Mission (SCO, hosted by Russia)",
        edition="2018",
        place="Chebarkul range, Chelyabinsk Region, Russia",
        note=(
            "Sources differ on the days: scheduled for 20-29 August (Aaj News, 19 August 2018), held 24-29 "
            "August (Daily Times, after the exercise); so only the month is shown. About 100 Pakistani "
            "personnel; the first exercise with both India's and Pakistan's troops."
        ),
    ),
    Exercise(
        id="druzhba-2019",
        label="Druzhba IV joint military exercise",
        date="2019-10-01",
        end="2019-10-11",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("tass-friendship-2019-ends", "thenews-druzhba-2019-concludes"),
        name="Druzhba (Friendship)",
        edition="IV",
        place="Molkino range, Krasnodar Region, Russia",
    ),
    Exercise(
        id="tsentr-2019",
        label="Pakistan's troops take part in Tsentr-2019, Russia's strategic exercise",
        date="2019-09-16",
        end="2019-09-21",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("tass-tsentr-2019", "thenews-tsentr-2019"),
        name="Tsentr (Centre, hosted by Russia)",
        edition="2019",
        place="Donguz range, Orenburg Region, Russia",
        note=(
            "Days of the main operations (TASS); the opening at Donguz with a Pakistani contingent (ISPR via The News)."
        ),
    ),
    Exercise(
        id="kavkaz-2020",
        label="Pakistan's troops take part in Kavkaz-2020, Russia's strategic exercise",
        date="2020-09-21",
        end="2020-09-26",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dawn-kavkaz-2020", "tribune-khattak-kavkaz-2020"),
        name="Kavkaz (Caucasus, hosted by Russia)",
        edition="2020",
        place="Astrakhan Region, Russia",
        note=(
            "Planned days (Dawn, 20 September 2020: 20 Pakistani commandos at the opening ceremony the day "
            "before); Pakistan's defence minister watched it at Astrakhan (APP)."
        ),
    ),
    Exercise(
        id="druzhba-2020",
        label="Druzhba V joint military exercise",
        date="2020-11-08",
        end="2020-11-19",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=(
            "nation-druzhba-v-starts-2020",
            "dailypakistan-druzhba-2020-concludes",
            "dailypakistan-druzhba-v-begins-2020",
        ),
        name="Druzhba (Friendship)",
        edition="V",
        place="Tarbela and National Counter-Terrorism Centre, Pabbi, Pakistan",
        note=(
            'Nation item dated 9 Nov 2020, so "Sunday" = 8 Nov; the Russian contingent arrived on 5 Nov, the '
            'day Daily Pakistan says the exercise "begin[s] today". Closing ceremony reported on Thursday 19 '
            'Nov 2020 "at National Counter Terrorism Center near Kharian" (Daily Pakistan). ARY News\'s '
            'headline text called this edition "DRUZHBA -IV" and "DRUZHBA 5" in the same item.'
        ),
    ),
    Exercise(
        id="druzhba-2021",
        label="The sixth Druzhba exercise, in Russia's Krasnodar region",
        note=(
            "Sources differ on the days (TASS and Pakistan's military give different ones), so only the month is shown."
        ),
        date="2021-09",
        era="growing-friendship",
        story=True,
        status=Status.VERIFIED,
        sources=("tass-druzhba-2021", "geo-druzhba-vi-concludes-2021"),
        name="Druzhba (Friendship)",
        edition="VI",
        place="Molkino range, Krasnodar Region, Russia",
    ),
    Exercise(
        id="druzhba-2024",
        label="The seventh Druzhba exercise begins at Pabbi, Pakistan",
        date="2024-10-13",
        era="growing-friendship",
        story=True,
        status=Status.SINGLE_SOURCE,
        sources=("dawn-druzhba-2024",),
        name="Druzhba (Friendship)",
        edition="VII",
        place="National Counter-Terrorism Centre, Pabbi, Pakistan",
    ),
    Exercise(
        id="druzhba-2025",
        label="Druzhba VIII joint military exercise",
        date="2025-09-15",
        end="2025-09-27",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dunya-druzhba-viii-2025", "brecorder-druzhba-viii-2025", "brecorder-druzhba-2025-concluded"),
        name="Druzhba (Friendship)",
        edition="VIII",
        place="Russia (Southern Military District)",
        note=(
            "Days from Pakistan's military (ISPR); Russia's Defence Ministry said the exercise was held on the "
            "territory of its Southern Military District (Business Recorder, 12 Oct 2025). No source read names "
            "the range."
        ),
    ),
    Exercise(
        id="arabian-monsoon-2014",
        label="The first Arabian Monsoon naval exercise",
        date="2014",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-boost-defence-ties-2018",),
        name="Arabian Monsoon",
        edition="first",
        place="North Arabian Sea",
        note=(
            "Only the year the series began. A Russian Pacific Fleet group led by Marshal Shaposhnikov was "
            "heading to Karachi in April 2014 and held an anti-piracy drill with PNS Aslat (RIA Novosti via "
            "defence.pk; Arabic report on masress) - see leads."
        ),
    ),
    Exercise(
        id="arabian-monsoon-2015",
        label="Arabian Monsoon naval exercise",
        date="2015",
        era="new-beginning",
        status=Status.UNVERIFIED,
        sources=("topwar-kulakov-2015",),
        name="Arabian Monsoon",
        place="northern Arabian Sea",
        note=(
            "Read only in a machine-translated German mirror of topwar.ru quoting the Northern Fleet "
            "spokesman (Serga); the voyage began 23 Oct, so the exercise was later in 2015. Needs a better "
            "source."
        ),
    ),
    Exercise(
        id="arabian-monsoon-2018",
        label="Arabian Monsoon naval exercise",
        date="2018",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-boost-defence-ties-2018",),
        name="Arabian Monsoon",
        place="North Arabian Sea (after a port call at Karachi)",
        note=(
            'The Russian ships (Severomorsk, tanker Kama) visited Karachi "in last week of November"; the '
            "News item is dated 2 Dec 2018, so the exercise was late Nov or 1 Dec 2018."
        ),
    ),
    Exercise(
        id="arabian-monsoon-2021",
        label="Arabian Monsoon naval exercise",
        date="2021-02",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("brecorder-arabian-monsoon-2021", "agenzianova-arabian-monsoon-2021"),
        name="Arabian Monsoon",
        place="North Arabian Sea",
        note="Held after AMAN-21 (Agenzia Nova, 13 Feb 2021); Business Recorder item dated 21 Feb 2021.",
    ),
    Exercise(
        id="arabian-monsoon-2025",
        label="Arabian Monsoon VI naval exercise",
        date="2025-03",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("app-arabian-monsoon-vi-2025", "urdupoint-russian-ships-karachi-2025", "dawn-arabian-monsoon-vi-2025"),
        name="Arabian Monsoon",
        edition="VI",
        place="North Arabian Sea (harbour phase at Karachi)",
        note=(
            "The Russian flotilla (frigates Rezkiy and Aldar Tsydenzhapov, tanker Pechenga) was at Karachi "
            "15-18 March 2025 (UrduPoint); APP reported the exercise on 19 March. Exact sea-phase days not "
            "given."
        ),
    ),
    Exercise(
        id="aman-2017",
        label="Russia's navy takes part in AMAN-17, the multinational exercise Pakistan hosts",
        date="2017-02-10",
        end="2017-02-14",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("nation-aman-17-2017", "indianexpress-severomorsk-aman-2017"),
        name="AMAN (multinational, hosted by Pakistan)",
        edition="AMAN-17 (fifth)",
        place="Karachi and North Arabian Sea",
        note="Russia sent Severomorsk (ASW ship), tug Altay and tanker Dubna (The Nation).",
    ),
    Exercise(
        id="aman-2021",
        label="Russia's navy takes part in AMAN-21, the multinational exercise Pakistan hosts",
        date="2021-02-11",
        end="2021-02-16",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dailypakistan-russia-aman-2021", "agenzianova-arabian-monsoon-2021"),
        name="AMAN (multinational, hosted by Pakistan)",
        edition="AMAN-21 (seventh)",
        place="Karachi and North Arabian Sea",
        note=(
            "Dates are the schedule announced in Dec 2020, repeated by Agenzia Nova on 13 Feb 2021 while the "
            "Russian ships (Black Sea Fleet) were at Karachi. First exercise with NATO navies for Russia "
            "since 2011."
        ),
    ),
    Exercise(
        id="peace-mission-2021",
        label="Pakistan's troops take part in Peace Mission-2021, the SCO exercise Russia hosts",
        date="2021-09",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("dailypakistan-peace-mission-2021", "abbtakk-peace-mission-2021"),
        name="Peace Mission (SCO, hosted by Russia)",
        edition="2021",
        place="Donguz training area, Orenburg Region, Russia",
        note="The opening ceremony was reported on 21-22 September 2021 (ISPR); the end is not given.",
    ),
]
