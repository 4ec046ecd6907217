"""The sources of the visits, agreements, exercises and trade records.

Each was read on ``RESEARCH`` as the excerpt of a stored copy that the research tool
returned, not the live page (see ``research/README.md``).  A title in square brackets is
pakru's description of a work whose headline the excerpt did not show.  Sources the site
already cited (same address) are not repeated here: records cite their existing ids.
"""

from pakru_data.model import Source, SourceKind

RESEARCH = "2026-11-29"  # the day these stored copies were read
SWEEP = "2026-12-04"  # the day the sources of the audit's corrections and the sweep were read
TRADE_AUDIT = "2026-12-04"  # the day the third audit's trade sources were read again in stored copies

SOURCES = [
    Source(
        id="agenzianova-arabian-monsoon-2021",
        kind=SourceKind.PRESS,
        publisher="Agenzia Nova",
        title="[Difesa: marine di Russia e Pakistan condurranno esercitazioni congiunte Arabian Monsoon]",
        url="https://www.agenzianova.com/a/6027cbc45b9627.48836078/3314265/2021-02-13/difesa-marine-di-russia-e-pakistan-condurranno-esercitazioni-congiunte-arabian-monsoon",
        published="2021-02-13",
        accessed=RESEARCH,
        note="Italian; quotes the Admiral Grigorovich's commander to Sputnik. Date from the URL.",
    ),
    Source(
        id="app-arabian-monsoon-vi-2025",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="PN, RFN conducted bilateral naval exercise Arabian Monsoon-VI in North Arabian Sea",
        url="https://www.app.com.pk/national/pn-rfn-conducted-bilateral-naval-exercise-arabian-monsoon-vi-in-north-arabian-sea/",
        published="2025-03-19",
        accessed=RESEARCH,
        note="Pakistan Navy news release as carried by APP.",
    ),
    Source(
        id="app-dastgir-igc-2017",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="[Pakistan-Russia partnership made substantive strides: Khurram Dastgir]",
        url="https://www.app.com.pk/pakistan-russia-partnership-made-substantive-strides-khurram-dastgir/",
        published="2017-12-01",
        accessed=RESEARCH,
        note='Title from the URL; dateline "ISLAMABAD, Dec 1 (APP)".',
    ),
    Source(
        id="app-dastgir-manturov-2018",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="[Dastgir holds meeting with Russian minister for industry]",
        url="http://www.app.com.pk/dastgir-holds-meeting-russian-minister-industry/",
        published="2018-04-06",
        accessed=RESEARCH,
        note='Title from the URL; dateline "ISLAMABAD, Apr 06 (APP)".',
    ),
    Source(
        id="app-exports-china-4bn-2022",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="[Pakistan's exports to China likely to touch $4 billion mark this year]",
        url="https://www.app.com.pk/business/pakistans-exports-to-china-likely-to-touch-4-billion-mark-this-year/",
        published="2022-08-03",
        accessed=RESEARCH,
        note='Title from the URL; dateline "BEIJING, Aug 3 (APP)".',
    ),
    Source(
        id="app-ganich-ejaz-2023",
        release="ministry-of-commerce-2023-10-12",  # the Ministry of Commerce's announcement of the Ejaz-Ganich meeting
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="Russian ambassador, Gohar Ejaz pledge to strengthen bilateral trade ties",
        url="https://www.app.com.pk/business/russian-ambassador-gohar-ejaz-pledge-to-strengthen-bilateral-trade-ties/",
        published="2023-10-12",
        accessed=RESEARCH,
        note='Dateline "ISLAMABAD, Oct 12 (APP)"; a Ministry of Commerce press release.',
    ),
    Source(
        id="app-shehbaz-putin-samarkand-2022",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="[PM meets Russian President Putin, discuss bilateral ties]",
        url="https://www.app.com.pk/global/pm-meets-russian-president-putin-discuss-bilateral-ties/",
        accessed=RESEARCH,
        note=(
            'Title from the URL; dateline "SAMARKAND, Sep 15 (APP)", year not shown (2022 per ProPakistani\'s '
            "report of the same meeting)."
        ),
    ),
    Source(
        id="ary-regional-exports-fy2024",
        kind=SourceKind.PRESS,
        publisher="ARY News",
        title="[Pakistan's exports increase 20pc in FY 2023-24]",
        url="https://arynews.tv/pakistans-exports-increase-20pc-in-fy-2023-24/",
        published="2024-07-25",
        accessed=RESEARCH,
        note=(
            "Headline not visible in the excerpt; the title in square brackets is a description (from the "
            "URL). Reports SBP data on exports to seven regional countries."
        ),
    ),
    Source(
        id="brecorder-arabian-monsoon-2021",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Navy conducts bilateral exercise with Russia, Sri Lanka]",
        url="https://www.brecorder.com/news/40066212/navy-conducts-bilateral-exercise-with-russia-sri-lanka",
        published="2021-02-21",
        accessed=RESEARCH,
        note='Title from the URL; a Pakistan Navy press release ("-PR").',
    ),
    Source(
        id="brecorder-bilawal-arrives-2023",
        kind=SourceKind.PRESS,
        publisher="Business Recorder (APP)",
        title="FM Bilawal arrives in Moscow on two-day official visit",
        url="https://www.brecorder.com/news/40223124/fm-bilawal-arrives-in-moscow-on-two-day-official-visit",
        published="2023-01-29",
        accessed=RESEARCH,
    ),
    Source(
        id="brecorder-druzhba-viii-2025",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Pakistan, Russia conclude joint counterterrorism exercise]",
        url="https://www.brecorder.com/news/40384742/pakistan-russia-conclude-joint-counterterrorism-exercise",
        published="2025-09-26",
        accessed=RESEARCH,
        note="Title from the URL; ISPR statement.",
    ),
    Source(
        id="brecorder-fradkov-visit-2007",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Pakistan, Russia expected to reactivate inter-governmental commission during Russian PM's visit]",
        url="https://brecorder.com/feeds/news/3382431",
        accessed=RESEARCH,
        note=(
            "Foreign Office spokesperson Tasnim Aslam's briefing on \"Monday\" before Fradkov's 11-13 April "
            "2007 visit; the page's own date was not visible."
        ),
    ),
    Source(
        id="brecorder-igc-8-2023",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Technical consultations: Pakistan, Russia draft protocol being signed today]",
        url="https://www.brecorder.com/news/40221359/technical-consultations-pakistan-russia-draft-protocol-being-signed-today",
        published="2023-01-20",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="brecorder-matviyenko-2024",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Pakistan-Russia trade sees 50pc hike last year: Matviyenko]",
        url="https://www.brecorder.com/news/40329447/pakistan-russia-trade-sees-50pc-hike-last-year-matviyenko",
        published="2024-10-29",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="brecorder-trade-2012-strekalov",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Russia-Pakistan trade turnover in 2012 (Russian deputy trade representative at Karachi Press Club)]",
        url="https://brecorder.com/news/amp/4085391",
        accessed=RESEARCH,
        note=(
            "Headline and date not visible; the press conference marked the 65th anniversary of diplomatic "
            "relations, so 2013."
        ),
    ),
    Source(
        id="business-standard-defence-agreement-2014",
        kind=SourceKind.PRESS,
        publisher="Business Standard (IANS/Xinhua)",
        title="[Pakistan, Russia sign defence cooperation agreement]",
        url="https://business-standard.com/article/news-ians/pakistan-russia-sign-defence-cooperation-agreement-114112001256_1.html",
        accessed=RESEARCH,
        note="Title from the URL; the URL's code suggests 20 Nov 2014.",
    ),
    Source(
        id="chinadaily-mirror-key-status-2018",
        kind=SourceKind.PRESS,
        publisher="China Daily",
        title="Key status reflects countries on the move",
        url="http://tsdianying02.cn/a/201811/07/WS5be2714ea310eff30328723d_8.html",
        published="2018-11-07",
        accessed=RESEARCH,
        via="an unofficial mirror on tsdianying02.cn",
        note=(
            "The original is named from the copy's address, which has the pattern of China Daily's "
            "articles (a /a/<yyyymm>/<dd>/WS… article id); China Daily's own page was not found, so "
            "the publisher is not confirmed. Date from the address."
        ),
    ),
    Source(
        id="cnn-four-presidents-2010",
        kind=SourceKind.PRESS,
        publisher="CNN",
        title="Presidents of Russia, Afghanistan, Pakistan, Tajikistan meet",
        url="http://www.cnn.com/2010/WORLD/europe/08/18/russia.presidents.meeting/index.html",
        published="2010-08-18",
        accessed=RESEARCH,
        note="By Maxim Tkachenko. Date from the URL.",
    ),
    Source(
        id="dailypakistan-druzhba-2020-concludes",
        kind=SourceKind.PRESS,
        publisher="Daily Pakistan",
        title="Pakistan-Russia military exercise Druzbha 2020 concludes",
        url="https://en.dailypakistan.com.pk/19-Nov-2020/pakistan-russia-military-exercise-druzbha-2020-concludes",
        published="2020-11-19",
        accessed=RESEARCH,
    ),
    Source(
        id="dailypakistan-druzhba-v-begins-2020",
        kind=SourceKind.PRESS,
        publisher="Daily Pakistan",
        title="[Pakistan, Russia begin Druzhba-V anti-terror drill]",
        url="https://en.dailypakistan.com.pk/05-Nov-2020/pakistan-russia-begin-druzhba-v-anti-terror-drill",
        published="2020-11-05",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="dailypakistan-lavrov-talks-2021",
        kind=SourceKind.PRESS,
        publisher="Daily Pakistan",
        title="Russian FM in Pakistan to hold top-level talks today",
        url="https://en.dailypakistan.com.pk/07-Apr-2021/russian-fm-in-pakistan-to-hold-top-level-talks-today",
        published="2021-04-07",
        accessed=RESEARCH,
    ),
    Source(
        id="dailypakistan-russia-aman-2021",
        kind=SourceKind.PRESS,
        publisher="Daily Pakistan",
        title="Russia to join Pakistan’s AMAN-2021 navy drills with NATO countries",
        url="https://en.dailypakistan.com.pk/10-Dec-2020/russia-to-join-pakistan-s-aman-2021-navy-drills-with-nato-countries",
        published="2020-12-10",
        accessed=RESEARCH,
    ),
    Source(
        id="dailytimes-regional-exports-fy2022",
        kind=SourceKind.PRESS,
        publisher="Daily Times",
        title="[Pakistan's regional exports increase 16.97pc to $4,591.998m during FY2022]",
        url="https://dailytimes.com.pk/973813/pakistans-regional-exports-increase-16-97pc-to-4591-998m-during-fy2022/",
        published="2022-07-28",
        accessed=RESEARCH,
        note=(
            "Headline not visible in the excerpt; the title in square brackets is a description (from the "
            "URL). Reports SBP data."
        ),
    ),
    Source(
        id="dailytimes-shehbaz-putin-beijing-2025",
        kind=SourceKind.PRESS,
        publisher="Daily Times",
        title="[Shehbaz, Putin pledge closer cooperation in Beijing]",
        url="https://dailytimes.com.pk/1363233/shehbaz-putin-pledge-closer-cooperation-in-beijing/",
        published="2025-09-02",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="dawn-arabian-monsoon-vi-2025",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Pakistan, Russia hold Arabian Monsoon VI naval exercise",
        url="https://dawn.com/news/amp/1899029",
        published="2025-03-20",
        accessed=RESEARCH,
        note='"Published in Dawn, March 20th, 2025".',
    ),
    Source(
        id="dawn-druzhba-iii-2018",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Russian army contingent arrives to participate in joint training exercise with Pak army",
        url="https://www.dawn.com/news/1440617",
        published="2018-10-22",
        accessed=RESEARCH,
    ),
    Source(
        id="dawn-kosygin-visit-1968",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[From the past pages of Dawn: 1968: Kosygin to visit Pakistan]",
        url="https://dawn.com/news/1399498",
        published="2018-04-04",
        accessed=RESEARCH,
        note=(
            'A 1968 Dawn report reprinted in "Published in Dawn, April 4th, 2018"; headline not visible. The '
            'original report is dated "today [April 3]" (1968).'
        ),
    ),
    Source(
        id="dawn-long-term-oil-2023",
        release="ministry-of-commerce-2023-10-12",  # the Ministry of Commerce's announcement of the Ejaz-Ganich meeting
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Pakistan eyes long-term oil deal with Russia",
        url="https://dawn.com/news/1780798",
        published="2023-10-13",
        accessed=RESEARCH,
    ),
    Source(
        id="dawn-nawaz-putin-ufa-2015",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Pakistan desires multi-dimensional ties with Russia, says Nawaz",
        url="https://www.dawn.com/news/1193608/pakistan-desires-multi-dimensional-ties-with-russia-says-nawaz",
        published="2015-07-10",
        accessed=RESEARCH,
    ),
    Source(
        id="dawn-overchuk-mou-2024",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Pakistan, Russia sign MoU for cooperation in multiple sectors",
        url="https://www.dawn.com/news/1859919/pakistan-russia-sign-mou-for-cooperation-in-multiple-sectors",
        published="2024-09-20",
        accessed=RESEARCH,
        note="By Baqir Sajjad Syed.",
    ),
    Source(
        id="dawn-pbc-trade-falters",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[Pakistan yet to benefit from Russia's pivot to Asia as trade falters: report]",
        url="https://www.dawn.com/news/1259837/pakistan-yet-to-benefit-from-russias-pivot-to-asia-as-trade-falters-report",
        accessed=RESEARCH,
        note=(
            "Title from the URL; publication date not visible (2016, from context). Reports a Pakistan "
            "Business Council study."
        ),
    ),
    Source(
        id="dawn-pm-arrives-bishkek-2019",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="PM arrives in Bishkek to attend SCO summit",
        url="https://dawn.com/news/amp/1488123",
        published="2019-06-14",
        accessed=RESEARCH,
    ),
    Source(
        id="dawn-russian-pm-arrives-2007",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Russian PM arrives",
        url="https://www.dawn.com/news/241984",
        published="2007-04-12",
        accessed=RESEARCH,
        note="The stored copy's address was https://www.dawn.com/news/241984/i.dawn.com (a crawler artefact).",
    ),
    Source(
        id="dawn-training-accord-2018",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[Accord with Russia signed for training of Pakistani troops]",
        url="https://www.dawn.com/news/1425673/accord-with-russia-signed-for-training-of-pakistani-troops",
        published="2018-08-08",
        accessed=RESEARCH,
        note="Title from the URL (stored copy had feed tracking parameters).",
    ),
    Source(
        id="dna-qureshi-lavrov-dushanbe-2021",
        kind=SourceKind.PRESS,
        publisher="DNA News Agency",
        title="[Pakistan, Russia discuss bilateral relations]",
        url="https://dnanews.com.pk/pakistan-russia-discuss-bilateral-relations/",
        published="2021-07-14",
        accessed=RESEARCH,
        note="Title from the URL (stored copy had RSS tracking parameters).",
    ),
    Source(
        id="dunya-dar-lavrov-kl-2025",
        kind=SourceKind.PRESS,
        publisher="Dunya News",
        title="Ishaq Dar meets Russia's Lavrov in Kuala Lumpur",
        url="https://dunyanews.tv/en/Pakistan/893894-ishaq-dar-meets-russias-lavrov-in-kuala-lumpur",
        published="2025-07-11",
        accessed=RESEARCH,
        note='"Updated On: Fri, 11 Jul 2025 00:02:38 PKT".',
    ),
    Source(
        id="dunya-druzhba-viii-2025",
        kind=SourceKind.PRESS,
        publisher="Dunya News",
        title="[Druzhba-VIII: Pakistan and Russia stage joint counter-terror drills]",
        url="https://dunyanews.tv/en/Pakistan/908703-druzhbaviii-pakistan-and-russia-stage-joint-counterterror-drills",
        published="2025-09-26",
        accessed=RESEARCH,
        note="Title from the URL; quotes an ISPR/PTV post dated September 26, 2025.",
    ),
    Source(
        id="eurasia-ro-military-agreement-2014",
        kind=SourceKind.PRESS,
        publisher="Press Trust of India (PTI)",
        title="[Pakistan, Russia sign defence cooperation agreement]",
        url="https://eurasia.ro/2014/11/22/pakistan-russia-sign-military-cooperation-agreement",
        published="2014-11-20",
        accessed=RESEARCH,
        via="a copy on eurasia.ro, an aggregator (dated 22 November 2014 in its address)",
        note=(
            "The original is named from its text, which is PTI's report as Business Standard carried it "
            "(business-standard.com, pti-stories, 114112001135, 20 November 2014); title from that "
            "address. Only the copy was read."
        ),
    ),
    Source(
        id="geo-druzhba-vi-concludes-2021",
        kind=SourceKind.PRESS,
        publisher="Geo News",
        via="a repost on agxpt.org",
        title="Pakistan, Russia special forces conclude counter-terrorism exercise Druzhba VI – Geo News",
        url="https://www.agxpt.org/2021/10/18/pakistan-russia-special-forces-conclude-counter-terrorism-exercise-druzhba-vi-geo-news/",
        published="2021-10-09",
        accessed=RESEARCH,
        note='Read on a re-posting site; the Geo News item is dated "Saturday Oct 09, 2021".',
    ),
    Source(
        id="geo-lavrov-arrives-2021",
        kind=SourceKind.PRESS,
        publisher="Geo News",
        title="[Russia's Foreign Minister Sergey Lavrov arrives in Islamabad on a two-day visit]",
        url="https://www.geo.tv/latest/343743-russias-foreign-minister-sergey-lavrov-arrives-in-islamabad-on-a-two-day-visit",
        accessed=RESEARCH,
        note='Title from the URL; photo caption dates the talks "April 6, 2021".',
    ),
    Source(
        id="globaltimes-offshore-2019",
        kind=SourceKind.PRESS,
        publisher="Global Times",
        title="Pakistan, Russia ink accord for offshore oil exploration",
        url="http://www.globaltimes.cn/content/1138163.shtml",
        published="2019-02-06",
        accessed=RESEARCH,
    ),
    Source(
        id="hindu-lavrov-amends-2012",
        kind=SourceKind.PRESS,
        publisher="The Hindu",
        title="Lavrov seeks to make amends in Pakistan",
        url="https://www.thehindu.com/news/international/Lavrov-seeks-to-make-amends-in-Pakistan/article12544838.ece",
        accessed=RESEARCH,
        note="Date not visible (October 2012 from content).",
    ),
    Source(
        id="hindu-sochi-summit-2010",
        kind=SourceKind.PRESS,
        publisher="The Hindu",
        title="Sochi summit today",
        url="https://www.thehindu.com/news/international/Sochi-summit-today/article16135388.ece",
        published="2010-08-18",
        accessed=RESEARCH,
    ),
    Source(
        id="hindu-yahya-visit-moscow",
        kind=SourceKind.PRESS,
        publisher="The Hindu",
        title="Yahya’s visit to Moscow",
        url="https://www.thehindu.com/todays-paper/tp-opinion/yahyas-visit-to-moscow/article31941730.ece",
        accessed=RESEARCH,
        note="An editorial; date not visible (probably an archive reprint).",
    ),
    Source(
        id="hindu-zardari-russia-2011",
        kind=SourceKind.PRESS,
        publisher="The Hindu",
        title="Zardari in Russia, on first foreign visit since Osama killing",
        url="https://www.thehindu.com/news/international/zardari-in-russia-on-first-foreign-visit-since-osama-killing/article2009430.ece",
        published="2011-05-11",
        accessed=RESEARCH,
        note='"May 11, 2011 07:43 pm".',
    ),
    Source(
        id="indianexpress-severomorsk-aman-2017",
        kind=SourceKind.PRESS,
        publisher="The Indian Express",
        title="[Russian anti-submarine ship arrives in Pakistan for joint naval exercises Aman-17]",
        url="http://indianexpress.com/article/world/russian-anti-submarine-ship-arrives-pakistan-for-joint-naval-exercises-aman-17-4515784/",
        published="2017-02-09",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="interfax-trade-growing-2009",
        kind=SourceKind.PRESS,
        publisher="Interfax",
        title="Trade between Russia, Pakistan growing even during crisis",
        url="https://interfax.com/newsroom/top-stories/67748/",
        published="2009-07-30",
        accessed=RESEARCH,
    ),
    Source(
        id="ipcs-sharif-moscow-1999",
        kind=SourceKind.SCHOLARLY,
        publisher="Institute of Peace and Conflict Studies (IPCS)",
        title="Sharif's Moscow Visit",
        url="https://www.ipcs.org/comm_select.php?articleNo=189",
        published="1999-05-12",
        accessed=RESEARCH,
        note="Commentary by Adnan Sattar.",
    ),
    Source(
        id="ips-igc-8-signed-2023",
        kind=SourceKind.PRESS,
        publisher="IPS (ips.media)",
        title="[Report on the Pakistan-Russia intergovernmental commission session and its protocol (Urdu)]",
        url="https://ips.media/news-67474",
        accessed=RESEARCH,
        note="Urdu; headline and date not visible.",
    ),
    Source(
        id="jamestown-sharif-moscow-1999",
        kind=SourceKind.SCHOLARLY,
        publisher="The Jamestown Foundation (Monitor, Volume 5, Issue 78)",
        title="[Pakistani prime minister in Moscow]",
        url="https://jamestown.org/program/pakistani-prime-minister-in-moscow/",
        accessed=RESEARCH,
        note="Title from the URL; date not visible (April 1999 from content).",
    ),
    Source(
        id="jxxfw-pakistan-china-trade-2010",
        kind=SourceKind.PRESS,
        publisher="jxxfw.com (Chinese periodical-index site)",
        title="[Pakistan-China trade in 2010]",
        url="https://jxxfw.com/periodical/7c248f89fcb1b835876a4e294902db73.html",
        accessed=RESEARCH,
        note="An OCR'd excerpt of an English-language article; original periodical and date not shown. Weak copy.",
    ),
    Source(
        id="khaleej-defence-cooperation-2015",
        kind=SourceKind.PRESS,
        publisher="Khaleej Times",
        title="Pakistan, Russia agree to step up defence cooperation",
        url="https://www.khaleejtimes.com/world/pakistan-russia-agree-to-step-up-defence-cooperation",
        published="2015-04-18",
        accessed=RESEARCH,
        note='"Published: Sat 18 Apr 2015"; read at the ?amp=1 address.',
    ),
    Source(
        id="kremlin-sochi-joint-statement-2010",
        kind=SourceKind.PRIMARY,
        publisher="President of Russia (Kremlin)",
        title=(
            "Joint statement by the Presidents of the Islamic Republic of Afghanistan, the Islamic Republic "
            "of Pakistan, the Russian Federation and the Republic of Tajikistan"
        ),
        url="http://en.special.kremlin.ru/supplement/4841",
        published="2010-08-18",
        accessed=RESEARCH,
    ),
    Source(
        id="kremlin-trilateral-yekaterinburg-2009",
        kind=SourceKind.PRIMARY,
        publisher="President of Russia (Kremlin)",
        title=(
            "Dmitry Medvedev met with President of Islamic Republic of Afghanistan Hamid Karzai and President "
            "of Islamic Republic of Pakistan Asif Ali Zardari."
        ),
        url="http://en.special.kremlin.ru/catalog/persons/95/events/4463",
        published="2009-06-15",
        accessed=RESEARCH,
    ),
    Source(
        id="kremlin-zardari-2011",
        kind=SourceKind.PRIMARY,
        publisher="President of Russia (Kremlin)",
        title="Meeting with President of Pakistan Asif Ali Zardari",
        url="http://en.special.kremlin.ru/catalog/countries/PK/events/11224",
        published="2011-05-12",
        accessed=RESEARCH,
    ),
    Source(
        id="kremlin-zardari-tashkent-2010",
        kind=SourceKind.PRIMARY,
        publisher="President of Russia (Kremlin)",
        title="Meeting with President of Pakistan Asif Ali Zardari",
        url="http://en.special.kremlin.ru/catalog/keywords/82/events/8015",
        published="2010-06-10",
        accessed=RESEARCH,
    ),
    Source(
        id="moscow-times-sco-2009",
        kind=SourceKind.PRESS,
        publisher="The Moscow Times",
        via="Johnson's Russia List 2009-112 #9, on russialist.org",
        title="Crisis and Security Top SCO Summit Agenda",
        url="http://www.russialist.org/archives/2009-112-9.php",
        published="2009-06-16",
        accessed=RESEARCH,
        note="By Nabi Abdullaev.",
    ),
    Source(
        id="nation-aman-17-2017",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Naval platforms arrive in Karachi for Aman-17]",
        url="http://nation.com.pk/national/10-Feb-2017/naval-platforms-arrive-in-karachi-for-aman-17",
        published="2017-02-10",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-bilawal-moscow-2023",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[FM Bilawal to undertake official visit to Moscow today]",
        url="https://www.nation.com.pk/29-Jan-2023/fm-bilawal-to-undertake-official-visit-to-moscow-today",
        published="2023-01-29",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-druzba-2017-begins",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Pak-Russia military exercise begins]",
        url="http://nation.com.pk/national/26-Sep-2017/pak-russia-military-exercise-begins",
        published="2017-09-26",
        accessed=RESEARCH,
        note="Title and date from the URL.",
    ),
    Source(
        id="nation-druzhba-v-starts-2020",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Pak-Russia joint exercise Druzhba-V starts at Tarbela]",
        url="https://nation.com.pk/09-Nov-2020/pak-russia-joint-exercise-druzhba-v-starts-at-tarbela",
        published="2020-11-09",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-imran-putin-informal-2019",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[PM Imran holds informal meeting with Russian president]",
        url="https://nation.com.pk/13-Jun-2019/pm-imran-holds-informal-meeting-with-russian-president",
        published="2019-06-13",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-nawaz-putin-astana-2017",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Nawaz, Putin discuss bilateral ties]",
        url="http://nation.com.pk/national/09-Jun-2017/nawaz-putin-discuss-bilateral-ties",
        published="2017-06-09",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-no-fta-russia-2017",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Pakistan has no FTA with Russia, NA told]",
        url="http://nation.com.pk/national/22-Sep-2017/pakistan-has-no-fta-with-russia-na-told",
        published="2017-09-22",
        accessed=RESEARCH,
        note="Title from the URL; Commerce Minister's answers in the National Assembly.",
    ),
    Source(
        id="nation-overchuk-mou-2024",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[PM expresses Pakistan's desire to enhance ties with Russia]",
        url="https://www.nation.com.pk/19-Sep-2024/pm-expresses-pakistan-s-desire-to-enhance-ties-with-russia",
        published="2024-09-19",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nation-sco-leaders-arrive-2024",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[PM Shehbaz welcomes SCO leaders in Islamabad]",
        url="https://www.nation.com.pk/16-Oct-2024/pm-shehbaz-welcomes-sco-leaders-in-islamabad",
        published="2024-10-16",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="nepalipost-shehbaz-putin-2024",
        kind=SourceKind.PRESS,
        publisher="The Nepali Post",
        title="Meeting Between Shehbaz Sharif And Putin",
        url="https://thenepalipost.com/details/38688",
        accessed=RESEARCH,
        note='Dated "Jul 04" without a year (2024 from content). Weak source, used only for the remark on oil.',
    ),
    Source(
        id="newindianexpress-training-2018",
        kind=SourceKind.PRESS,
        publisher="The New Indian Express (PTI)",
        title="Pakistani troops to receive training at Russian military institutes",
        url="http://www.newindianexpress.com/world/2018/aug/08/pakistani-troops-to-receive-training-at-russian-military-institutes-1855028.html",
        published="2018-08-08",
        accessed=RESEARCH,
    ),
    Source(
        id="observerbd-imran-moscow-2022",
        kind=SourceKind.PRESS,
        publisher="The Daily Observer, Dhaka (Reuters)",
        title="What a time I have come: Imran Khan in Moscow",
        url="https://www.observerbd.com/news.php?id=354778",
        published="2022-02-25",
        accessed=RESEARCH,
        note='"Published : Friday, 25 February, 2022"; Reuters copy dated Moscow, Feb 24.',
    ),
    Source(
        id="pakistan-times-oil-agreement-1961",
        kind=SourceKind.PRESS,
        publisher="The Pakistan Times, Lahore",
        via="a reproduction on bhutto.org, the Bhutto family's archive site",
        title="Pakistan-Soviet Oil Agreement",
        url="https://bhutto.org/?p=15611",
        published="1961-03-23",
        accessed=RESEARCH,
        note="An article reproduced on the Bhutto family's archive site.",
    ),
    Source(
        id="pakistancustoms-regional-exports-2025",
        kind=SourceKind.PRESS,
        publisher="pakistancustoms.net",
        title="[Pakistan's exports to regional countries reach $357 million in July FY25]",
        url="https://pakistancustoms.net/2025/08/pakistans-exports-to-regional-countries-reach-357-million-in-july-fy25.html",
        published="2025-08",
        accessed=RESEARCH,
        release="profit-regional-exports-2025-08-21",
        note=(
            "Title and month from the URL (read at the ?amp=1 address); reports SBP data. Its text is "
            "Profit's report of 21 August 2025 reworded, with the same figures rounded, so it is not a "
            "second source for them. Weak publisher."
        ),
    ),
    Source(
        id="pakistantoday-barter-2024",
        kind=SourceKind.PRESS,
        publisher="Pakistan Today",
        title="Pakistan, Russia ink historic trade deal",
        url="https://www.pakistantoday.com.pk/2024/10/03/pakistan-russia-ink-historic-trade-deal/",
        published="2024-10-03",
        accessed=RESEARCH,
    ),
    Source(
        id="pakistantoday-dar-lavrov-2025",
        kind=SourceKind.PRESS,
        publisher="Pakistan Today",
        title="[Pakistan, Russia FMs express satisfaction over positive trajectory of bilateral ties]",
        url="https://www.pakistantoday.com.pk/2025/11/19/pakistan-russia-fms-express-satisfaction-over-positive-trajectory-of-bilateral-ties/",
        published="2025-11-19",
        accessed=RESEARCH,
        note="Title from the URL; embeds a Foreign Office post dated November 18, 2025.",
    ),
    Source(
        id="pakobserver-lcci-kozlov",
        kind=SourceKind.PRESS,
        publisher="Pakistan Observer",
        title="[Pakistan, Russia equally important: LCCI chief]",
        url="https://pakobserver.net/pakistan-russia-equally-important-lcci-chief/",
        accessed=RESEARCH,
        note=(
            "Title from the URL; date not visible (2017 from content: Russian trade representative Kozlov at "
            "the Lahore Chamber)."
        ),
    ),
    Source(
        id="prime-pavlovsky-2025",
        kind=SourceKind.PRESS,
        publisher="PRIME (1prime.ru)",
        title="[MID: Moscow and Islamabad can exceed the 2023 trade record]",
        url="https://1prime.ru/20251216/mid-865602849.html",
        published="2025-12-16",
        accessed=RESEARCH,
        note='Russian; headline not visible; dateline "МОСКВА, 16 дек - ПРАЙМ".',
    ),
    Source(
        id="propakistani-putin-gas-2022",
        kind=SourceKind.PRESS,
        publisher="ProPakistani",
        title="[Putin confirms gas supplies to Pakistan possible as infrastructure is already in place]",
        url="https://propakistani.pk/2022/09/15/putin-confirms-gas-supplies-to-pakistan-possible-as-infrastructure-is-already-in-place/",
        published="2022-09-15",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="radio-pakistan-putin-astana-2017",
        kind=SourceKind.PRESS,
        publisher="Radio Pakistan",
        title="[Pakistan important partner of Russia in South Asia: Putin]",
        url="http://www.radio.gov.pk/10-Jun-2017/pakistan-important-partner-of-russia-in-south-asia-putin",
        published="2017-06-10",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="sabahnews-mou-2024",
        kind=SourceKind.PRESS,
        publisher="Sabah News",
        title="پاکستان اور روس کے درمیان معیشت اور تجارتی شعبے میں دوطرفہ تعاون کی مفاہمتی یاداشت پر دستخط",
        url="https://sabahnews.net/archives/210592",
        accessed=RESEARCH,
        release="pakistan-foreign-office-2024-09-18",
        note="Urdu; date not visible (September 2024 from content).",
    ),
    Source(
        id="surkhiyan-brohi-relations-iii",
        kind=SourceKind.PRESS,
        publisher="Surkhiyan",
        title="Pakistan – Russian Relations -III",
        url="https://surkhiyan.pk/pakistan-russian-relations-iii/",
        published="2019-11-08",
        accessed=RESEARCH,
        note="Opinion column by M. Alam Brohi. Weak source for dates.",
    ),
    Source(
        id="tapetrader-trade-balance-2021",
        kind=SourceKind.PRESS,
        publisher="Tape Trader Network",
        title="Pakistan suffers negative $ 620.99 million trade balance with Russia",
        url="https://tapetradernetwork.com/pakistan-suffers-negative-620-99-million-trade-balance-with-russia/",
        accessed=RESEARCH,
        note=(
            "Trade-press site reporting the Commerce Minister's written answer to the National Assembly \"on "
            'August 2" (2021); date of the page not visible.'
        ),
    ),
    Source(
        id="tass-friendship-2019-ends",
        kind=SourceKind.PRESS,
        publisher="TASS",
        title="Russian, Pakistani commandos storm enemy building to wrap up joint drills in south Russia",
        url="https://tass.com/defense/1082687",
        published="2019-10-11",
        accessed=RESEARCH,
        note='Dateline "KRASNODAR, October 11".',
    ),
    Source(
        id="tass-trade-exceeded-1bn-2024",
        kind=SourceKind.PRESS,
        publisher="TASS",
        title="[Russia-Pakistan trade turnover exceeded $1 billion in 2023, ambassador says]",
        url="https://tass.com/economy/1802631",
        published="2024-06-13",
        accessed=RESEARCH,
        note=(
            'Headline not visible; dateline "ISLAMABAD, June 13" (stored date 2024-06-12). Already cited in '
            "pakru_data/records/sources/article.py."
        ),
    ),
    Source(
        id="tass-sharif-putin-trade-2025",
        kind=SourceKind.PRESS,
        publisher="TASS",
        title="[Pakistan-Russia trade turnover grew in 2024, Shehbaz Sharif tells Putin]",
        url="https://tass.com/economy/2010967",
        published="2025-09-02",
        accessed=RESEARCH,
        note=(
            'Headline not visible; dateline "BEIJING, September 2" (2025 from content): an article of 2025 '
            "about 2024's trade (its id said 2024 until the December 2026 audit)."
        ),
    ),
    Source(
        id="thenews-boost-defence-ties-2018",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="Pakistan, Russia to boost defence ties",
        url="https://www.thenews.com.pk/print/400864-pakistan-russia-to-boost-defence-ties",
        published="2018-12-02",
        accessed=RESEARCH,
        note="Pakistan Navy statement.",
    ),
    Source(
        id="thenews-customs-mou-2023",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="[Pakistan, Russia to exchange statistical data on mutual trade]",
        url="https://www.thenews.com.pk/latest/1080807-pakistan-russia-to-exchange-statistical-data-on-mutual-trade",
        published="2023-06-15",
        accessed=RESEARCH,
        note="Title from the URL; Embassy of Pakistan in Russia statement.",
    ),
    Source(
        id="thenews-dedov-downturn-2015",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="‘Downturn in Russia-Pakistan trade only temporary’",
        url="http://www.thenews.com.pk/Todays-News-4-311985-Downturn-in-Russia-Pakistan-trade-only-temporary",
        published="2015-04-11",
        accessed=RESEARCH,
        note="By Anil Datta; Ambassador Alexey Dedov at the Pakistan Institute of International Affairs.",
    ),
    Source(
        id="thenews-druzhba-2019-concludes",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="Pakistan-Russia Druzhba 2019 military exercise concludes in Krasnodar",
        url="https://www.thenews.com.pk/latest/539773-pakistan-russia-druzhba-2019-military-exercise-concludes-in-krasnodar",
        accessed=RESEARCH,
        note="Date not visible.",
    ),
    Source(
        id="thenews-kozlov-800m-2018",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="‘Trade with Pakistan to reach $800 million by year-end’",
        url="https://www.thenews.com.pk/print/411757-trade-with-pakistan-to-reach-800-million-by-year-end",
        accessed=RESEARCH,
        note="Date not visible (late 2018 from content; a Tehran Times copy is dated December 29, 2018).",
    ),
    Source(
        id="thenews-mishustin-shehbaz-2024",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="[PM reaffirms Pakistan's commitment to strengthen ties with Russia]",
        url="https://www.thenews.com.pk/latest/1240765-pm-reaffirms-pakistans-commitment-to-strengthen-ties-with-russia",
        published="2024-10-16",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="thenews-russian-contingent-2018",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="[Russian military contingent arrives]",
        url="https://www.thenews.com.pk/print/384498-russian-military-contingent-arrives",
        accessed=RESEARCH,
        note="Title from the URL; date not visible (October 2018 from content).",
    ),
    Source(
        id="thenews-russian-fm-arrives-2021",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="[Russian FM arrives today]",
        url="https://www.thenews.com.pk/print/815589-russian-fm-arrives-today",
        published="2021-04-06",
        accessed=RESEARCH,
        note="Title from the URL.",
    ),
    Source(
        id="time-consolation-prizes-1968",
        kind=SourceKind.PRESS,
        publisher="Time",
        via="an unofficial text mirror on 610211.6jhxt.group",
        title="Consolation Prizes",
        url="http://610211.6jhxt.group/txt/time/Time1968/1968-04-26/838288.html",
        published="1968-04-26",
        accessed=RESEARCH,
        note=(
            "Time magazine, issue of Friday, Apr. 26, 1968, read on an unofficial text mirror; the time.com "
            "archive address was not found."
        ),
    ),
    Source(
        id="topwar-kulakov-2015",
        kind=SourceKind.PRESS,
        publisher="Topwar (topwar.ru)",
        via="a German machine translation on de.topwar.ru",
        title="[Vice-Admiral Kulakov began the international exercise]",
        url="https://de.topwar.ru/87486-vice-admiral-kulakov-pristupil-k-mezhdunarodnomu-ucheniyu.html",
        accessed=RESEARCH,
        note="Title from the URL slug; quotes Northern Fleet spokesman Serga. Weak copy.",
    ),
    Source(
        id="tribune-asif-moscow-2018",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune",
        title="Foreign minister visits Moscow on invitation of Russian counterpart",
        url="https://tribune.com.pk/story/1638714/foreign-minister-visits-moscow-invitation-russian-counterpart",
        accessed=RESEARCH,
        note=(
            "Read 2026-11-29 as the stored-page excerpt returned by the search tool (corpus pages), at the "
            '?amp=1 address. Date not visible (2018 from content, "70th anniversary of the establishment of '
            'diplomatic relations this year").'
        ),
    ),
    Source(
        id="tribune-broaden-ties-2011",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune",
        title="Pakistan, Russia agree to broaden scope of existing ties",
        url="https://tribune.com.pk/story/244101/pakistan-russia-agree-to-broaden-scope-of-existing-ties/",
        published="2011-09-03",
        accessed=RESEARCH,
    ),
    Source(
        id="tribune-lavrov-placate-2012",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune",
        title="After presidential snub: Russia sends out top diplomat to placate Pakistan",
        url="https://tribune.com.pk/story/445505/after-presidential-snub-russia-sends-out-top-diplomat-to-placate-pakistan/",
        published="2012-10-02",
        accessed=RESEARCH,
        note="By Kamran Yousaf.",
    ),
    Source(
        id="tribune-military-cooperation-pact-2014",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune",
        title="Pakistan, Russia sign 'milestone' military cooperation pact",
        url="https://tribune.com.pk/story/794295/pakistan-russia-sign-military-cooperation-agreement/",
        published="2014-11-20",
        accessed=RESEARCH,
    ),
    Source(
        id="trt-pakistan-pm-meets-putin-2022",
        kind=SourceKind.PRESS,
        publisher="TRT World",
        title="Pakistan PM meets Putin amid Russia-Ukraine tensions",
        url="https://www.trtworld.com/article/12791998",
        published="2022-02-24",
        accessed=RESEARCH,
    ),
    Source(
        id="urdupoint-igc-9-2024",
        kind=SourceKind.PRESS,
        publisher="UrduPoint (APP)",
        title="Pakistan, Russia Sign 8 Agreements To Strengthen Economic Ties",
        url="https://www.urdupoint.com/en/world/pakistan-russia-sign-8-agreements-to-strengt-1889001.html",
        published="2024-12-04",
        accessed=RESEARCH,
    ),
    Source(
        id="urdupoint-qureshi-moscow-2020",
        kind=SourceKind.PRESS,
        publisher="UrduPoint",
        title="FM Concludes Moscow Visit On High Note",
        url="https://www.urdupoint.com/en/pakistan/fm-concludes-moscow-visit-on-high-note-1026741.html",
        published="2020-09-11",
        accessed=RESEARCH,
    ),
    Source(
        id="urdupoint-russian-ships-karachi-2025",
        kind=SourceKind.PRESS,
        publisher="UrduPoint",
        title="Russian Federation Navy Ships Visit Karachi",
        url="https://www.urdupoint.com/en/pakistan/russian-federation-navy-ships-visit-karachi-1945475.html",
        published="2025-03-16",
        accessed=RESEARCH,
        note="Director General Public Relations (Navy) news release.",
    ),
    Source(
        id="urdupoint-shehbaz-putin-astana-2024",
        kind=SourceKind.PRESS,
        publisher="UrduPoint",
        title="PM Expresses Satisfaction At Growing Pak, Russian Ties Marked With Shared Desire",
        url="https://www.urdupoint.com/en/pakistan/pm-expresses-satisfaction-at-growing-pak-rus-1840722.html",
        published="2024-07-03",
        accessed=RESEARCH,
    ),
    Source(
        id="us-cable-1974-moscow-15790",
        kind=SourceKind.PRIMARY,
        publisher="US Embassy Moscow cable (WikiLeaks PlusD)",
        title="BHUTTO'S VISIT TO MOSCOW",
        url="https://theworldtomorrow.wikileaks.org/plusd/cables/1974MOSCOW15790.html",
        published="1974-10-17",
        accessed=RESEARCH,
        note="Subject line of cable MOSCOW 15790 (171705Z OCT 74); a released US diplomatic cable.",
    ),
    Source(
        id="us-cable-1974-moscow-16520",
        kind=SourceKind.PRIMARY,
        publisher="US Embassy Moscow cable (WikiLeaks PlusD)",
        title="BHUTTO VISIT TO MOSCOW",
        url="https://search.wikileaks.org/plusd/cables/1974MOSCOW16520.html",
        published="1974-10-30",
        accessed=RESEARCH,
        note="Subject line of cable MOSCOW 16520 (301116Z OCT 74).",
    ),
    # Read on 2026-12-04 for issue 17 (the audit's corrections and the documented sweep in
    # research/sweep/), in the same way: the stored excerpt that the search tool returned.
    Source(
        id="dawn-yahya-visit-steel-mill-1970",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="From The Past Pages Of Dawn: 1970: Fifty Years Ago: Steel Mill report",
        url="https://www.dawn.com/news/amp/1567529",
        published="2020-07-07",
        accessed=SWEEP,
        note=(
            "Reprints an agency report from Karachi of 6 July 1970: the Soviet ambassador had returned on "
            "Sunday from Moscow, where he had gone for President Yahya Khan's \"recent State visit to the "
            'Soviet Union".'
        ),
    ),
    Source(
        id="dawn-kosygin-plan-2018",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="The Kosygin Plan",
        url="https://www.dawn.com/news/1452942",
        published="2018-12-22",
        accessed=SWEEP,
        note=(
            "Opinion by A.G. Noorani: Kosygin floated his plan in Pakistan and said in May 1969 what it "
            'meant; he put it to Yahya Khan "when he arrived in Pakistan".'
        ),
    ),
    Source(
        id="korgun-russia-pakistan-afghan-factor",
        kind=SourceKind.SCHOLARLY,
        publisher="V. Korgun",
        title="[Russia, Pakistan and the Afghan factor]",
        url="https://elib.jp/blogs/entry/RUSSIA-PAKISTAN-AND-THE-AFGHAN-FACTOR",
        accessed=SWEEP,
        via="elib.jp",
        note=(
            "A scholarly article by V. Korgun, Doctor of Historical Sciences, read in an English copy on "
            "elib.jp; the journal and year it first appeared in are not named in the excerpt. It lists visits "
            'by "A. Kosygin to Pakistan in 1968 and 1969".'
        ),
    ),
    Source(
        id="rferl-druzhba-2017-caucasus",
        kind=SourceKind.PRESS,
        publisher="Radio Free Europe/Radio Liberty",
        title="Russian, Pakistani Forces Launch Joint Exercise In North Caucasus",
        url="https://rferl.org/amp/russia-pakistan-joint-exercises-caucasus/28755462.html",
        accessed=SWEEP,
        note=(
            "Opening ceremony on 25 September at the village of Nizhny Arkhyz, Karachayevo-Cherkessia; drills "
            '"scheduled to continue through October 4". With reporting by AP, Dawn.com, TASS and Interfax. '
            "Its own date is not in the excerpt."
        ),
    ),
    Source(
        id="tass-friendship-2018-announced",
        kind=SourceKind.PRESS,
        publisher="TASS",
        title='Russian-Pakistani military drills "Friendship 2018" to be held on October 21-November 4',
        url="http://tass.com/defense/1026117",
        published="2018-10-16",
        accessed=SWEEP,
        note=(
            'Southern Military District spokesman: in 2017 "over 200 servicemen took part" and the exercise '
            '"was held in the North Caucasus" at 2,300 metres.'
        ),
    ),
    Source(
        id="brecorder-druzhba-2025-concluded",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="Russia, Pakistan conduct Druzhba 2025 joint military exercises",
        url="https://www.brecorder.com/news/40387019/russia-pakistan-conduct-druzhba-2025-joint-military-exercises",
        published="2025-10-12",
        accessed=SWEEP,
        note=(
            "Russia's Defence Ministry: the exercise was held \"on the territory of Russia's Southern Military "
            'District".'
        ),
    ),
    Source(
        id="globaltimes-asif-visits-russia-2018",
        kind=SourceKind.PRESS,
        publisher="Global Times",
        title="Pakistan FM visits Russia on ties: ministry",
        url="http://www.globaltimes.cn/content/1089882.shtml",
        published="2018-02-19",
        accessed=SWEEP,
        release="pakistan-foreign-office-2018-02-19",
        note='Pakistan\'s Foreign Ministry: an official visit "from Feb. 19 to 22".',
    ),
    Source(
        id="dawn-asif-off-to-russia-2018",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Foreign Minister Khawaja Asif off to Russia for talks with counterpart Sergei Lavrov",
        url="https://www.dawn.com/news/1390392",
        published="2018-02-19",
        accessed=SWEEP,
        release="pakistan-foreign-office-2018-02-19",
        note='Radio Pakistan, quoting the Foreign Office: left "on Monday" (19 February 2018) for a four-day visit.',
    ),
    Source(
        id="tribune-lavrov-arrives-2012",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune",
        title="[Pakistan to seek early rescheduling of Russian president's visit]",
        url="https://tribune.com.pk/story/446669/pakistan-to-seek-early-rescheduling-of-russian-president%e2%80%99s-visit",
        published="2012-10-04",
        accessed=SWEEP,
        note='Title from the URL. "Lavrov arrived in Islamabad on Wednesday on a two-day tour" (3 October 2012).',
    ),
    Source(
        id="express-pmex-spimex-2024",
        kind=SourceKind.PRESS,
        publisher="Express News (express.pk)",
        title="[Pakistan and Russia sign MoUs; Pakistan joins the international transport corridor]",
        url="https://express.pk/story/2707698/img.express.pk",
        published="2024-09-18",
        accessed=SWEEP,
        release="pakistan-foreign-office-2024-09-18",
        note=(
            "Urdu, web desk, dated September 18, 2024; the Foreign Office spokesperson's statement on the PMEX-"
            "SPIMEX memorandum and the corridor accession. Title described in English; the address is as stored."
        ),
    ),
    Source(
        id="arabnews-first-barter-2024",
        kind=SourceKind.PRESS,
        publisher="Arab News",
        title="Pakistan, Russia sign first ever barter trade deal at inaugural trade forum in Moscow",
        url="https://arabnews.com/node/2573493/amp",
        accessed=SWEEP,
        note="Pakistan's embassy in Moscow \"said on Tuesday\"; the article's own date is not in the excerpt.",
    ),
    Source(
        id="sputnik-india-first-barter-2024",
        kind=SourceKind.PRESS,
        publisher="Sputnik India",
        title="Pakistan & Russia Sign First-Ever Barter Trade Deal",
        url="https://sputniknews.in/amp/20241002/pakistan--russia-sign-first-ever-barter-trade-deal-8230301.html",
        published="2024-10-02",
        accessed=SWEEP,
        note='Date from the URL; the forum "kicked in Moscow on Monday" (30 September 2024).',
    ),
    Source(
        id="treaty-text-air-transport-1963",
        kind=SourceKind.PRIMARY,
        publisher="Government of the USSR and Government of Pakistan",
        title="Соглашение между Правительством Союза Советских Социалистических Республик и Правительством "
        "Пакистана о воздушном сообщении",
        url="https://laws-russia.narod.ru/fed1991/data04/tex17038.htm",
        published="1963-10-07",
        accessed=SWEEP,
        via="laws-russia.narod.ru",
        note='The treaty\'s Russian text, headed "(Карачи, 7 октября 1963 года)", read on a private legal-texts site.',
    ),
    Source(
        id="kodeks-air-transport-1963-status",
        kind=SourceKind.REFERENCE,
        publisher="Kodeks (docs.cntd.ru)",
        title="[Agreement between the USSR and Pakistan on air services: status]",
        url="https://docs.cntd.ru/document/1901280/titles/64U0IK",
        accessed=SWEEP,
        note=(
            'Russian legal database: "не действует с 19.08.2011 на основании Международного соглашения от '
            '12.05.2011" (no longer in force from 19 August 2011, under the agreement of 12 May 2011).'
        ),
    ),
    Source(
        id="dawn-ayub-kremlin-1967",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="From the past pages of dawn: 1967: Fifty years ago: President's desire",
        url="https://www.dawn.com/news/amp/1360002",
        published="2017-09-26",
        accessed=SWEEP,
        note=(
            'Reprints a report from Moscow: "At the end of the first day of Soviet-Pakistan talks" Ayub Khan spoke at a'
            ' Kremlin dinner "tonight [Sept 25]" (1967).'
        ),
    ),
    Source(
        id="zia-moscow-report-1985",
        kind=SourceKind.PRESS,
        publisher="sikhheritageeducation.com",
        title="[No military solution for Afghanistan, Soviet chief agrees with Zia] (copy of a 1985 news report)",
        url="https://sikhheritageeducation.com/no-military-solution-for-afghanistan-soviet-chief-agrees-with-zia/",
        accessed=SWEEP,
        note=(
            'Title from the URL. Zia "returned home late Thursday from Moscow, where he attended the funeral of '
            "Konstantin Chernenko\" and had two meetings with Gorbachev during a two-day stay. The report's own "
            "date is not in the excerpt."
        ),
    ),
    Source(
        id="chicagotribune-chernenko-funeral-1985",
        kind=SourceKind.PRESS,
        publisher="Chicago Tribune",
        title="World Leaders In Moscow For Funeral",
        url="http://articles.chicagotribune.com/1985-03-13/news/8501140451_1_soviet-leader-konstantin-chernenko-red-square-vice-president-george-bush",
        published="1985-03-13",
        accessed=SWEEP,
        note=(
            'Leaders "of Japan, Pakistan, Italy and dozens of other countries" expected for the funeral on Wednesday '
            "(13 March 1985)."
        ),
    ),
    Source(
        id="kremlin-putin-almaty-2002",
        kind=SourceKind.PRIMARY,
        publisher="President of Russia (Kremlin)",
        title="[Answers to questions after the CICA meeting in Almaty]",
        url="http://en.kremlin.ru/events/president/transcripts/21623/print",
        accessed=SWEEP,
        note=(
            'Putin: "during the course of our meetings, where we discussed both bilateral relations between Russia and '
            "Pakistan...\" with Musharraf and Vajpayee in Almaty. The page's date is not in the excerpt."
        ),
    ),
    Source(
        id="rferl-cica-almaty-2002",
        kind=SourceKind.PRESS,
        publisher="Radio Free Europe/Radio Liberty",
        title="[Asian leaders meet in Almaty for the CICA summit]",
        url="https://www.rferl.org/a/1343399.html",
        published="2002-06-04",
        accessed=SWEEP,
        note=(
            "Dated 4 June 2002: the presidents of the 16 CICA states, Pakistan and Russia among them, gathered in "
            "Almaty."
        ),
    ),
    Source(
        id="dawn-musharraf-cica-2002",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="Musharraf leaves for Tajikistan on Sunday",
        url="https://www.dawn.com/news/38868/musharraf-leaves-for-tajikistan-on-sunday",
        published="2002-05-31",
        accessed=SWEEP,
        note=(
            "Musharraf to go from Tajikistan to Almaty on 3 June for the CICA summit; Putin had proposed meeting the "
            "two leaders on its sidelines."
        ),
    ),
    Source(
        id="nation-asif-moscow-conference-2014",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[Pakistan believes in non-interference policy: Khawaja Asif]",
        url="https://nation.com.pk/23-May-2014/pakistan-believes-in-non-interference-policy-khawaja-asif",
        published="2014-05-23",
        accessed=SWEEP,
        note=(
            "Title and date from the URL; dateline MOSCOW. The defence minister on a three-day official visit for the "
            "3rd Moscow Conference on International Security, invited by Shoigu."
        ),
    ),
    Source(
        id="nawaiwaqt-asif-shoigu-2016",
        kind=SourceKind.PRESS,
        publisher="Nawa-i-Waqt (INP)",
        title="[Khawaja Asif meets Russian ministers in Moscow]",
        url="https://nawaiwaqt.com.pk/30-Apr-2016/472322",
        published="2016-04-30",
        accessed=SWEEP,
        note=(
            "Urdu; title described in English, date from the URL. Khawaja Asif, as defence minister, met Shoigu on the "
            "sidelines of the Moscow conference on international security."
        ),
    ),
    Source(
        id="urdupoint-asif-moscow-2017",
        kind=SourceKind.PRESS,
        publisher="UrduPoint (Online)",
        title="وزیر دفاع خواجہ آصف کی ماسکو میں روسی ہم منصب سے ملاقات",
        url="https://m.urdupoint.com/daily/livenews/2017-04-27/news-1018702.html",
        published="2017-04-27",
        accessed=SWEEP,
        note="Urdu: the defence minister met his Russian counterpart in Moscow.",
    ),
    Source(
        id="samaa-asif-leaves-russia-2018",
        kind=SourceKind.PRESS,
        publisher="Samaa TV (APP)",
        title="[Khawaja Asif leaves for Russia on 4-day visit]",
        url="https://www.samaa.tv/pakistan/2018/02/khawaja-asif-leaves-russia-4-day-visit/",
        published="2018-02-19",
        accessed=SWEEP,
        release="pakistan-foreign-office-2018-02-19",
        note=(
            'Title from the URL. The Foreign Office statement adds: "The two ministers had earlier met on the sidelines'
            ' of the United Nations General Assembly session in New York in September 2017."'
        ),
    ),
    Source(
        id="indiatv-qureshi-lavrov-2018",
        kind=SourceKind.PRESS,
        publisher="India TV",
        title="[Pak FM in Russia: Qureshi discusses Afghan peace process with Lavrov in Moscow]",
        url="https://indiatvnews.com/news/world-pak-fm-in-russia-qureshi-discusses-afghan-peace-process-with-lavrov-in-moscow-495665",
        accessed=SWEEP,
        note=(
            'Title from the URL: Qureshi "on Wednesday met his Russian counterpart Sergey Lavrov in Moscow", the last '
            "leg of a tour after Kabul (Monday) and Beijing (Tuesday). Its own date is not in the excerpt."
        ),
    ),
    Source(
        id="javedch-qureshi-lavrov-2018",
        kind=SourceKind.PRESS,
        publisher="javedch.com (INP)",
        title="[Qureshi meets Lavrov in Moscow]",
        url="https://javedch.com/pakistan/2018/12/26/535614",
        published="2018-12-26",
        accessed=SWEEP,
        note=(
            'Urdu, datelined Moscow (INP): the meeting was "on Wednesday" (بدھ کو); date from the URL, 26 December '
            "2018, a Wednesday."
        ),
    ),
    Source(
        id="tribune-khattak-kavkaz-2020",
        kind=SourceKind.PRESS,
        publisher="The Express Tribune (APP)",
        title="Defence minister witnesses Kavkas-2020",
        url="https://tribune.com.pk/story/2265960/defence-minister-witnesses-kavkas-2020",
        published="2020-09-28",
        accessed=SWEEP,
        note=(
            "Pervez Khattak, Pakistan's defence minister, witnessed Kavkaz-2020 at Astrakhan and met the Pakistani and "
            "Chinese participants."
        ),
    ),
    Source(
        id="samaa-bilawal-lavrov-goa-2023",
        kind=SourceKind.PRESS,
        publisher="Samaa English",
        title="[Pakistan FM Bilawal meets Russian counterpart ahead of Goa SCO summit]",
        url="https://www.samaaenglish.tv/news/40033987/pakistan-fm-bilawal-meets-russian-counterpart-ahead-of-goa-sco-summit",
        published="2023-05-04",
        accessed=SWEEP,
        note="Title from the URL. Met on the sidelines of the SCO Council of Foreign Ministers in Goa.",
    ),
    Source(
        id="indiandefensenews-bilawal-lavrov-2023",
        kind=SourceKind.PRESS,
        publisher="Indian Defence News",
        title="Pak FM Zardari, Russian Counterpart Lavrov Discuss Matters of 'Mutual Interest'",
        url="https://www.indiandefensenews.in/2023/05/pak-fm-zardari-russian-counterpart.html",
        published="2023-05",
        accessed=SWEEP,
        note=(
            'Month from the URL. "on Thursday held bilateral talks" in Goa; quotes the Russian Foreign Ministry\'s '
            "statement."
        ),
    ),
    Source(
        id="brecorder-dar-lavrov-astana-2024",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="[Dar meets Lavrov]",
        url="https://www.brecorder.com/news/40304601/dar-meets-lavrov",
        accessed=SWEEP,
        note=(
            'Title from the URL. Dar "Tuesday met" Lavrov "on the sidelines of the SCO Council of Foreign Ministers '
            '(CFM) meeting in Astana". Its own date is not in the excerpt.'
        ),
    ),
    Source(
        id="inform-sco-cfm-astana-2024",
        kind=SourceKind.PRESS,
        publisher="Kazinform",
        title="SCO foreign ministers observe moment of silence over death of Iranian president",
        url="https://en.inform.kz/news/sco-foreign-ministers-observe-moment-of-silence-over-death-of-iranian-president-ef2d53/",
        published="2024-05-21",
        accessed=SWEEP,
        note=(
            'The SCO Council of Foreign Ministers met in Astana "today", 21 May 2024, Dar taking part for the first '
            "time."
        ),
    ),
    Source(
        id="europetoday-dar-lavrov-tianjin-2025",
        kind=SourceKind.PRESS,
        publisher="Europe Today (Urdu)",
        title="[Ishaq Dar meets Sergey Lavrov on the sidelines of the SCO meeting]",
        url="https://theeuropetoday.com/urdu/?p=13454",
        accessed=SWEEP,
        note=(
            'Urdu: met "on Tuesday" (منگل کے روز) in Tianjin, on the sidelines of the SCO foreign ministers\' council; '
            "from the Deputy Prime Minister's office. Its own date is not in the excerpt."
        ),
    ),
    Source(
        id="kommersant-lavrov-dar-tianjin-2025",
        kind=SourceKind.PRESS,
        publisher="Kommersant",
        title="Сергей Лавров встретился с главой МИД Пакистана",
        url="https://www.kommersant.ru/doc/7889472",
        accessed=SWEEP,
        note=(
            "Its correspondent in Tianjin: the meeting was on the sidelines of the SCO foreign ministers' meeting; "
            "Lavrov had arrived in China on 13 July."
        ),
    ),
    Source(
        id="ariananews-sco-cfm-tianjin-2025",
        kind=SourceKind.PRESS,
        publisher="Ariana News",
        title="[SCO foreign ministers meet in China as member states prepare for autumn summit]",
        url="https://www.ariananews.af/sco-foreign-ministers-meet-in-china-as-member-states-prepare-for-autumn-summit/",
        published="2025-07-15",
        accessed=SWEEP,
        note=(
            'Title from the URL. The foreign ministers "gathered in Tianjin on Tuesday" (15 July 2025), Dar among them.'
        ),
    ),
    Source(
        id="dawn-igc-6-2019",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[Moscow promises talks on supply of aircraft to PIA]",
        url="https://www.dawn.com/news/1521769/moscow-promises-talks-on-supply-of-aircraft-to-pia",
        published="2019-12-12",
        accessed=SWEEP,
        note=(
            'Title from the URL. "The sixth IGC session was held in Islamabad from Dec 9 to 11", led by Hammad Azhar '
            "and Denis Manturov."
        ),
    ),
    Source(
        id="arynews-igc-6-2019",
        kind=SourceKind.PRESS,
        publisher="ARY News",
        title="PM Imran resolves to open new chapter of Pak-Russia friendship",
        url="https://arynews.tv/en/new-chapter-pak-russia-friendship/",
        published="2019-12-11",
        accessed=SWEEP,
        note=(
            'Manturov briefed the prime minister on the "6th session of Pakistan-Russia Intergovernmental Commission '
            'held earlier during the day" (Wednesday 11 December 2019).'
        ),
    ),
    Source(
        id="newswire-igc-8-begins-2023",
        kind=SourceKind.PRESS,
        publisher="Newswire",
        title="Three-day Pak-Russia intergovernmental commission meeting begins to promote cooperation",
        url="https://newswire.com.pk/2023/01/19/pak-russia-2",
        published="2023-01-19",
        accessed=SWEEP,
        note=(
            'Date from the URL. "the 7th session of the commission was held in Yekaterinburg, Russia during last week '
            'of November 2021."'
        ),
    ),
    Source(
        id="pid-igc-10-2025",
        kind=SourceKind.PRIMARY,
        publisher="Press Information Department, Government of Pakistan",
        title="[10th Session of the Pakistan–Russia Intergovernmental Commission]",
        url="https://pid.gov.pk/site/press_detail/31143",
        accessed=SWEEP,
        note=(
            'The session "was held in Islamabad between 25-27 November, 2025", co-chaired by Awais Leghari and Sergei '
            "Tsivilev. The release's own date is not in the excerpt."
        ),
    ),
    Source(
        id="dawn-igc-10-2025",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[Pakistan, Russia vow forward-looking partnership]",
        url="https://www.dawn.com/news/1957783/pakistan-russia-vow-forward-looking-partnership",
        published="2025-11-28",
        accessed=SWEEP,
        note=(
            'Title from the URL. At the conclusion on "Thursday" (27 November 2025) "the two sides also signed three '
            "memoranda of understanding (MoUs) for cooperation in quality standards, anti-monopoly regulation and the "
            'media sector".'
        ),
    ),
    Source(
        id="shevardnadze-statement-geneva-1988",
        kind=SourceKind.PRIMARY,
        publisher="Eduard Shevardnadze, Foreign Minister of the USSR",
        title="Shevardnadze Statements on the Afghanistan Peace Accord",
        url="https://issuhub.com/view/index/23563?pageIndex=609",
        published="1988-04-14",
        accessed=SWEEP,
        via="issuhub.com",
        note=(
            'A documents reader reproducing the statement of 14 April 1988: "Representatives of the Republic of '
            "Afghanistan, the Islamic Republic of Pakistan, the Union of Soviet Socialist Republics and the United "
            "States of America today affixed their signatures to agreements on a political settlement regarding "
            "Afghanistan.\" The reader's own title is not in the excerpt."
        ),
    ),
    Source(
        id="vlex-geneva-accords-signed-1988",
        kind=SourceKind.PRESS,
        publisher="vLex",
        title="Four-part Afghanistan agreement signed in Geneva",
        url="https://international.vlex.com/vid/four-part-afghanistan-signed-geneva-53299450",
        accessed=SWEEP,
        note=(
            "Signed on Thursday 14 April (1988) at the Palais des Nations by Abdul Wakil (Afghanistan), Zain Noorani "
            "(Pakistan's Minister of State for Foreign Affairs), Eduard Shevardnadze (USSR) and George Shultz (US); the"
            " USSR and the US gave international guarantees."
        ),
    ),
    Source(
        id="csmonitor-geneva-signing-1988",
        kind=SourceKind.PRESS,
        publisher="The Christian Science Monitor",
        title="Short and sweet signing of Geneva accords ends tortuous negotiations",
        url="https://www.csmonitor.com/1988/0415/ogen-f1.html",
        published="1988-04-15",
        accessed=SWEEP,
        note=(
            'Date from the URL: the signing "here yesterday" (14 April 1988) in Geneva, Afghanistan\'s Abdul '
            "Wakil and Pakistan's Minister of State for Foreign Affairs Zain Noorani at the table; the US and "
            "the Soviet Union signed the instrument of guarantees."
        ),
    ),
    Source(
        id="maley-afghanistan-wars",
        kind=SourceKind.SCHOLARLY,
        publisher="William Maley",
        title="[The Afghanistan Wars]",
        url="https://issuhub.com/view/index/23383?pageIndex=150",
        accessed=SWEEP,
        via="issuhub.com",
        note=(
            'A scholarly history, read in a copy: the Accords were signed "at the Palais des Nations on 14 April 1988";'
            " \"Pakistan's signature was recorded by ... Zain Noorani, and George Shultz and Eduard Shevardnadze "
            'represented the USA and the USSR". Edition and year not in the excerpt.'
        ),
    ),
    Source(
        id="thenews-tsentr-2019",
        kind=SourceKind.PRESS,
        publisher="The News International",
        title="Military exercise TSENTR 2019 begins in Russia",
        url="https://www.thenews.com.pk/print/528350-military-exercise-tsentr-2019-begins-in-russia",
        published="2019-09-18",
        accessed=SWEEP,
        note=(
            "ISPR: the week-long exercise began at Donguz, Russia, with contingents of all SCO members, Pakistan among "
            "them."
        ),
    ),
    Source(
        id="tass-tsentr-2019",
        kind=SourceKind.PRESS,
        publisher="TASS",
        title="Putin to attend Tsentr 2019 military exercise in Orenburg on Friday, says Kremlin",
        url="https://tass.com/society/1078881/amp",
        published="2019-09-19",
        accessed=SWEEP,
        note=(
            "The main operations on 16-21 September 2019, with servicemen from Russia, India, Kazakhstan, Kyrgyzstan, "
            "China, Pakistan, Tajikistan and Uzbekistan."
        ),
    ),
    Source(
        id="dawn-kavkaz-2020",
        kind=SourceKind.PRESS,
        publisher="Dawn",
        title="[Pakistan takes part in Russian drills ceremony]",
        url="https://www.dawn.com/news/1580632/pakistan-takes-part-in-russian-drills-ceremony",
        published="2020-09-20",
        accessed=SWEEP,
        note=(
            "Title from the URL. 20 Pakistani commandos at the opening ceremony in Russia's Astrakhan region; the "
            "drills to run on 21-26 September."
        ),
    ),
    Source(
        id="aaj-peace-mission-2018",
        kind=SourceKind.PRESS,
        publisher="Aaj News",
        title="[Pak, India militaries take part in SCO's mega anti-terror drill]",
        url="http://aaj.tv/2018/08/pak-india-militaries-take-part-in-scos-mega-anti-terror-drill/",
        published="2018-08-19",
        accessed=SWEEP,
        note=(
            "Title from the URL. Scheduled for 20-29 August at Chelyabinsk; about 100 Pakistani personnel had arrived."
        ),
    ),
    Source(
        id="dailytimes-peace-mission-2018",
        kind=SourceKind.PRESS,
        publisher="Daily Times",
        title="[Peace Mission 2018: bringing antagonists together]",
        url="https://dailytimes.com.pk/291048/peace-mission-2018-bringing-antagonists-together",
        accessed=SWEEP,
        note=(
            'Title from the URL. "recently held in Chebarkul, Russia from 24-29 August", with contingents of all eight '
            "SCO members."
        ),
    ),
    Source(
        id="dailypakistan-peace-mission-2021",
        kind=SourceKind.PRESS,
        publisher="Daily Pakistan",
        title=(
            "Peace Mission-2021: Troops from Pakistan, India, and other SCO member states hold joint exercise in Russia"
            " (VIDEO)"
        ),
        url="https://en.dailypakistan.com.pk/22-Sep-2021/peace-mission-2021-troops-from-pakistan-india-and-other-sco-member-states-hold-joint-exercise-in-russia-video",
        published="2021-09-22",
        accessed=SWEEP,
        release="ispr-2021-09-21-peace-mission",
        note=(
            "ISPR: the opening ceremony at the Donguz training area, Orenburg Region; a tri-services contingent of "
            "Pakistan took part."
        ),
    ),
    Source(
        id="abbtakk-peace-mission-2021",
        kind=SourceKind.PRESS,
        publisher="Abbtakk",
        title="[Pakistan participating in Peace Mission drill in Russia as SCO member]",
        url="https://abbtakk.tv/pakistan-participating-in-peace-mission-drill-in-russia-as-sco-member",
        accessed=SWEEP,
        release="ispr-2021-09-21-peace-mission",
        note=(
            "Title from the URL. ISPR release on the opening ceremony at Donguz, Orenburg Region; an embedded post is "
            "dated 21 September 2021."
        ),
    ),
    Source(
        id="app-qureshi-lavrov-huangshan-2022",
        kind=SourceKind.PRESS,
        publisher="Associated Press of Pakistan (APP)",
        title="Qureshi meets Russian FM; hopes for success of Russia-Ukraine talks",
        url="https://www.app.com.pk/national/qureshi-meets-russian-fm-hopes-for-success-of-russia-ukraine-talks/",
        published="2022-03-30",
        accessed=SWEEP,
        note=(
            'Dateline "HUANGSHAN, China, Mar 30 (APP)": Qureshi "Wednesday met" Lavrov at the Third Ministerial '
            "Meeting of Neighboring Countries of Afghanistan (29-31 March); the year from its reference to Imran "
            "Khan's recent visit to Moscow."
        ),
    ),
    # Read again for the trade series (issue 17): each figure was found in the stored copy.
    Source(
        id="nation-fpcci-khorev-2024",
        kind=SourceKind.PRESS,
        publisher="The Nation",
        title="[FPCCI chief, Russian envoy agree to increase bilateral trade]",
        url="https://www.nation.com.pk/07-Mar-2024/fpcci-chief-russian-envoy-agree-to-increase-bilateral-trade",
        published="2024-03-07",
        accessed=TRADE_AUDIT,
        note=(
            "Title and date from the URL. The FPCCI's president, Atif Ikram Sheikh, said the total "
            "bilateral trade was $666.85 million in 2022-23."
        ),
    ),
    Source(
        id="photonews-russia-exports-decline",
        kind=SourceKind.PRESS,
        publisher="photonews.com.pk",
        title="[decline in exports to Russia]",
        url="https://photonews.com.pk/decline-exports-russia",
        accessed=TRADE_AUDIT,
        note=(
            "Title from the URL; date not visible (the winter after fiscal 2013-14, from content: its "
            "figures, and a delegation to visit Russia \u201cby the end of January\u201d). Cites a Ministry of "
            "Commerce document: trade of $419.34 million in 2013-14 against $484.47 million the year before. "
            "Figures read second-hand."
        ),
    ),
    Source(
        id="tdminews-wealthpk-russia-fy2022",
        kind=SourceKind.PRESS,
        publisher="WealthPK",
        title="[Huge potential for Pakistan to increase exports to Russia]",
        url="https://tdminews.com/huge-potential-for-pakistan-to-increase-exports-to-russia",
        via="a repost on tdminews.com",
        accessed=TRADE_AUDIT,
        note=(
            "Title from the URL; date not visible (autumn 2022 from content: July-August 2022 "
            "figures). \u201cData from the State Bank of Pakistan (SBP) shows that the bilateral trade "
            "volume was worth $388.492 million in fiscal year 2021-22.\u201d"
        ),
    ),
    Source(
        id="brecorder-fedorov-trade-2022",
        kind=SourceKind.PRESS,
        publisher="Business Recorder",
        title="Russian envoy hopes bilateral trade volume to rebound soon",
        url="https://www.brecorder.com/news/40179399/russian-envoy-hopes-bilateral-trade-volume-to-rebound-soon",
        published="2022-06-11",
        accessed=TRADE_AUDIT,
        note=(
            "Russia's consul general in Karachi, Andrey Fedorov, said total bilateral trade \u201cwas $697 "
            "million, down 12 percent from previous year\u201d, without naming the year."
        ),
    ),
    Source(
        id="profit-regional-exports-2025",
        kind=SourceKind.PRESS,
        publisher="Profit (Pakistan Today)",
        title="[Pakistan's exports to nine regional countries totaled $357 million in July]",
        url="https://profit.pakistantoday.com.pk/2025/08/21/pakistans-exports-to-nine-regional-countries-totaled-357-million-in-july/",
        published="2025-08-21",
        accessed=TRADE_AUDIT,
        release="profit-regional-exports-2025-08-21",
        note=(
            "Title from the URL. State Bank of Pakistan data: exports to China of $2.476 billion in "
            "FY25 ($2.709 billion in FY24), imports from China of $16.312 billion ($13.504 billion)."
        ),
    ),
]
