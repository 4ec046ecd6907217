"""Visits between Pakistan and the USSR or Russia, and meetings at summits, oldest first.

Each is an event (so it is on the timeline of its era); ``date`` keeps only the precision
the sources give.  Add one by copying a record below (see docs/how-to-correct.md).
"""

from pakru_data.model import DateVersion, Direction, Status, Visit

VISITS = [
    Visit(
        id="ayub-moscow-visit",
        label="President Ayub Khan visits Moscow",
        date="1965-04",
        era="cold-war",
        story=True,
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
    Visit(
        id="ayub-moscow-1967",
        label="Ayub Khan visits Moscow again",
        date="1967-09",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("dawn-ayub-kremlin-1967", "korgun-russia-pakistan-afghan-factor"),
        who="Ayub Khan",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="talks with Soviet leaders; raised Kashmir and the arms balance in the subcontinent",
        note=(
            "His second visit, after April 1965's. Dawn's report from Moscow dates the first day of talks and "
            "the Kremlin dinner to 25 September 1967; V. Korgun lists Ayub Khan's visits of 1965 and 1967. "
            "Arrival and departure days not found."
        ),
    ),
    Visit(
        id="kosygin-rawalpindi-1968",
        label="Alexei Kosygin visits Rawalpindi",
        date="1968-04-17",
        end="1968-04-21",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("dawn-kosygin-visit-1968", "time-consolation-prizes-1968"),
        who="Alexei Kosygin",
        office="Chairman of the Council of Ministers (Premier) of the USSR",
        direction=Direction.TO_PAKISTAN,
        place="Rawalpindi",
        outcome=(
            "first visit by a Soviet premier; talks with Ayub Khan on Soviet arms for India and Kashmir; no "
            "meeting of minds"
        ),
        note=(
            'Dates are the official announcement of 3 April 1968 (Dawn\'s "From the past pages", reprinted 4 '
            'Apr 2018); Time (26 Apr 1968) confirms the arrival at Rawalpindi and "the first Russian Premier '
            'ever to visit Pakistan". Kosygin came again in May 1969 (kosygin-pakistan-1969): a second visit, '
            "not a contradiction of this one."
        ),
    ),
    Visit(
        id="grechko-pakistan-1969",
        label="Andrei Grechko visits Pakistan",
        date="1969",
        era="cold-war",
        status=Status.UNVERIFIED,
        sources=("eurasia-ro-military-agreement-2014",),
        who="Andrei Grechko",
        office="Defence Minister of the USSR",
        direction=Direction.TO_PAKISTAN,
        place="Pakistan",
        outcome="last Soviet/Russian defence minister's visit before 2014",
        note="Weak source (an aggregator site reprinting a 2014 news report); needs a better one.",
    ),
    Visit(
        id="kosygin-pakistan-1969",
        label="Alexei Kosygin visits Pakistan again",
        date="1969-05",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("dawn-kosygin-plan-2018", "brecorder-fradkov-visit-2007", "korgun-russia-pakistan-afghan-factor"),
        who="Alexei Kosygin",
        office="Chairman of the Council of Ministers (Premier) of the USSR",
        direction=Direction.TO_PAKISTAN,
        place="Pakistan",
        outcome="put his plan for regional trade and roads through Afghanistan and Pakistan to Yahya Khan",
        note=(
            "A second visit, after April 1968's. Pakistan's Foreign Office (2007) dates it to May 1969; A.G. "
            "Noorani (Dawn, 2018) says Kosygin floated his plan in Pakistan in May 1969; V. Korgun lists "
            "Kosygin's visits to Pakistan in 1968 and 1969. No source read names the city or the days."
        ),
    ),
    Visit(
        id="yahya-khan-moscow-1970",
        label="Yahya Khan visits Moscow",
        date="1970",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("dawn-yahya-visit-steel-mill-1970", "hindu-yahya-visit-moscow", "surkhiyan-brohi-relations-iii"),
        who="Yahya Khan",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="Soviet promise of help for a steel plant; economic aid discussed",
        note=(
            "A state visit. Dawn's report of 6 July 1970 calls it recent: the Soviet ambassador had come back "
            "from it on Sunday 5 July. The December 2026 audit gives June 1970, but no source read here names "
            'the month, so only the year is shown; an opinion column\'s "early 1970" is not supported.'
        ),
    ),
    Visit(
        id="bhutto-moscow-1974",
        label="Zulfikar Ali Bhutto visits Moscow",
        date="1974-10-24",
        end="1974-10-26",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("us-cable-1974-moscow-16520", "us-cable-1974-moscow-15790"),
        who="Zulfikar Ali Bhutto",
        office="Prime Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="high-level dialogue restored; agreement to negotiate a new trade agreement; no breakthrough",
    ),
    Visit(
        id="zia-moscow-1985",
        label="Zia ul-Haq in Moscow for Chernenko's funeral; meets Gorbachev",
        date="1985-03",
        era="cold-war",
        status=Status.VERIFIED,
        sources=("zia-moscow-report-1985", "chicagotribune-chernenko-funeral-1985"),
        who="Zia ul-Haq",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow (funeral of Konstantin Chernenko)",
        outcome="two meetings with Mikhail Gorbachev on Afghanistan during a two-day stay",
        note=(
            "The Chicago Tribune (13 March 1985) lists Pakistan's leader among those at the funeral on "
            "Wednesday 13 March; a news report read in a copy says Zia had two meetings with Gorbachev and "
            "came home late on the Thursday. The meetings' days are not given."
        ),
    ),
    Visit(
        id="nawaz-sharif-moscow-1999",
        label="Nawaz Sharif visits Moscow",
        date="1999-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("jamestown-sharif-moscow-1999", "ipcs-sharif-moscow-1999"),
        who="Nawaz Sharif",
        office="Prime Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="talks with Yeltsin and Primakov; package of trade agreements signed",
        note=(
            "The Jamestown item's own date was not visible in the excerpt; IPCS commented on the visit on 12 "
            "May 1999. A SAAG paper (lead) gave the announced dates as 19-21 April 1999; an India TV report "
            '(2022) says "March 1999" (see research/README.md). Month kept.'
        ),
    ),
    Visit(
        id="musharraf-putin-almaty-2002",
        label="Pervez Musharraf and Vladimir Putin meet in Almaty (CICA summit)",
        date="2002-06-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-putin-almaty-2002", "rferl-cica-almaty-2002", "dawn-musharraf-cica-2002"),
        who="Pervez Musharraf and Vladimir Putin",
        office="Presidents of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Almaty (CICA summit)",
        outcome="talks on Russia-Pakistan relations and the India-Pakistan standoff",
        note=(
            "Putin said afterwards that in his meetings with Musharraf and Vajpayee they discussed relations "
            "between Russia and Pakistan (Kremlin); the summit met on 4 June 2002 (RFE/RL). The Kremlin "
            "transcript's own date is not in the excerpt read."
        ),
    ),
    Visit(
        id="musharraf-moscow-visit",
        label="President Musharraf visits Russia",
        date="2003-02-04",
        end="2003-02-06",
        era="new-beginning",
        story=True,
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
    Visit(
        id="aziz-fradkov-moscow-sco-2005",
        label="Shaukat Aziz and Mikhail Fradkov meet in Moscow (SCO summit)",
        date="2005-10",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-fradkov-visit-2007",),
        who="Shaukat Aziz and Mikhail Fradkov",
        office="Prime Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Moscow (SCO summit)",
        outcome="meeting of the two prime ministers at the SCO",
        note="Held in Moscow, but as a meeting at the SCO summit, so listed with the summit meetings.",
    ),
    Visit(
        id="aziz-fradkov-dushanbe-sco-2006",
        label="Shaukat Aziz and Mikhail Fradkov meet in Dushanbe (SCO summit)",
        date="2006-09",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("brecorder-fradkov-visit-2007",),
        who="Shaukat Aziz and Mikhail Fradkov",
        office="Prime Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Dushanbe (SCO summit)",
        outcome="meeting of the two prime ministers at the SCO",
    ),
    Visit(
        id="fradkov-islamabad-2007",
        label="Mikhail Fradkov visits Islamabad",
        date="2007-04-11",
        end="2007-04-13",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dawn-russian-pm-arrives-2007", "brecorder-fradkov-visit-2007"),
        who="Mikhail Fradkov",
        office="Prime Minister of Russia",
        direction=Direction.TO_PAKISTAN,
        place="Islamabad",
        outcome=(
            "first visit to Pakistan by a Russian Federation prime minister; talks with Shaukat Aziz, call on Musharraf"
        ),
        note=(
            'End date from the Foreign Office announcement ("visiting from 11 to 13 April"), not from a '
            "report after the visit."
        ),
    ),
    Visit(
        id="zardari-medvedev-yekaterinburg-2009",
        label="Asif Ali Zardari and Dmitry Medvedev meet in Yekaterinburg (SCO summit)",
        date="2009-06-15",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-trilateral-yekaterinburg-2009", "moscow-times-sco-2009"),
        who="Asif Ali Zardari and Dmitry Medvedev",
        office="Presidents of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Yekaterinburg (SCO summit)",
        outcome="bilateral meeting, then the first Russia-Afghanistan-Pakistan trilateral meeting",
        note="Held in Russia but at the SCO summit, so listed as a summit meeting.",
    ),
    Visit(
        id="zardari-medvedev-dushanbe-2009",
        label=(
            "Asif Ali Zardari and Dmitry Medvedev meet in Dushanbe (first quadrilateral summit with "
            "Afghanistan and Tajikistan)"
        ),
        date="2009-07-30",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("interfax-trade-growing-2009",),
        who="Asif Ali Zardari and Dmitry Medvedev",
        office="Presidents of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Dushanbe (first quadrilateral summit with Afghanistan and Tajikistan)",
        outcome="Medvedev noted trade with Pakistan had grown during the crisis",
        note=(
            'Interfax dateline "DUSHANBE. July 30"; CNN (2010) dates the first quadrilateral meeting to July 30, 2009.'
        ),
    ),
    Visit(
        id="zardari-medvedev-tashkent-2010",
        label="Asif Ali Zardari and Dmitry Medvedev meet in Tashkent (SCO summit)",
        date="2010-06-10",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-zardari-tashkent-2010",),
        who="Asif Ali Zardari and Dmitry Medvedev",
        office="Presidents of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Tashkent (SCO summit)",
        outcome="talks on regional security and bilateral cooperation before the SCO summit",
    ),
    Visit(
        id="zardari-medvedev-sochi-2010",
        label="Asif Ali Zardari and Dmitry Medvedev meet in Sochi (second quadrilateral summit)",
        date="2010-08-18",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-sochi-joint-statement-2010", "cnn-four-presidents-2010", "hindu-sochi-summit-2010"),
        who="Asif Ali Zardari and Dmitry Medvedev",
        office="Presidents of Pakistan and Russia",
        direction=Direction.TO_RUSSIA,
        place="Sochi (second quadrilateral summit)",
        outcome=(
            "bilateral talks and a four-nation joint statement on terrorism and drugs; visit cut to a few "
            "hours because of floods"
        ),
    ),
    Visit(
        id="zardari-moscow-2011",
        label="Asif Ali Zardari visits Moscow",
        date="2011-05-11",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("kremlin-zardari-2011", "hindu-zardari-russia-2011"),
        who="Asif Ali Zardari",
        office="President of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome=(
            "official visit; talks with Medvedev on 12 May; joint statement; air-traffic agreement and energy "
            "and agriculture MoUs signed"
        ),
        note=(
            "The Hindu calls it four days, an AFP report (Expatica) three days; end date not given by either, "
            "so left empty."
        ),
    ),
    Visit(
        id="zardari-medvedev-dushanbe-2011",
        label="Asif Ali Zardari and Dmitry Medvedev meet in Dushanbe (quadrilateral summit)",
        date="2011-09",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("tribune-broaden-ties-2011",),
        who="Asif Ali Zardari and Dmitry Medvedev",
        office="Presidents of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Dushanbe (quadrilateral summit)",
        outcome=(
            'agreed to broaden ties; Zardari proposed annual foreign-minister meetings; "sixth meeting in a '
            'period of less than three years"'
        ),
        note="Tribune published 3 Sep 2011; the meeting day is not in the excerpt.",
    ),
    Visit(
        id="khar-moscow-2012",
        label="Hina Rabbani Khar visits Moscow",
        date="2012-02",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("tribune-lavrov-placate-2012",),
        who="Hina Rabbani Khar",
        office="Foreign Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="visit during which she invited Lavrov to Pakistan",
    ),
    Visit(
        id="lavrov-islamabad-2012",
        label="Sergey Lavrov visits Islamabad",
        date="2012-10-03",
        end="2012-10-04",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("tribune-lavrov-arrives-2012", "tribune-lavrov-placate-2012", "hindu-lavrov-amends-2012"),
        who="Sergey Lavrov",
        office="Foreign Minister of Russia",
        direction=Direction.TO_PAKISTAN,
        place="Islamabad",
        outcome="bilateral consultations after Putin postponed his planned visit",
        note=(
            "Announced for 3-4 October (The Express Tribune, 2 October); during the visit The Express Tribune "
            '(4 October) says he "arrived in Islamabad on Wednesday on a two-day tour", and The Hindu that he '
            '"flew into Islamabad on Wednesday" (3 October 2012).'
        ),
    ),
    Visit(
        id="shoigu-islamabad-2014",
        label="Sergei Shoigu visits Islamabad / Rawalpindi",
        date="2014-11-20",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("tribune-military-cooperation-pact-2014", "business-standard-defence-agreement-2014"),
        who="Sergei Shoigu",
        office="Defence Minister of Russia",
        direction=Direction.TO_PAKISTAN,
        place="Islamabad / Rawalpindi",
        outcome="defence cooperation agreement signed; met Nawaz Sharif",
        note=(
            'Tribune published 20 Nov 2014 ("Thursday" = 20 Nov). Business Standard/IANS calls it "The '
            'two-day visit" and places the talks in Rawalpindi.'
        ),
    ),
    Visit(
        id="khawaja-asif-moscow-2014",
        label="Khawaja Asif visits Moscow (3rd Moscow Conference on International Security)",
        date="2014-05",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("nation-asif-moscow-conference-2014",),
        who="Khawaja Asif",
        office="Defence Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow (3rd Moscow Conference on International Security)",
        outcome="three-day official visit at Shoigu's invitation",
        note="One report, datelined Moscow and dated 23 May 2014; the days are not given.",
    ),
    Visit(
        id="khawaja-asif-moscow-2015",
        label="Khawaja Asif visits Moscow (regional security conference)",
        date="2015-04",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("khaleej-defence-cooperation-2015",),
        who="Khawaja Asif",
        office="Defence Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow (regional security conference)",
        outcome="met Shoigu; agreed to enhance defence cooperation including joint exercises",
    ),
    Visit(
        id="khawaja-asif-moscow-2016",
        label="Khawaja Asif visits Moscow (Moscow Conference on International Security)",
        date="2016-04",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("nawaiwaqt-asif-shoigu-2016",),
        who="Khawaja Asif",
        office="Defence Minister of Pakistan (also Minister for Water and Power)",
        direction=Direction.TO_RUSSIA,
        place="Moscow (Moscow Conference on International Security)",
        outcome="met Shoigu, who offered help with Pakistan's counter-terrorism capacity; met energy minister Novak",
        note=(
            "One Urdu report (INP), dated 30 April 2016. The News (Feb 2018) also says he attended a security "
            "conference in Moscow in 2016 as defence minister."
        ),
    ),
    Visit(
        id="nawaz-putin-ufa-2015",
        label="Nawaz Sharif and Vladimir Putin meet in Ufa (SCO summit)",
        date="2015-07-10",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("dawn-nawaz-putin-ufa-2015",),
        who="Nawaz Sharif and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Ufa (SCO summit)",
        outcome="first meeting of the two; Putin congratulated Pakistan on SCO accession; gas pipeline discussed",
        note='Dawn published 10 July 2015 and says "on Friday" (10 July 2015 was a Friday).',
    ),
    Visit(
        id="khawaja-asif-moscow-2017",
        label="Khawaja Asif visits Moscow",
        date="2017-04",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("urdupoint-asif-moscow-2017",),
        who="Khawaja Asif",
        office="Defence Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="met his Russian counterpart; agreed to strengthen defence ties",
        note="One Urdu report (Online), dated 27 April 2017; the occasion and the days are not given.",
    ),
    Visit(
        id="nawaz-putin-astana-2017",
        label="Nawaz Sharif and Vladimir Putin meet in Astana (SCO summit)",
        date="2017-06-09",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("nation-nawaz-putin-astana-2017", "nation-no-fta-russia-2017", "radio-pakistan-putin-astana-2017"),
        who="Nawaz Sharif and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Astana (SCO summit)",
        outcome="Putin congratulated Pakistan on full SCO membership; EAEU trade raised",
    ),
    Visit(
        id="asif-lavrov-new-york-2017",
        label="Khawaja Asif and Sergey Lavrov meet in New York (UN General Assembly)",
        date="2017-09",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("samaa-asif-leaves-russia-2018", "globaltimes-asif-visits-russia-2018"),
        who="Khawaja Asif and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="New York (UN General Assembly)",
        outcome="meeting on the sidelines of the UN General Assembly",
        note=(
            "Known only from Pakistan's Foreign Office statement of February 2018, printed by APP (Samaa) and "
            "Global Times: one statement, so one source. The day is not given."
        ),
    ),
    Visit(
        id="dastgir-moscow-igc-2017",
        label="Khurram Dastgir Khan visits Moscow (5th session of the intergovernmental commission)",
        date="2017-11",
        era="new-beginning",
        status=Status.DISPUTED,
        versions=(
            DateVersion(
                date="2017-11",
                sources=("app-dastgir-manturov-2018",),
                said_by="Pakistan's Ministry of Defence via APP, 6 April 2018: held in Moscow in November 2017",
            ),
            DateVersion(
                date="2017-12-01",
                sources=("app-dastgir-igc-2017",),
                said_by="APP, Islamabad press release of Friday 1 December 2017: concluded that day",
            ),
        ),
        who="Khurram Dastgir Khan",
        office="Defence Minister of Pakistan (co-chair of the intergovernmental commission)",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="concluded the 5th intergovernmental commission and signed its protocol with Denis Manturov",
        note=(
            "Sources disagree on when the session ended. APP's press release of Friday 1 December 2017 says "
            'Dastgir spoke "while concluding" the three-day session and signed its protocol; the ministry\'s '
            "release of April 2018 says it was held in November 2017, and Geo News gave 28-30 November (per "
            "the December 2026 audit; that report was not read here)."
        ),
    ),
    Visit(
        id="khawaja-asif-moscow-2018",
        label="Khawaja Asif visits Moscow",
        date="2018-02-19",
        end="2018-02-22",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=(
            "globaltimes-asif-visits-russia-2018",
            "dawn-asif-off-to-russia-2018",
            "tribune-asif-moscow-2018",
            "dawn-training-accord-2018",
        ),
        who="Khawaja Asif",
        office="Foreign Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="agreed to set up a commission on military cooperation (the JMCC)",
        note=(
            "Days from the Foreign Office's announcement (19 to 22 February, as Global Times reports it); Dawn "
            'says he left "on Monday" 19 February for four days. No report after the visit was read. The '
            'commission on military cooperation is from Dawn (August 2018), "earlier this year".'
        ),
    ),
    Visit(
        id="dastgir-moscow-security-conference-2018",
        label="Khurram Dastgir Khan visits Moscow (7th Moscow Conference on International Security)",
        date="2018-04",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("app-dastgir-manturov-2018",),
        who="Khurram Dastgir Khan",
        office="Defence Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow (7th Moscow Conference on International Security)",
        outcome="met Denis Manturov; reviewed 5th IGC decisions and the gas pipeline agreement",
        note='APP dateline 6 Apr 2018 ("a message received here on Friday"); the meeting day itself is not given.',
    ),
    Visit(
        id="qureshi-lavrov-moscow-2018",
        label="Shah Mahmood Qureshi visits Moscow",
        date="2018-12-26",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("indiatv-qureshi-lavrov-2018", "javedch-qureshi-lavrov-2018"),
        who="Shah Mahmood Qureshi",
        office="Foreign Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="talks with Lavrov on the Afghan peace process and the region",
        note=(
            'The last leg of a tour of Kabul, Tehran, Beijing and Moscow; met Lavrov "on Wednesday" (India TV; '
            "INP, dated 26 December 2018, a Wednesday)."
        ),
    ),
    Visit(
        id="qureshi-lavrov-bishkek-2019",
        label="Shah Mahmood Qureshi and Sergey Lavrov meet in Bishkek (SCO summit)",
        date="2019-06",
        era="new-beginning",
        status=Status.SINGLE_SOURCE,
        sources=("thenews-russian-fm-arrives-2021",),
        who="Shah Mahmood Qureshi and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Bishkek (SCO summit)",
        outcome="meeting on the sidelines of the SCO summit",
    ),
    Visit(
        id="imran-putin-bishkek-2019",
        label="Imran Khan and Vladimir Putin meet in Bishkek (SCO summit)",
        date="2019-06-13",
        era="new-beginning",
        status=Status.VERIFIED,
        sources=("dawn-pm-arrives-bishkek-2019", "nation-imran-putin-informal-2019"),
        who="Imran Khan and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Bishkek (SCO summit)",
        outcome="informal meeting only, on the way to a dinner",
        note=(
            'Dawn (published 14 Jun 2019) says Khan arrived in Bishkek "on Thursday" and had the informal '
            'interaction that day; The Nation (13 Jun 2019) says "on Thursday" too, so 13 Jun 2019.'
        ),
    ),
    Visit(
        id="qureshi-lavrov-moscow-2020",
        label="Shah Mahmood Qureshi and Sergey Lavrov meet in Moscow (SCO Council of Foreign Ministers)",
        date="2020-09",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("thenews-russian-fm-arrives-2021", "urdupoint-qureshi-moscow-2020"),
        who="Shah Mahmood Qureshi and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.TO_RUSSIA,
        place="Moscow (SCO Council of Foreign Ministers)",
        outcome="meeting on the sidelines of the SCO foreign ministers' meeting",
        note=(
            'UrduPoint (11 Sep 2020) says Qureshi "concluded his two-day visit" to Moscow and "held meeting '
            "with his Russian counterpart Sergei Lavrov besides attending a banquet hosted by President "
            'Vladimir Putin".'
        ),
    ),
    Visit(
        id="khattak-kavkaz-2020",
        label="Pervez Khattak visits Russia (Kavkaz-2020 exercise)",
        date="2020-09",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("tribune-khattak-kavkaz-2020",),
        who="Pervez Khattak",
        office="Defence Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Astrakhan (Kavkaz-2020 exercise)",
        outcome="watched the multinational exercise Kavkaz-2020 and met its Pakistani and Chinese participants",
        note="One report (APP via The Express Tribune, 28 September 2020); the days are not given.",
    ),
    Visit(
        id="lavrov-islamabad-2021",
        label="Sergey Lavrov visits Islamabad",
        date="2021-04-06",
        end="2021-04-07",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("geo-lavrov-arrives-2021", "dailypakistan-lavrov-talks-2021"),
        who="Sergey Lavrov",
        office="Foreign Minister of Russia",
        direction=Direction.TO_PAKISTAN,
        place="Islamabad",
        outcome="talks with Qureshi; called on Imran Khan; first Russian FM visit since 2012",
    ),
    Visit(
        id="qureshi-lavrov-dushanbe-2021",
        label="Shah Mahmood Qureshi and Sergey Lavrov meet in Dushanbe (SCO Council of Foreign Ministers)",
        date="2021-07",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("dna-qureshi-lavrov-dushanbe-2021",),
        who="Shah Mahmood Qureshi and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Dushanbe (SCO Council of Foreign Ministers)",
        outcome="reviewed decisions of Lavrov's April 2021 visit; Afghanistan",
        note='DNA dateline "ISLAMABAD, JUL 14" (2021); the meeting day itself is not stated.',
    ),
    Visit(
        id="imran-khan-moscow-2022",
        label="Imran Khan visits Moscow",
        date="2022-02-23",
        end="2022-02-24",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("observerbd-imran-moscow-2022", "trt-pakistan-pm-meets-putin-2022"),
        who="Imran Khan",
        office="Prime Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome=(
            "talks with Putin (about three hours) on the day the invasion of Ukraine began; energy "
            "cooperation discussed"
        ),
    ),
    Visit(
        id="qureshi-lavrov-huangshan-2022",
        label="Shah Mahmood Qureshi and Sergey Lavrov meet in Huangshan (neighbours of Afghanistan)",
        date="2022-03-30",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("app-qureshi-lavrov-huangshan-2022",),
        who="Shah Mahmood Qureshi and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Huangshan, China (third meeting of the neighbouring countries of Afghanistan)",
        outcome="reviewed relations after Imran Khan's Moscow visit; Qureshi stated Pakistan's position on Ukraine",
        note='APP, datelined Huangshan 30 March 2022, says they met "Wednesday" (30 March 2022).',
    ),
    Visit(
        id="shehbaz-putin-samarkand-2022",
        label="Shehbaz Sharif and Vladimir Putin meet in Samarkand (SCO summit)",
        date="2022-09-15",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("app-shehbaz-putin-samarkand-2022", "propakistani-putin-gas-2022"),
        who="Shehbaz Sharif and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Samarkand (SCO summit)",
        outcome="Putin said pipeline gas supplies to Pakistan were possible",
    ),
    Visit(
        id="bilawal-moscow-2023",
        label="Bilawal Bhutto Zardari visits Moscow",
        date="2023-01-29",
        end="2023-01-30",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nation-bilawal-moscow-2023", "brecorder-bilawal-arrives-2023"),
        who="Bilawal Bhutto Zardari",
        office="Foreign Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow",
        outcome="official talks with Lavrov and a joint press conference; trade, energy, Afghanistan",
        note='Business Recorder (APP) confirms arrival on Sunday 29 Jan 2023 and talks "on Monday".',
    ),
    Visit(
        id="bilawal-lavrov-goa-2023",
        label="Bilawal Bhutto Zardari and Sergey Lavrov meet in Goa (SCO Council of Foreign Ministers)",
        date="2023-05-04",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("samaa-bilawal-lavrov-goa-2023", "indiandefensenews-bilawal-lavrov-2023"),
        who="Bilawal Bhutto Zardari and Sergey Lavrov",
        office="Foreign Ministers of Pakistan and Russia",
        direction=Direction.ELSEWHERE,
        place="Goa (SCO Council of Foreign Ministers)",
        outcome="talks on food security, energy, people-to-people contacts and Afghanistan",
        note="Both reports date the meeting to Thursday 4 May 2023, the day both ministers arrived in Goa.",
    ),
    Visit(
        id="dar-lavrov-astana-2024",
        label="Ishaq Dar and Sergey Lavrov meet in Astana (SCO Council of Foreign Ministers)",
        date="2024-05-21",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("brecorder-dar-lavrov-astana-2024", "inform-sco-cfm-astana-2024"),
        who="Ishaq Dar and Sergey Lavrov",
        office="Deputy Prime Minister and Foreign Minister of Pakistan; Foreign Minister of Russia",
        direction=Direction.ELSEWHERE,
        place="Astana (SCO Council of Foreign Ministers)",
        outcome="agreed to hold the ninth session of the intergovernmental commission in Moscow that year",
        note=(
            'Business Recorder: they met "Tuesday" on the sidelines of the council; Kazinform: the council met '
            "on 21 May 2024, a Tuesday, with Dar there."
        ),
    ),
    Visit(
        id="shehbaz-putin-astana-2024",
        label="Shehbaz Sharif and Vladimir Putin meet in Astana (SCO summit)",
        date="2024-07-03",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("urdupoint-shehbaz-putin-astana-2024", "nepalipost-shehbaz-putin-2024"),
        who="Shehbaz Sharif and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Astana (SCO summit)",
        outcome="talks on bilateral cooperation; Sharif thanked Putin for oil supplies; next IGC agreed for Moscow",
    ),
    Visit(
        id="mishustin-islamabad-sco-2024",
        label="Mikhail Mishustin visits Islamabad (SCO Council of Heads of Government)",
        date="2024-10-15",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("nation-sco-leaders-arrive-2024", "thenews-mishustin-shehbaz-2024"),
        who="Mikhail Mishustin",
        office="Prime Minister of Russia",
        direction=Direction.TO_PAKISTAN,
        place="Islamabad (SCO Council of Heads of Government)",
        outcome=(
            "met Shehbaz Sharif on 16 Oct; agreed dialogue on trade, industry, energy, connectivity, science, education"
        ),
        note=(
            'The Nation item is dated 16 Oct 2024, so "Tuesday" is 15 Oct 2024; The News dates the meeting '
            '"on October 16, 2024".'
        ),
    ),
    Visit(
        id="dar-lavrov-kuala-lumpur-2025",
        label="Ishaq Dar and Sergey Lavrov meet in Kuala Lumpur (ASEAN Regional Forum)",
        date="2025-07-10",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("dunya-dar-lavrov-kl-2025",),
        who="Ishaq Dar and Sergey Lavrov",
        office="Deputy Prime Minister and Foreign Minister of Pakistan; Foreign Minister of Russia",
        direction=Direction.ELSEWHERE,
        place="Kuala Lumpur (ASEAN Regional Forum)",
        outcome="agreed to meet again at the SCO foreign ministers' session",
        note='Dunya item updated Fri 11 Jul 2025 00:02 PKT, so "Thursday" is 10 Jul 2025.',
    ),
    Visit(
        id="dar-lavrov-tianjin-2025",
        label="Ishaq Dar and Sergey Lavrov meet in Tianjin (SCO Council of Foreign Ministers)",
        date="2025-07-15",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=(
            "europetoday-dar-lavrov-tianjin-2025",
            "kommersant-lavrov-dar-tianjin-2025",
            "ariananews-sco-cfm-tianjin-2025",
        ),
        who="Ishaq Dar and Sergey Lavrov",
        office="Deputy Prime Minister and Foreign Minister of Pakistan; Foreign Minister of Russia",
        direction=Direction.ELSEWHERE,
        place="Tianjin (SCO Council of Foreign Ministers)",
        outcome="trade, energy, agriculture and defence; Dar renewed his invitation to Lavrov to visit Pakistan",
        note=(
            'Dar\'s office: they met "on Tuesday" on the sidelines of the council in Tianjin (Europe Today); '
            "Kommersant's correspondent reported the meeting there; the council met on Tuesday 15 July 2025 "
            "(Ariana News)."
        ),
    ),
    Visit(
        id="shehbaz-putin-beijing-2025",
        label="Shehbaz Sharif and Vladimir Putin meet in Beijing (after the SCO summit)",
        date="2025-09-02",
        era="growing-friendship",
        status=Status.VERIFIED,
        sources=("dailytimes-shehbaz-putin-beijing-2025", "tass-sharif-putin-trade-2025"),
        who="Shehbaz Sharif and Vladimir Putin",
        office="Prime Minister of Pakistan; President of Russia",
        direction=Direction.ELSEWHERE,
        place="Beijing (after the SCO summit)",
        outcome="Putin invited Sharif to the SCO heads of government meeting in Moscow; trade discussed",
    ),
    Visit(
        id="dar-lavrov-moscow-2025",
        label="Ishaq Dar visits Moscow (SCO Council of Heads of Government)",
        date="2025-11-18",
        era="growing-friendship",
        status=Status.SINGLE_SOURCE,
        sources=("pakistantoday-dar-lavrov-2025",),
        who="Ishaq Dar",
        office="Deputy Prime Minister and Foreign Minister of Pakistan",
        direction=Direction.TO_RUSSIA,
        place="Moscow (SCO Council of Heads of Government)",
        outcome="bilateral meeting with Lavrov at the Russian foreign ministry; met Overchuk on trade and railways",
        note="The quote is the Foreign Office post embedded in the article, dated November 18, 2025.",
    ),
]
