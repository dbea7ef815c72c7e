"""English wording of the demo snippets, by the Danish snippet's slug.

Names of people and municipalities stay Danish; organisations with an
established English name get it.
"""

# Theme slug: (name, description).
THEMES = {
    "ai-og-digitalisering": (
        "AI and digitalisation",
        "How leaders use artificial intelligence and digital solutions "
        "responsibly – and bring their staff with them through the change.",
    ),
    "ledertrivsel": (
        "Leader wellbeing",
        "The leader's own working environment: pressure, loneliness, sparring and "
        "a working day that is sustainable.",
    ),
    "tvaergaaende-ledelse": (
        "Leadership across boundaries",
        "Leadership across professions, administrations and sectors – and along "
        "the chain from politicians to the front line.",
    ),
    "ledelse-i-kriser-og-paa-afstand": (
        "Leading in crises and at a distance",
        "Leading when things are on fire, and when staff do not work in the same "
        "place as their leader.",
    ),
    "rekruttering-og-arbejdskraftmangel": (
        "Recruitment and labour shortage",
        "Attracting, keeping and developing staff when there are fewer hands for "
        "more tasks.",
    ),
    "offentlig-innovation": (
        "Public innovation",
        "New ways of delivering welfare – from the good idea through trials to "
        "everyday operation.",
    ),
    "ledelsesrum-og-frihed-til-at-lede": (
        "Room and freedom to lead",
        "Less control and documentation, more trust – and what leaders do with "
        "the room they are given.",
    ),
    "meningsfuld-ledelse-og-borgeren-i-centrum": (
        "Meaningful leadership and citizens first",
        "Leadership that starts from the task, professional expertise and the "
        "difference made for the citizen.",
    ),
    "jura-for-offentlige-ledere": (
        "Law for public leaders",
        "Administrative law, employment law and freedom of expression in the "
        "leader's everyday work.",
    ),
    "evaluering-af-ledelse": (
        "Evaluating leadership",
        "Leadership evaluations, feedback and data as a starting point for "
        "becoming a better leader.",
    ),
}

# Organisations with an English name; municipalities, Djøf and Lederne keep theirs.
ORGANISATIONS = {
    "region-hovedstaden": "Capital Region of Denmark",
    "region-sjaelland": "Region Zealand",
    "region-syddanmark": "Region of Southern Denmark",
    "region-midtjylland": "Central Denmark Region",
    "region-nordjylland": "North Denmark Region",
    "medarbejder-og-kompetencestyrelsen": "Agency for Employees and Competences",
    "digitaliseringsstyrelsen": "Danish Agency for Digital Government",
    "styrelsen-for-arbejdskraft-og-rekruttering": (
        "Danish Agency for Labour and Recruitment"
    ),
    "aarhus-universitet": "Aarhus University",
    "syddansk-universitet": "University of Southern Denmark",
    "aalborg-universitet": "Aalborg University",
    "roskilde-universitet": "Roskilde University",
    "koebenhavns-professionshoejskole": "University College Copenhagen",
    "kl": "KL – Local Government Denmark",
    "danske-regioner": "Danish Regions",
    "djoef-forlag": "Djøf Publishing",
}

