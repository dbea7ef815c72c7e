"""English wording of the startkit index and the startkits, by Danish slug.

The steps' texts stay Danish in the English pages; their titles are here.
"""

from .text import PageText

INDEX = PageText(
    slug="starter-kits",
    title="Starter kits",
    intro=(
        "Want to run something of your own during Leadership Week? A starter "
        "kit is a recipe for an activity you can hold with your own leaders: "
        "why it is worth doing, what it involves and how to do it step by step "
        "– with materials you can download and adapt."
    ),
)

STARTKITS = {
    "hold-et-morgenmoede-om-ledelse": PageText(
        slug="hold-a-breakfast-meeting-on-leadership",
        title="Hold a breakfast meeting on leadership",
        intro=(
            "A breakfast meeting brings leaders together across departments before "
            "the day's work takes over. An hour and a half with coffee, a short "
            "talk and a good conversation gives new energy and new contacts – and "
            "takes little to organise."
        ),
        first_paragraph=(
            "The breakfast meeting usually runs from 8 to 9.30. It starts with "
            "breakfast, and then a researcher, a leader from another organisation "
            "or your own director gives a talk of 20–30 minutes. Afterwards the "
            "participants discuss the talk at their tables, guided by two or three "
            "questions."
        ),
        steps=(
            "Choose a theme and find a speaker",
            "Send the invitation",
            "Prepare questions for the tables",
            "Hold the breakfast meeting",
        ),
        examples=(
            "Breakfast meeting in the council chamber with a talk on meaningful "
            "leadership",
            "Online breakfast meeting for leaders at four hospitals",
        ),
    ),
    "hold-et-gaa-hjem-moede-paa-tvaers": PageText(
        slug="hold-an-after-work-meeting-across-sectors",
        title="Hold an after-work meeting across sectors",
        intro=(
            "An after-work meeting brings leaders together at the end of the day, "
            "once the day's work is done. It is an informal space to learn "
            "together and to meet the leaders in another sector who work with the "
            "same citizens as you."
        ),
        first_paragraph=(
            "The meeting usually runs from 3 to 5 pm. Two leaders from different "
            "organisations talk about a collaboration that worked – or stalled – "
            "and the participants then discuss what they can use themselves."
        ),
        steps=(
            "Find a partner in another sector",
            "Plan the programme",
            "Invite the leaders of both organisations",
            "Hold the meeting",
            "Follow up",
        ),
        examples=(
            "After-work meeting with the municipalities on discharging older patients",
            "Leaders from the job centre and local colleges met about young people "
            "without an education",
        ),
    ),
    "hold-en-ledelsessalon": PageText(
        slug="hold-a-leadership-salon",
        title="Hold a leadership salon",
        intro=(
            "A leadership salon gives leaders at the same level an hour to talk in "
            "confidence about the dilemmas they face. Many leaders miss sparring "
            "with their peers; the salon makes it a fixed appointment instead of "
            "something that happens if there is time."
        ),
        first_paragraph=(
            "A salon lasts about an hour and brings together 5–7 leaders at the "
            "same level who do not manage one another. A host keeps time, and the "
            "conversation starts from a question the participants have had in "
            "advance."
        ),
        steps=(
            "Find a host and put the group together",
            "Send out the question in advance",
            "Open the salon",
            "The conversation",
        ),
        examples=(
            "Regular leadership salons for team leaders in home care",
            "Salons for new leaders in their first year",
        ),
    ),
    "hold-en-workshop-om-ai-i-hverdagen": PageText(
        slug="hold-a-workshop-on-ai-in-everyday-work",
        title="Hold a workshop on AI in everyday work",
        intro=(
            "Artificial intelligence is changing the work of many units, but "
            "leaders are often left alone with the question of where it makes "
            "sense to begin. A workshop gives the leadership team a shared "
            "language and a first list of tasks worth trying out."
        ),
        first_paragraph=(
            "The workshop lasts three hours. It opens with a short talk on what "
            "language models can and cannot do, and on the rules that apply to "
            "personal data. Then the leaders work in groups on their own tasks."
        ),
        steps=(
            "Find an expert to give the talk",
            "Ask the leaders to bring a task",
            "Give the talk",
            "Work in groups",
            "Agree on the next steps",
        ),
        examples=(
            "Workshop for leaders in citizen services and the job centre",
            "The leadership team of the Technical and Environmental Administration "
            "found four tasks to try out",
        ),
    ),
    "start-en-artikelstafet": PageText(
        slug="start-an-article-relay",
        title="Start an article relay",
        intro=(
            "When leaders write about their own working day, leadership becomes "
            "visible to staff, colleagues and citizens. An article relay brings a "
            "new voice every day of Leadership Week and shows how different good "
            "leadership can look."
        ),
        first_paragraph=(
            "5–6 leaders each write an article of 300–800 words, and one is "
            "published each day of Leadership Week – on the intranet, on LinkedIn "
            "or in the local paper. Each writer hands the baton to the next with a "
            "question."
        ),
        steps=(
            "Find 5–6 writers",
            "Give them the writing guide",
            "Edit and plan the publishing",
            "Publish one article a day",
        ),
        examples=(
            "Five ward managers wrote about leadership close to the patient",
            "A relay in the local paper with leaders from elderly care",
        ),
    ),
    "dialogkort-om-ledelsesrum": PageText(
        slug="dialogue-cards-on-room-to-lead",
        title="Dialogue cards on room to lead",
        intro=(
            "Leadership teams often talk about operations and rarely about "
            "leadership. The dialogue cards are an easy way into the conversations "
            "that otherwise never happen: about room to lead, trust, wellbeing and "
            "the difference you make for citizens."
        ),
        first_paragraph=(
            "The cards are used in groups of 3–6 leaders, for example for the "
            "first 30–60 minutes of a leadership meeting. The full box has six "
            "themes with ten cards each; here is a selection of twelve cards, two "
            "from each theme."
        ),
        steps=(
            "Print and cut out the cards",
            "Choose one or more themes",
            "Talk together",
            "Sum up",
        ),
        examples=(
            "The cards are used at leadership meetings at the region's hospitals",
            "Day-care leaders in Valby used the cards at a theme day",
        ),
    ),
    "lav-en-serie-af-lederportraetter": PageText(
        slug="make-a-series-of-leader-portraits",
        title="Make a series of leader portraits",
        intro=(
            "Few staff know what a leader actually does. Short portraits of leaders "
            "at different levels show that leadership is a craft you can grow into "
            "– and can make more people consider becoming leaders."
        ),
        first_paragraph=(
            "4–5 leaders from different levels each tell, in a short interview or a "
            "video of 2–3 minutes, why they became leaders and what they are "
            "dealing with. The portraits come out during Leadership Week."
        ),
        steps=(
            "Choose the leaders",
            "Interview the leaders",
            "Edit the portrait and get it approved",
            "Publish and share",
        ),
        examples=(
            "Video portraits of five leaders in elderly care",
            "Portraits of new leaders on the intranet",
        ),
    ),
    "skriv-jeres-ledelsesgrundlag-sammen": PageText(
        slug="write-your-leadership-charter-together",
        title="Write your leadership charter together",
        intro=(
            "A leadership charter the leaders wrote themselves gets used. One "
            "written for them ends up in a drawer. Leadership Week is a good "
            "occasion to write it together – or to check whether the old one "
            "still holds."
        ),
        first_paragraph=(
            "The leaders spend a day on the charter in two workshops: one on why "
            "the organisation exists, and one on what leaders and staff can expect "
            "of one another. A small writing group pulls the results together."
        ),
        steps=(
            "Set up a writing group",
            "First workshop: Why are we here?",
            "Second workshop: What do we expect of one another?",
            "Write and discuss the draft",
        ),
        examples=(
            "All 120 leaders helped write the municipality's leadership charter",
            "The leadership charter was revisited at a leaders' day during "
            "Leadership Week",
        ),
    ),
}
