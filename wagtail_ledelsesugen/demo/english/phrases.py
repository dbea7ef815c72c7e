"""Short texts that recur across the demo pages, by their Danish wording.

Like a translation memory: any segment of any page whose Danish wording is
a key here gets the English.
"""

PHRASES = {
    # Speakers' roles.
    "Vært": "Host",
    "Oplægsholder": "Speaker",
    "Keynote": "Keynote",
    "Moderator": "Moderator",
    "Ordstyrer": "Chair",
    "Facilitator": "Facilitator",
    "Paneldeltager": "Panellist",
    "Interviewperson": "Interviewee",
    "Interviewer": "Interviewer",
    "Forfatter": "Author",
    # Prices.
    "Gratis": "Free",
    "Gratis, kun efter invitation": "Free, by invitation only",
    "1.200 kr. pr. deltager, 10 % rabat ved tre eller flere fra samme organisation": (
        "DKK 1,200 per participant, 10% off for three or more from the same "
        "organisation"
    ),
    # Signup questions and their choices.
    "Hvilken sektor arbejder du i?": "Which sector do you work in?",
    "Kommune\nRegion\nStat\nAndet": "Municipality\nRegion\nCentral government\nOther",
    "Hvilket ledelsesniveau er du på?": "What is your leadership level?",
    "Topleder\nLeder af ledere\nFørstelinjeleder\nStabsfunktion": (
        "Top leader\nLeader of leaders\nFront-line leader\nStaff function"
    ),
    "Har du særlige behov, vi skal kende til?": (
        "Do you have any special needs we should know about?"
    ),
    # Agendas.
    "Program": "Programme",
    "Program tirsdag": "Programme, Tuesday",
    "Program onsdag": "Programme, Wednesday",
    "Morgenkaffe og registrering": "Morning coffee and registration",
    "Velkommen til Ledelsesugen": "Welcome to Leadership Week",
    "Hvad ved vi om god offentlig ledelse?": (
        "What do we know about good public leadership?"
    ),
    "Pause": "Break",
    "Ledelse fra rådhuset til frontlinjen": (
        "Leadership from the town hall to the front line"
    ),
    "Frokost og netværk": "Lunch and networking",
    "Hvad kan staten lære af kommuner og regioner?": (
        "What can central government learn from municipalities and regions?"
    ),
    "Paneldebat: Hvad skal offentlig ledelse kunne i 2030?": (
        "Panel debate: What will public leadership take in 2030?"
    ),
    "Opsamling og tak for i dag": "Summing up and thanks for today",
    "Ankomst og kaffe": "Arrival and coffee",
    "Velkommen": "Welcome",
    "Hvad ser borgeren, når vi ikke samarbejder?": (
        "What does the citizen see when we do not work together?"
    ),
    "Frokost": "Lunch",
    "Fælles mål på tværs af kommune og region": (
        "Shared goals across municipality and region"
    ),
    "Gruppearbejde i klyngerne": "Group work in the clusters",
    "Middag": "Dinner",
    "Morgenrefleksion": "Morning reflection",
    "Gruppearbejde: Fra aftale til praksis": "Group work: From agreement to practice",
    "Paneldebat: Hvem har bolden?": "Panel debate: Who has the ball?",
    "Afrunding": "Rounding off",
    "Hvad siger reglerne om ansvar?": "What do the rules say about responsibility?",
    "Erfaringer fra Socialforvaltningen": (
        "Lessons from the Social Services Administration"
    ),
    "Paneldebat": "Panel debate",
    "Spørgsmål fra salen og fra de online deltagere": (
        "Questions from the room and from those online"
    ),
    "Registrering og morgenmad": "Registration and breakfast",
    "Hvorfor blev vi ledere i sundhedsvæsenet?": (
        "Why did we become leaders in health care?"
    ),
    "Lederens eget arbejdsmiljø": "The leader's own working environment",
    "Ny arbejdsdeling på et nordjysk hospital": (
        "A new division of labour at a North Jutland hospital"
    ),
    "Workshops i mindre grupper": "Workshops in smaller groups",
    "Opsamling": "Summing up",
    # Startkit materials.
    "Invitation til morgenmøde": "Invitation to a breakfast meeting",
    "Drejebog for morgenmødet": "Running order for the breakfast meeting",
    "Programskabelon til gå-hjem-møde": "Programme template for an after-work meeting",
    "Invitation til ledelsessalon": "Invitation to a leadership salon",
    "Værtens guide til ledelsessalonen": "The host's guide to the leadership salon",
    "Opgaveark: Hvor kan AI hjælpe hos os?": "Worksheet: Where can AI help us?",
    "Skriveguide til artikelstafetten": "Writing guide for the article relay",
    "Interviewguide til lederportrætter": "Interview guide for leader portraits",
    "Skabelon til ledelsesgrundlag": "Template for a leadership charter",
    # The dialogue cards.
    "Læg kortene med bagsiden opad. Den første trækker et kort, læser spørgsmålet "
    "højt og svarer. De andre må spørge ind, men ikke give gode råd, før turen går "
    "videre. Brug 5-10 minutter pr. kort.": (
        "Place the cards face down. The first person draws a card, reads the "
        "question aloud and answers it. The others may ask questions but not give "
        "advice before the turn passes on. Spend 5–10 minutes on each card."
    ),
    "Ledelsesrum": "Room to lead",
    "Tillid": "Trust",
    "Trivsel": "Wellbeing",
    "Samarbejde på tværs": "Working across boundaries",
    "Borgeren": "The citizen",
    "Fremtiden": "The future",
    "Hvornår har du sidst brugt dit ledelsesrum til at sige nej til en opgave?": (
        "When did you last use your room to lead to say no to a task?"
    ),
    "Hvilken regel ville du fjerne i morgen, hvis du kunne – og hvad holder dig "
    "tilbage?": (
        "Which rule would you remove tomorrow if you could – and what is holding "
        "you back?"
    ),
    "Hvad gør din chef, som får dig til at føle dig betroet?": (
        "What does your manager do that makes you feel trusted?"
    ),
    "Hvor kunne I dokumentere mindre og stole mere på medarbejdernes faglighed?": (
        "Where could you document less and trust your staff's expertise more?"
    ),
    "Hvem sparrer du med, når en beslutning holder dig vågen om natten?": (
        "Who do you talk to when a decision keeps you awake at night?"
    ),
    "Hvad gør du for at passe på dig selv i en travl periode – og hvad burde du "
    "gøre?": (
        "What do you do to look after yourself in a busy period – and what should "
        "you do?"
    ),
    "Hvilken leder i en anden afdeling eller sektor burde du kende bedre?": (
        "Which leader in another department or sector should you know better?"
    ),
    "Fortæl om et samarbejde på tværs, der lykkedes. Hvad gjorde forskellen?": (
        "Tell us about a collaboration across boundaries that worked. What made "
        "the difference?"
    ),
    "Hvornår har du sidst set jeres arbejde med borgerens øjne?": (
        "When did you last see your work through the citizen's eyes?"
    ),
    "Hvilken beslutning i jeres ledergruppe ville borgerne undre sig mest over?": (
        "Which decision in your leadership team would puzzle citizens the most?"
    ),
    "Hvad skal en god leder hos jer kunne om fem år?": (
        "What will a good leader in your organisation need to be able to do in "
        "five years?"
    ),
    "Hvad vil du gerne have, at medarbejderne siger om din ledelse, den dag du "
    "stopper?": (
        "What would you like your staff to say about your leadership on the day "
        "you leave?"
    ),
    # Articles: quotes' attributions, fact boxes and calls to action.
    "Mette Skov Andersen, chefkonsulent i KL": (
        "Mette Skov Andersen, Chief Consultant at KL"
    ),
    "Sofie Lindberg Nielsen, lektor": "Sofie Lindberg Nielsen, Associate Professor",
    "Mikkel Brandt Sørensen, digitaliseringschef": (
        "Mikkel Brandt Sørensen, Head of Digitalisation"
    ),
    "Camilla Brix Jensen, skoleleder": "Camilla Brix Jensen, Head Teacher",
    "Anja Vinther, HR-chef i Region Sjælland": (
        "Anja Vinther, HR Director, Region Zealand"
    ),
    "Karen Thygesen, driftschef i Præhospitalet": (
        "Karen Thygesen, Head of Operations, Prehospital Emergency Services"
    ),
    "Morten Lund Iversen, hospitalsdirektør": "Morten Lund Iversen, Hospital Director",
    "Ole Bech Christiansen, professor": "Ole Bech Christiansen, Professor",
    "Helle Kjær Bundgaard, vicedirektør": (
        "Helle Kjær Bundgaard, Deputy Director General"
    ),
    "Nadia El-Haddad, enhedschef for ledelsesudvikling": (
        "Nadia El-Haddad, Head of Leadership Development"
    ),
    "Sådan finder du et arrangement": "How to find an event",
    "Fem spørgsmål til ledergruppen": "Five questions for the leadership team",
    "Før I går i gang med AI": "Before you get started with AI",
    "Tre ting, du som leder ikke må": "Three things you must not do as a leader",
    "Det skal du oplyse": "What to tell us",
    "Aftaler, der gør hybrid ledelse lettere": (
        "Agreements that make hybrid leadership easier"
    ),
    "Der er stadig ledige pladser til mange af ugens arrangementer.": (
        "Many of the week's events still have seats available."
    ),
    "Se programmet": "See the programme",
    "Hør mere om fastholdelse på Ledelsesugens arrangementer om rekruttering.": (
        "Hear more about keeping staff at Leadership Week's events on recruitment."
    ),
    "Find arrangementer": "Find events",
    "Se, hvad andre organisationer allerede har meldt ind.": (
        "See what other organisations have already put forward."
    ),
    "Gå til programmet": "Go to the programme",
    "Vil du prøve dialogkortene i din egen ledergruppe? Find et arrangement om dem "
    "i programmet.": (
        "Would you like to try the dialogue cards in your own leadership team? "
        "Find an event about them in the programme."
    ),
    "Se arrangementerne": "See the events",
}
