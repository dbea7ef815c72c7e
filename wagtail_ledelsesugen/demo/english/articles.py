"""English wording of the article index and the articles, by Danish slug.

Title, lead, first paragraph and headings are here; the rest of an article's
body stays Danish in the English pages.
"""

from .text import PageText

INDEX = PageText(
    slug="debate-and-articles",
    title="Debate and articles",
    intro=(
        "Opinion pieces, columns, portraits and interviews with leaders from "
        "municipalities, regions and central government – and news from the "
        "secretariat behind Leadership Week."
    ),
)

ARTICLES = {
    "rekordmange-arrangementer-i-aarets-ledelsesuge": PageText(
        slug="record-number-of-events-in-this-years-leadership-week",
        title="Record number of events in this year's Leadership Week",
        intro=(
            "Municipalities, regions, government agencies, educational institutions "
            "and leaders' associations have put forward more events than ever "
            "before. Many of them are small: a breakfast meeting for the leadership "
            "team or a leadership salon for five front-line leaders."
        ),
        first_paragraph=(
            "When the programme closed for new events on Friday, there were events "
            "from all five regions and from the great majority of municipalities. "
            "The secretariat behind Leadership Week is especially pleased that so "
            "many of them were organised by the leaders themselves – without "
            "consultants and without a budget."
        ),
        headings=("More events across sectors",),
    ),
    "giv-lederne-taettest-paa-borgerne-mere-ledelsesrum": PageText(
        slug="give-the-leaders-closest-to-citizens-more-room-to-lead",
        title="Give the leaders closest to citizens more room to lead",
        intro=(
            "For years we have built management systems meant to secure quality. "
            "Now it is time to ask what they cost in leadership, writes municipal "
            "chief executive Anne-Marie Holm."
        ),
        first_paragraph=(
            "When I visit our care homes, day-care centres and job centre, I meet "
            "leaders who know exactly what it takes to make a difference for "
            "citizens. Yet they spend a large part of their week filling in forms "
            "that none of them asked for."
        ),
        headings=("Documentation is not the same as quality", "Three proposals"),
    ),
    "tre-ledere-tre-sektorer": PageText(
        slug="three-leaders-three-sectors-what-did-you-take-away",
        title=(
            "Three leaders, three sectors: What did you take away from Leadership Week?"
        ),
        intro=(
            "An area manager in home care, a hospital director and a head of centre "
            "in social services tell us what the week set in motion in their "
            "organisations."
        ),
        first_paragraph=(
            "<b>What did you do during the week?</b> We held our first leadership "
            "salon for the team leaders in home care. Six leaders, one hour, one "
            "question: When were you last proud of your leadership?"
        ),
        headings=(
            "Maria Fogh Sørensen, Area Manager, Aalborg Kommune",
            "Morten Lund Iversen, Hospital Director, North Denmark Region",
            "Rikke Dam Pedersen, Head of Centre, Københavns Kommune",
        ),
    ),
    "hvad-ved-vi-om-ledertrivsel": PageText(
        slug="what-do-we-actually-know-about-leaders-wellbeing",
        title="What do we actually know about leaders' wellbeing?",
        intro=(
            "Public-sector leaders rarely talk about their own working environment. "
            "Two researchers go through what the research says – and what "
            "leadership teams can do themselves."
        ),
        first_paragraph=(
            "A leader's wellbeing has long been seen as a private matter. But "
            "research suggests that leaders who have someone to talk to about their "
            "leadership both stay longer in the job and lead better."
        ),
        headings=(
            "Pressure comes from several sides",
            "What the leadership team can do",
        ),
    ),
    "kunstig-intelligens-i-sagsbehandlingen": PageText(
        slug="artificial-intelligence-in-casework-three-lessons-from-aarhus",
        title="Artificial intelligence in casework: three lessons from Aarhus",
        intro=(
            "Aarhus Kommune has tried out language models in its job centre and "
            "citizen services. Not everything worked. The head of digitalisation "
            "and a head of department from the Danish Agency for Digital "
            "Government take stock."
        ),
        first_paragraph=(
            "When we started, expectations were high: the language models were to "
            "draft letters, summarise cases and help citizens on the website. A "
            "year later, only one of the three solutions is in everyday use."
        ),
        headings=(
            "Lesson 1: Start with the task, not the technology",
            "Lesson 2: Law and leadership go together",
            "Lesson 3: Bring the staff along",
        ),
    ),
    "skolelederen-der-deler-ledelsen-ud": PageText(
        slug="the-head-teacher-who-shares-out-leadership",
        title="The head teacher who shares out leadership",
        intro=(
            "Camilla Brix Jensen heads a state school with 650 pupils in Aarhus "
            "Vest. She believes the best decisions are made by those who stand in "
            "the classroom."
        ),
        first_paragraph=(
            "It is just past seven, and Camilla Brix Jensen is already in the "
            "schoolyard. She is there every morning. This is where she hears how "
            "things are – with the pupils, the parents and the teachers."
        ),
        headings=("Leadership in teams", "When things go wrong"),
    ),
    "vi-skal-holde-op-med-at-maale-alt": PageText(
        slug="we-must-stop-measuring-everything",
        title="We must stop measuring everything",
        intro=(
            "Hospitals are full of measurements that nobody uses. An HR director "
            "and a chief consultant propose starting again – with the leaders at "
            "the table."
        ),
        first_paragraph=(
            "In Region Zealand we have gone through, together with the leaders at "
            "the hospitals, the indicators that departments have to report on. "
            "Many of them were brought in to solve a problem that no longer exists."
        ),
        headings=("What we did",),
    ),
    "rekruttering-er-en-ledelsesopgave": PageText(
        slug="recruitment-is-a-leadership-task-not-an-hr-task",
        title="Recruitment is a leadership task – not an HR task",
        intro=(
            "A shortage of social and health care assistants is not solved with "
            "more job adverts. Keeping staff begins with the immediate manager, "
            "writes director Kasper Holt Mogensen."
        ),
        first_paragraph=(
            "In elderly care in Odense, we have struggled for years to fill vacant "
            "posts. We have tried campaigns, bonuses and new training programmes. "
            "What has worked best is something else entirely."
        ),
        headings=("New staff members' first hundred days",),
    ),
    "ensom-paa-toppen-find-din-sparringspartner": PageText(
        slug="lonely-at-the-top-find-your-sparring-partner",
        title="Lonely at the top? Find your sparring partner",
        intro=(
            "The higher up the organisation, the fewer people you can talk to "
            "freely. That is not fate, writes leadership adviser Birgitte Munk "
            "Larsen."
        ),
        first_paragraph=(
            "Every week I talk to top leaders in municipalities and regions. Many "
            "of them say the same thing: There is no one I can call when I am in "
            "doubt. You cannot burden your staff, and the politicians are your "
            "employers."
        ),
    ),
    "den-gode-ide-er-ikke-nok": PageText(
        slug="a-good-idea-is-not-enough",
        title="A good idea is not enough",
        intro=(
            "The public sector is not short of ideas. It is short of leaders who "
            "decide which trials should become everyday practice – and which "
            "should be stopped."
        ),
        first_paragraph=(
            "I have followed dozens of innovation projects in municipalities and "
            "regions. Most of them end as a successful trial that nobody takes "
            "responsibility for carrying on."
        ),
        headings=("From project to everyday practice",),
    ),
    "ytringsfrihed-er-ogsaa-lederens-ansvar": PageText(
        slug="freedom-of-expression-is-the-leaders-responsibility-too",
        title="Freedom of expression is the leader's responsibility too",
        intro=(
            "Public employees have a broad right to speak out. The leader's task is "
            "not only to know the rules but to build a culture in which they are "
            "used."
        ),
        first_paragraph=(
            "When I teach leaders employment law, freedom of expression is the "
            "subject that sparks the most debate. Many leaders are unsure where "
            "the line is, and some staff believe they may not say anything in "
            "public about their workplace at all."
        ),
        headings=("The rules in brief",),
    ),
    "hun-leder-naar-det-braender-paa": PageText(
        slug="she-leads-when-everything-is-on-fire",
        title="She leads when everything is on fire",
        intro=(
            "Karen Thygesen has led the Central Denmark Region's emergency services "
            "through storms, major accidents and a pandemic. Her most important "
            "tool is staying calm."
        ),
        first_paragraph=(
            "When the phone rings at night, Karen Thygesen knows it is rarely good "
            "news. As head of operations at the Prehospital Emergency Services, she "
            "makes sure that ambulances, emergency doctors and the dispatch centre "
            "work together when a major incident strikes."
        ),
        headings=("Preparation is half the battle", "After the crisis"),
    ),
    "saadan-melder-du-dit-arrangement-ind": PageText(
        slug="how-to-add-your-event-to-leadership-week",
        title="How to add your event to Leadership Week",
        intro=(
            "The programme for this year's Leadership Week is open. Every public "
            "organisation can put forward events – large and small."
        ),
        first_paragraph=(
            "Leadership Week is held every year in week 44 and brings together "
            "leaders from municipalities, regions and central government. The "
            "programme is built by the many organisations that hold events for "
            "their own leaders or for everyone."
        ),
    ),
    "vi-har-flyttet-opgaver-ikke-problemer": PageText(
        slug="hospital-director-we-have-moved-tasks-not-problems",
        title="Hospital director: We have moved tasks, not problems",
        intro=(
            "With fewer hands, a North Jutland hospital has made a new division of "
            "labour between doctors, nurses and secretaries. We asked the hospital "
            "director what it has demanded of the leaders."
        ),
        first_paragraph=(
            "We could not recruit enough nurses, and the ones we had spent too much "
            "time on tasks others could do. So we asked: Who does what, and why?"
        ),
        headings=(
            "Why did you start?",
            "What has been hardest?",
            "What is your advice to others?",
        ),
    ),
    "ledelse-paa-afstand-efter-forsoeget": PageText(
        slug="leading-at-a-distance-when-the-trial-is-over",
        title="Leading at a distance when the trial is over",
        intro=(
            "Three municipalities introduced fixed days of working from home. A "
            "researcher has followed them and finds that it is not the technology "
            "but the leader's rhythm that decides whether it works."
        ),
        first_paragraph=(
            "Hybrid work is here to stay in large parts of public administration. "
            "But many leaders still lead as if everyone were in the office."
        ),
        headings=("Rhythm rather than control", "The new staff"),
    ),
    "faerre-haender-ledelse-goer-forskellen": PageText(
        slug="fewer-hands-leadership-makes-the-difference",
        title="Fewer hands – leadership makes the difference",
        intro=(
            "Deputy Director General Helle Kjær Bundgaard follows the labour "
            "market closely. She believes leadership is the most overlooked answer "
            "to the shortage of labour."
        ),
        first_paragraph=(
            "There will be more older people and fewer of working age. That means "
            "the public sector must do more with fewer staff. It is not a forecast "
            "but a demographic fact."
        ),
        headings=("What does the future look like?", "What can leaders do?"),
    ),
    "naar-medarbejderne-selv-finder-loesningen": PageText(
        slug="when-staff-find-the-solution-themselves",
        title="When staff find the solution themselves",
        intro=(
            "Dialogue cards in the leadership teams at the Capital Region's "
            "hospitals have given staff a voice in shaping their work. A head of "
            "unit and a researcher tell what it has taught them about leadership."
        ),
        first_paragraph=(
            "The idea was simple: a set of questions on cards that leadership teams "
            "could use to talk about what works – and what does not. Before long, "
            "the cards were being used in staff groups too."
        ),
        headings=("Questions rather than answers",),
    ),
}
