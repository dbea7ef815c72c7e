"""English wording of the video and audio index and the recordings, by Danish slug.

The transcripts stay Danish, as the recordings themselves are in Danish.
"""

from .text import PageText

INDEX = PageText(
    slug="video-and-audio",
    title="Video and audio",
    intro=(
        "Watch and listen to research talks, recordings of earlier years' "
        "events, webinars, podcasts and short interviews with public leaders. "
        "Every recording has a text version, and videos from other services "
        "only load when you ask for them."
    ),
)

RECORDINGS = {
    "jesper-kronborg-om-ledelsesrum": PageText(
        slug="trust-in-practice-jesper-kronborg-on-room-to-lead",
        title="Trust in practice: Jesper Kronborg on room to lead",
        intro=(
            "Keynote from the opening conference. What happens when rules disappear "
            "– and why does it take time before leaders use the room they have been "
            "given?"
        ),
        chapters=(
            "Welcome",
            "What the trials with less control showed",
            "Room to lead is something you take",
            "One thing you can stop doing",
        ),
    ),
    "paneldebat-hvad-goer-vi-med-rummet": PageText(
        slug="panel-debate-what-do-we-do-with-the-room-we-get",
        title="Panel debate: What do we do with the room we get?",
        intro=(
            "A municipal chief executive and a regional HR director on removing "
            "needless rules together with the leaders – and on what came instead."
        ),
    ),
    "webinar-sprogmodel-i-sagsbehandlingen": PageText(
        slug="webinar-can-a-language-model-help-the-caseworker",
        title="Webinar: Can a language model help the caseworker?",
        intro=(
            "Recording of the webinar on generative AI in casework, with lessons "
            "from a year-long trial in a job centre."
        ),
        chapters=(
            "Welcome and practical matters",
            "The common guidelines for generative AI",
            "A year with language models in the job centre",
            "Questions from the chat",
        ),
    ),
    "hvem-leder-lederen-morgenmoede": PageText(
        slug="who-leads-the-leader-recording-of-the-breakfast-meeting",
        title="Who leads the leader? Recording of the breakfast meeting",
        intro=(
            "New research into front-line leaders' working environment, and "
            "experience from leader networks across municipalities."
        ),
        chapters=(
            "Welcome",
            "Alone with the decisions: findings from the survey",
            "Leader networks that work",
            "Questions and wrap-up",
        ),
    ),
    "debat-faerre-haender": PageText(
        slug="debate-fewer-hands",
        title="Debate: Fewer hands – how do we get the job done?",
        intro=(
            "A regional executive director, a hospital director and a deputy "
            "director general from STAR on the workforce, a new division of labour "
            "and keeping staff in health care."
        ),
        chapters=(
            "How many hands are we short?",
            "A new division of labour at a hospital on four sites",
            "Keeping staff starts with the immediate manager",
            "Questions from the room and online",
        ),
    ),
    "ledelse-paa-afstand-efter-hjemmearbejdsdagene": PageText(
        slug="leading-at-a-distance-after-the-home-working-days",
        title=(
            "The researcher explains: Leading at a distance after the home-working days"
        ),
        intro=(
            "A short research talk on what three municipalities have learnt from "
            "two years of fixed days of working from home."
        ),
    ),
    "fra-ide-til-drift-paa-12-minutter": PageText(
        slug="from-good-idea-to-everyday-practice-in-12-minutes",
        title="From good idea to everyday practice in 12 minutes",
        intro=(
            "Why do so many good trials never become everyday practice? Signe "
            "Winther offers three answers – and three questions a leadership team "
            "can ask itself."
        ),
    ),
    "tre-spoergsmaal-til-en-skoleleder": PageText(
        slug="three-questions-for-a-head-teacher",
        title="Three questions for a head teacher",
        intro=(
            "A short interview from Leadership Week's LinkedIn series with Camilla "
            "Brix Jensen, head teacher in Aarhus Vest."
        ),
    ),
    "naar-krisen-rammer-praehospitalet": PageText(
        slug="when-crisis-strikes-lessons-from-the-prehospital-services",
        title="When crisis strikes: lessons from the Prehospital Emergency Services",
        intro=(
            "Karen Thygesen explains how the emergency services are led during "
            "major incidents, and what other leaders can learn from it."
        ),
        chapters=(
            "The first hour",
            "Clear roles when everything is unclear",
            "After the crisis: evaluating without blame",
        ),
    ),
    "podcast-ensom-paa-toppen": PageText(
        slug="leadership-podcast-episode-1-lonely-at-the-top",
        title="Leadership podcast, episode 1: Lonely at the top",
        intro=(
            "An area manager in home care and a leadership adviser on the "
            "loneliness of the leadership job – and on networks that help."
        ),
        chapters=(
            "Intro",
            "When are you alone as a leader?",
            "Networks across municipalities",
        ),
    ),
    "podcast-jura-i-lederens-hverdag": PageText(
        slug="leadership-podcast-episode-2-law-in-the-leaders-working-day",
        title="Leadership podcast, episode 2: Law in the leader's working day",
        intro=(
            "Freedom of expression, consulting the parties and dismissals: the "
            "legal questions that most often land on the leader's desk."
        ),
    ),
    "fastholdelse-i-aeldreplejen": PageText(
        slug="interview-keeping-staff-starts-with-the-immediate-manager",
        title="Interview: Keeping staff starts with the immediate manager",
        intro=(
            "Kasper Holt Mogensen, director at Odense Kommune, on holding on to "
            "social and health care assistants when everyone is short of them."
        ),
    ),
}