# Person slug: (job title, short bio).
PEOPLE = {
    "anne-marie-holm": (
        "Municipal Chief Executive",
        "Chief executive since 2021, before that director of social services and "
        "health. Keen to find out how a municipality can give the leaders "
        "closest to citizens more room to lead.",
    ),
    "jesper-kronborg": (
        "Professor of Public Leadership",
        "Researches leadership, motivation and performance in public "
        "organisations and has followed school and day-care leaders in their "
        "daily work for many years.",
    ),
    "sofie-lindberg-nielsen": (
        "Associate Professor",
        "Teaches on the diploma programme in leadership and researches leaders' "
        "working environment. Formerly a department manager at a care home.",
    ),
    "henrik-vestergaard-bach": (
        "Head of Division",
        "Heads the division for leadership and competence development in central "
        "government and has worked on leadership development in both the "
        "Danish Defence and the Tax Administration.",
    ),
    "mette-skov-andersen": (
        "Chief Consultant",
        "Works on leadership and recruitment in the municipalities and is part of "
        "the secretariat behind Leadership Week.",
    ),
    "rasmus-toft": (
        "Executive Director",
        "Executive director responsible for health care and psychiatry. Started "
        "out as a nurse and was a charge nurse for ten years.",
    ),
    "camilla-brix-jensen": (
        "Head Teacher",
        "Heads a state school with 650 pupils in Aarhus Vest and writes regularly "
        "about distributed leadership in schools.",
    ),
    "mikkel-brandt-soerensen": (
        "Head of Digitalisation",
        "Ran the municipality's trials of language models in the job centre and "
        "citizen services, and is happy to talk about what did not work.",
    ),
    "thomas-eg-lauridsen": (
        "Head of Department",
        "Leads the work on responsible use of artificial intelligence in the "
        "public sector, including common guidelines for generative AI.",
    ),
    "line-ravn-poulsen": (
        "Associate Professor of Administrative Law",
        "Researches administrative law and public employees' freedom of "
        "expression, and teaches leaders employment law.",
    ),
    "kasper-holt-mogensen": (
        "Director of Elderly Care and Disability Services",
        "Has led elderly care in Odense through years of shortage of social and "
        "health care assistants, and believes that keeping staff starts with the "
        "immediate manager.",
    ),
    "nadia-el-haddad": (
        "Head of Leadership Development",
        "Runs the region's leadership programmes and developed the dialogue cards "
        "used by leadership teams at its hospitals.",
    ),
    "peter-juul-kristensen": (
        "Chief Consultant",
        "Works on leadership and the working environment in the regions, and on "
        "cooperation between hospitals and municipalities.",
    ),
    "maria-fogh-soerensen": (
        "Area Manager",
        "Heads home care in one of Aalborg's seven areas with 14 team leaders, "
        "and started leadership salons for front-line leaders.",
    ),
    "ole-bech-christiansen": (
        "Professor of Organisation and Leadership",
        "Researches hybrid work and leading at a distance, and has followed three "
        "municipalities since they introduced fixed days of working from home.",
    ),
    "signe-winther": (
        "Associate Professor of Public Innovation",
        "Researches how good ideas from staff become lasting solutions – and why "
        "so many trials never make it into everyday operation.",
    ),
    "birgitte-munk-larsen": (
        "Leadership Adviser",
        "Advises leaders in municipalities and regions on careers and working "
        "conditions, and runs networks for top leaders.",
    ),
    "jonas-friis": (
        "Chief Consultant",
        "Works on public leadership and administration and has chaired a long "
        "line of debates on the role of the civil service.",
    ),
    "helle-kjaer-bundgaard": (
        "Deputy Director General",
        "Responsible for the agency's labour market analyses and for the yearly "
        "projections of the need for labour.",
    ),
    "morten-lund-iversen": (
        "Hospital Director",
        "Runs a hospital on four sites and has introduced a new division of "
        "labour between doctors, nurses and secretaries.",
    ),
    "karen-thygesen": (
        "Head of Operations, Prehospital Emergency Services",
        "Has led the region's emergency services through several major incidents "
        "and teaches crisis leadership on the leadership programme.",
    ),
    "emil-noergaard": (
        "Commissioning Editor",
        "Edits the publisher's books on leadership and organisation.",
    ),
    "anja-vinther": (
        "HR Director",
        "Has led the region's work with the hospitals' leaders to remove needless "
        "rules and documentation requirements.",
    ),
    "rikke-dam-pedersen": (
        "Head of Centre, Social Services Administration",
        "Heads a centre for vulnerable citizens and, with its staff, developed a "
        "new model for the first conversation with a citizen.",
    ),
    "lars-oestergaard-henriksen": (
        "Journalist and Moderator",
        "Covered the public sector as a journalist for 20 years and now chairs "
        "conferences and debates on welfare and leadership.",
    ),
}
