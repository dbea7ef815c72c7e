"""English wording of the landing pages, the programmes and their events.

Events are keyed by the Danish event's slug. Beyond the first paragraph, the
events' descriptions stay Danish in the English pages.
"""

from .text import PageText

WEEK_INTRO = (
    "In week 44 we put good public leadership in the spotlight. Leadership Week "
    "brings together leaders in municipalities, regions and central government – "
    "and the staff who support leadership – for conferences, breakfast meetings, "
    "webinars and leadership salons all over the country. Every event in the "
    "national programme is open for registration."
)
PAST_WEEK_INTRO = (
    "Leadership Week {year} brought together leaders from municipalities, regions "
    "and central government on trust, artificial intelligence, leaders' wellbeing "
    "and the shortage of hands. The programme is still here, and several of the "
    "events can be watched or listened to again under Video and audio."
)
PROGRAMME_INTRO = (
    "Here you will find Leadership Week's national programme. The events are held "
    "by municipalities, regions, government agencies, educational institutions "
    "and organisations. Find the ones that suit you and your leadership team, and "
    "sign up on the event's own page."
)
PAST_PROGRAMME_INTRO = (
    "The events of Leadership Week {year}. Events that were recorded link to the "
    "recording."
)

# The landing page's featured items, by their Danish wording.
FEATURED = {
    "Åbningskonferencen mandag": "The opening conference on Monday",
    "Forskere og ledere fra stat, region og kommune skyder ugen i gang. "
    "Deltag i KL-huset eller følg med online.": (
        "Researchers and leaders from central government, the regions and the "
        "municipalities get the week going. Join us at KL-huset or follow online."
    ),
    "Debat: AI og ansvar": "Debate: AI and responsibility",
}

EVENTS = {
    "hvad-skal-offentlig-ledelse-kunne-i-2030": PageText(
        slug="what-will-public-leadership-take-in-2030",
        title="What will public leadership take in 2030?",
        subtitle="Leadership Week's opening conference",
        intro=(
            "Leadership Week opens with a day on what tomorrow's public leaders "
            "must be able to do – and what they can stop doing. Researchers and "
            "leaders from central government, the regions and the municipalities "
            "each give their view."
        ),
        first_paragraph=(
            "Fewer hands, more older citizens, artificial intelligence in casework "
            "and a political wish for more trust and less control. Public leaders "
            "are in the middle of great change, and much of it cannot be handled "
            "within a single organisation."
        ),
    ),
    "kan-ai-skrive-afgoerelsen": PageText(
        slug="can-ai-write-the-decision",
        title="Can AI write the decision?",
        subtitle="Breakfast meeting on artificial intelligence in casework",
        intro=(
            "Several municipalities are trying out AI tools that draft decisions "
            "and case notes. What does that mean for professional judgement, "
            "citizens' legal rights and the leader's responsibility?"
        ),
        first_paragraph=(
            "Over coffee and rolls, Aarhus Kommune tells of a year of trials with "
            "language models in its job centre and citizen services. What worked, "
            "what did not, and how did the leaders bring their staff along?"
        ),
    ),
    "hvem-passer-paa-lederen": PageText(
        slug="who-looks-after-the-leader",
        title="Who looks after the leader?",
        subtitle="Webinar on leaders' own working environment",
        intro=(
            "Leaders are responsible for their staff's wellbeing, but who keeps an "
            "eye on theirs? New knowledge about leaders' working environment, and "
            "approaches you can use as soon as tomorrow."
        ),
        first_paragraph=(
            "Many front-line leaders describe a heavy workload and too little "
            "sparring. In the webinar, University College Copenhagen presents the "
            "results of a survey of 1,500 public-sector leaders."
        ),
    ),
    "hvordan-rekrutterer-vi-naar-ingen-soeger": PageText(
        slug="how-do-we-recruit-when-nobody-applies",
        title="How do we recruit when nobody applies?",
        subtitle="After-work meeting on recruiting and keeping staff in elderly care",
        intro=(
            "Job adverts get no applicants, and the cost of agency staff keeps "
            "rising. Odense Kommune shares what it has learnt about recruiting and "
            "keeping staff in elderly care."
        ),
        first_paragraph=(
            "In Odense, the share of vacant posts in home care has halved in two "
            "years. Not thanks to one big campaign, but to many small changes: "
            "permanent teams, more full-time posts and leaders with time for new "
            "staff."
        ),
    ),
    "fra-god-ide-til-daglig-drift": PageText(
        slug="from-good-idea-to-everyday-practice",
        title="From good idea to everyday practice",
        subtitle="Workshop on turning trials into lasting solutions",
        intro=(
            "Many good trials die when the project period ends. In this workshop "
            "you work on an idea of your own and plan how it can survive its "
            "meeting with day-to-day operations."
        ),
        first_paragraph=(
            "The Social Services Administration of Københavns Kommune tells how a "
            "new model for the first conversation with a citizen went from a trial "
            "in one centre to practice across the whole administration."
        ),
    ),
    "sammen-om-borgeren-hvem-har-bolden": PageText(
        slug="together-for-the-citizen-who-has-the-ball",
        title="Together for the citizen – who has the ball?",
        subtitle="Two-day meeting for top leaders in municipalities and regions",
        intro=(
            "Citizens with several diagnoses move between hospital, GP and "
            "municipality. Two days for top leaders on how to lead what none of us "
            "owns alone."
        ),
        first_paragraph=(
            "The health reform moves tasks and responsibilities around, but "
            "citizens only notice whether the handovers work. At this meeting, top "
            "leaders from municipalities and regions meet over real patient "
            "pathways and what stands in their way."
        ),
    ),
    "maa-medarbejderne-sige-det-hoejt": PageText(
        slug="may-staff-say-it-out-loud",
        title="May staff say it out loud?",
        subtitle=(
            "Debate on public employees' freedom of expression and the leader's role"
        ),
        intro=(
            "Public employees have wide freedom of expression, yet many hesitate "
            "to use it. What may they say, and how does their leader's reaction "
            "affect whether they dare?"
        ),
        first_paragraph=(
            "A researcher in administrative law goes through what the rules "
            "actually say about employees' right to speak out – critically, too, "
            "and about their own workplace."
        ),
    ),
    "fra-ledelsesevaluering-til-bedre-ledelse": PageText(
        slug="from-leadership-evaluation-to-better-leadership",
        title="From leadership evaluation to better leadership",
        subtitle="Workshop: how to use feedback from your staff",
        intro=(
            "The leadership evaluation is done, and the figures are in a report. "
            "What now? A workshop on turning feedback into concrete change."
        ),
        first_paragraph=(
            "Research shows that leadership evaluations only make a difference "
            "when leaders discuss the results with their staff and follow up. Even "
            "so, many reports end up in a drawer."
        ),
    ),
    "hvad-goer-du-naar-alt-braender-paa": PageText(
        slug="what-do-you-do-when-everything-is-on-fire",
        title="What do you do when everything is on fire?",
        subtitle="Interview with a leader from the Prehospital Emergency Services",
        intro=(
            "A lunch break with a leader who has headed the emergency services "
            "through several major incidents."
        ),
        first_paragraph=(
            "Karen Thygesen talks about the first hours after a major accident: "
            "who makes the decisions, how do you keep track of it all, and what do "
            "you do for your staff afterwards?"
        ),
    ),
    "hvad-goer-du-med-dit-ledelsesrum": PageText(
        slug="what-do-you-do-with-your-room-to-lead",
        title="What do you do with your room to lead?",
        subtitle="Leadership salon for front-line leaders",
        intro=(
            "An hour in a small room with six other front-line leaders, talking "
            "about the room to lead you have – and the room you would like."
        ),
        first_paragraph=(
            "A leadership salon is a conversation between equals. The host asks "
            "three questions, and the rest of the time belongs to the participants."
        ),
    ),
    "netvaerksmoede-for-nye-ledere-i-staten": PageText(
        slug="network-meeting-for-new-leaders-in-central-government",
        title="Network meeting for new leaders in central government",
        subtitle="How do you find your feet in your first leadership job?",
        intro=(
            "Have you become a leader within the last two years? Meet other new "
            "leaders in central government and share what the first leadership "
            "job is like."
        ),
        first_paragraph=(
            "Going from colleague to leader is a big step. Many new leaders miss "
            "someone to compare notes with who is neither their own boss nor one "
            "of their staff."
        ),
    ),
    "hvordan-driver-man-et-hospital-med-faerre-haender": PageText(
        slug="how-do-you-run-a-hospital-with-fewer-hands",
        title="How do you run a hospital with fewer hands?",
        subtitle="Talk and discussion on a new division of labour",
        intro=(
            "A hospital in North Jutland has moved tasks between professions to "
            "make the hands go further. Hear what it took from its leaders."
        ),
        first_paragraph=(
            "Secretaries book and coordinate, nurses hold more follow-up "
            "consultations, and doctors spend more time on the complex cases. The "
            "new division of labour was not decided in the boardroom but worked "
            "out ward by ward."
        ),
    ),
    "personalejura-for-nye-ledere": PageText(
        slug="employment-law-for-new-leaders",
        title="Employment law for new leaders",
        subtitle="The five pitfalls you need to know",
        intro=(
            "Consulting the parties, keeping records and formal staff interviews: "
            "an hour on the rules new leaders most often get wrong."
        ),
        first_paragraph=(
            "As a public leader you make decisions about your staff, and that "
            "means the Public Administration Act applies. This surprises many new "
            "leaders."
        ),
    ),
    "hvad-kan-vi-holde-op-med": PageText(
        slug="what-can-we-stop-doing",
        title="What can we stop doing?",
        subtitle="Breakfast meeting on removing needless rules and paperwork",
        intro=(
            "Region Zealand has scrapped more than 200 internal rules and forms. "
            "Hear how its leaders found them, and what the time is spent on now."
        ),
        first_paragraph=(
            "Staff were asked which tasks they would drop if they were allowed to. "
            "The answers became a list that leaders and union representatives "
            "went through point by point."
        ),
    ),
    "naar-medarbejderne-selv-finder-loesningen": PageText(
        slug="when-staff-find-the-solution-themselves",
        title="When staff find the solution themselves",
        subtitle="Knowledge café on innovation from the ground up",
        intro=(
            "A researcher and a municipal chief executive on how leaders can make "
            "room for their staff's ideas – and when to say no."
        ),
        first_paragraph=(
            "At a knowledge café, participants sit at small tables and the "
            "speakers move between them. There is coffee, cake and short talks, "
            "and the rest of the time is for conversation."
        ),
    ),
    "hvor-skal-medarbejderne-komme-fra": PageText(
        slug="where-will-the-staff-come-from",
        title="Where will the staff come from?",
        subtitle="Figures and trends for the public-sector workforce",
        intro=(
            "Where will hands be short in ten years' time, and where can they be "
            "found? A webinar with the latest workforce projections."
        ),
        first_paragraph=(
            "The agency goes through the projections for the large welfare "
            "professions and shows how much the picture varies from one part of "
            "the country to another."
        ),
    ),
    "hvem-har-ansvaret-naar-algoritmen-tager-fejl": PageText(
        slug="who-is-responsible-when-the-algorithm-gets-it-wrong",
        title="Who is responsible when the algorithm gets it wrong?",
        subtitle=(
            "Panel debate on artificial intelligence, responsibility and leadership"
        ),
        intro=(
            "When an AI tool suggests a wrong decision and an employee approves "
            "it – who is responsible? A panel from central government, local "
            "government and research takes up the debate."
        ),
        first_paragraph=(
            "Artificial intelligence is finding its way into casework, and that "
            "raises new questions of responsibility. The authority is still "
            "responsible for the decision, but what does that demand of the "
            "leader who brings in the tool?"
        ),
    ),
    "ledelse-taet-paa-patienten": PageText(
        slug="leadership-close-to-the-patient",
        title="Leadership close to the patient",
        subtitle="Conference for leaders in health care",
        intro=(
            "A day for department managers and senior nurses in regions and "
            "municipalities on leading with the patient as the guiding star – "
            "also when hands are short."
        ),
        first_paragraph=(
            "Leaders in health care face busy wards, vacant posts and staff who "
            "want time for their patients. The conference is about how leadership "
            "can hold on to what gives the work meaning."
        ),
    ),
    "saet-ledelse-paa-dagsordenen-med-dialogkort": PageText(
        slug="put-leadership-on-the-agenda-with-dialogue-cards",
        title="Put leadership on the agenda with dialogue cards",
        subtitle="Workshop for HR and leadership developers",
        intro=(
            "Learn to use dialogue cards that get leadership teams talking about "
            "what rarely makes it onto the agenda."
        ),
        first_paragraph=(
            "The Capital Region of Denmark has developed a set of dialogue cards "
            "with six themes, used by leadership teams at its hospitals. The cards "
            "are made for groups of three to six leaders."
        ),
    ),
    "kan-man-lede-paa-afstand": PageText(
        slug="can-you-lead-at-a-distance",
        title="Can you lead at a distance?",
        subtitle="Breakfast meeting on hybrid work and present leadership",
        intro=(
            "Working from home is here to stay in many administrations. What does "
            "it demand of the leader when the team is rarely together?"
        ),
        first_paragraph=(
            "Aalborg University has followed three municipalities since they "
            "introduced fixed days of working from home. The results show that "
            "wellbeing can be kept up – if leaders change the way they are present."
        ),
    ),
    "kan-mening-ledes-frem": PageText(
        slug="can-meaning-be-led",
        title="Can meaning be led?",
        subtitle="Talk and book launch on meaningful leadership",
        intro=(
            "Staff who see the meaning in their work stay longer and do it better. "
            "But can a leader create meaning – or only avoid destroying it?"
        ),
        first_paragraph=(
            "To mark a new book on meaningful leadership in the public sector, its "
            "author gives a talk on what research says about leadership and "
            "meaning."
        ),
    ),
    "naar-krisen-rammer": PageText(
        slug="when-crisis-strikes",
        title="When crisis strikes",
        subtitle="After-work meeting on leadership in the first 48 hours",
        intro=(
            "Floods, IT failures and major accidents: what should a leader do in "
            "the first two days, and what must be in place before the crisis "
            "comes?"
        ),
        first_paragraph=(
            "The Prehospital Emergency Services of the Central Denmark Region "
            "share lessons from recent years' major incidents and from the "
            "exercises the region holds with the municipalities."
        ),
    ),
    "ensom-paa-toppen": PageText(
        slug="lonely-at-the-top",
        title="Lonely at the top?",
        subtitle="Online leadership salon for top leaders",
        intro=(
            "The higher you go, the fewer people there are to talk to. A "
            "confidential conversation for top leaders about sparring, doubt and "
            "standing alone with the hard decisions."
        ),
        first_paragraph=(
            "The salon is held online so that top leaders from all over the "
            "country can take part. There is room for seven, and what is said "
            "stays in the room."
        ),
    ),
    "tre-ledere-tre-sektorer": PageText(
        slug="three-leaders-three-sectors-one-question",
        title="Three leaders, three sectors, one question",
        subtitle="What gives your leadership job meaning?",
        intro=(
            "A head teacher, a hospital director and a head of division in central "
            "government tell us what gets them up in the morning – and what takes "
            "the heart out of them."
        ),
        first_paragraph=(
            "Public leaders work under different conditions, but many of their "
            "challenges are the same. In an on-stage interview you meet three "
            "leaders, one from each sector."
        ),
    ),
    "hvad-tager-vi-med-fra-ledelsesugen": PageText(
        slug="what-do-we-take-away-from-leadership-week",
        title="What do we take away from Leadership Week?",
        subtitle="Closing debate",
        intro=(
            "The week ends with a debate on what we have learnt – and what should "
            "happen in our organisations once week 44 is over."
        ),
        first_paragraph=(
            "The partners behind Leadership Week sum up the week's events and "
            "discuss with the audience what it takes for the focus on leadership "
            "to last the rest of the year."
        ),
    ),
    "ledelsesvandring-i-koege": PageText(
        slug="leadership-walk-in-koege",
        title="Leadership walk in Køge",
        subtitle="Take a walk and talk about leadership with a colleague",
        intro=(
            "The municipality's leaders walk in pairs from the town hall to the "
            "harbour with a question about leadership in their pocket. Breakfast "
            "afterwards."
        ),
        first_paragraph=(
            "You are paired with a leader from another department whom you have "
            "not met before. On the way you get three questions to talk about."
        ),
    ),
    "hvad-skal-en-leder-vide-om-kunstig-intelligens": PageText(
        slug="what-should-a-leader-know-about-artificial-intelligence",
        title="What should a leader know about artificial intelligence?",
        subtitle="Webinar on leading the use of AI in central government",
        intro=(
            "You do not need to understand the technology, but you do need to ask "
            "the right questions. An hour on leading artificial intelligence in "
            "practice."
        ),
        first_paragraph=(
            "Many government workplaces have started using AI tools, and staff ask "
            "their leader what they are allowed to do. The webinar gives an "
            "overview of the most important rules and good questions to ask "
            "before a new tool is taken into use."
        ),
    ),
    # Last year's events.
    "tillid-i-praksis": PageText(
        slug="trust-in-practice",
        title="Trust in practice – what do we do now?",
        subtitle="Leadership Week's opening conference",
        intro=(
            "Rules and documentation requirements have been removed. What do "
            "leaders do with the room they have been given – and what holds them "
            "back?"
        ),
        first_paragraph=(
            "The opening conference brings together leaders from across the "
            "public sector to share their experience of more trust and less "
            "control."
        ),
    ),
    "kan-en-sprogmodel-hjaelpe-sagsbehandleren": PageText(
        slug="can-a-language-model-help-the-caseworker",
        title="Can a language model help the caseworker?",
        intro=(
            "A webinar on generative AI in casework: what it can do, where "
            "responsibility lies, and what a leader must see to before it is "
            "taken into use."
        ),
        first_paragraph=(
            "The Danish Agency for Digital Government goes through the common "
            "guidelines for generative AI, and Aarhus Kommune tells of a year-long "
            "trial in its job centre."
        ),
    ),
    "hvem-leder-lederen": PageText(
        slug="who-leads-the-leader",
        title="Who leads the leader?",
        subtitle="Breakfast meeting on front-line leaders' wellbeing",
        intro=(
            "Front-line leaders are close to their staff but often alone with the "
            "hard decisions. Who do they turn to, and what helps?"
        ),
        first_paragraph=(
            "We serve breakfast, a talk on new research into leaders' working "
            "environment, and experience from leader networks across "
            "municipalities."
        ),
    ),
    "faerre-haender-hvordan-loeser-vi-opgaven": PageText(
        slug="fewer-hands-how-do-we-get-the-job-done",
        title="Fewer hands – how do we get the job done?",
        subtitle="Debate on the health-care workforce",
        intro=(
            "There will be more older people and fewer to care for them. Three "
            "leaders discuss what leadership can do about the staff shortage."
        ),
        first_paragraph=(
            "The debate starts from the latest projections of the need for labour "
            "and from experience with a new division of labour at the hospitals."
        ),
    ),
}
