"""The words the rules look for, in English, Spanish and French: kinds, cues and places.

Kept as data so that a new layout or language is an edit here, not a new rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mpdp_pipeline.schemas import Kind

_TRAINING_TERMS = (
    "training", "capacitación", "capacitacion", "curso", "formation", "summer school", "winter school",
    "session de formation", "séance de formation", "sesión de capacitación", "training session",
    "spring school", "escuela de verano", "école d'été",
    # a workshop or seminar named for what it trains: "Taller de capacitación para oficiales de migración"
    "taller de capacitación", "taller de formación", "seminario de capacitación", "atelier de formation",
    "séminaire de formation", "training workshop", "training seminar",
)  # fmt: skip
_CONFERENCE_TERMS = (
    "conference", "conferencia", "conférence", "congress", "congreso", "summit", "cumbre", "symposium", "simposio",
    "colloque", "colloquium",
    # German sets the kind at the end of a compound ("Herbsttagung", "Jahrestagung"): the usual compounds
    "tagung", "jahrestagung", "fachtagung", "herbsttagung", "frühjahrstagung", "arbeitstagung", "konferenz",
    "kongress", "kolloquium",
)  # fmt: skip

# First match wins, so the more specific kinds come first ("Working Group workshop" is a workshop).
KIND_TERMS: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (Kind.ROUNDTABLE, ("roundtable", "round table", "round-table", "mesa redonda", "table ronde")),
    (Kind.WORKSHOP, ("workshop", "taller", "atelier")),
    (Kind.SEMINAR, ("seminar", "seminario", "séminaire", "seminaire")),
    (Kind.TRAINING, _TRAINING_TERMS),
    (Kind.FORUM, ("forum", "foro")),
    (
        Kind.WORKING_GROUP,
        # "WG on Technology": the short form a calendar's cell uses
        (
            "working group",
            "grupo de trabajo",
            "groupe de travail",
            "ad hoc group",
            "grupo ad hoc",
            "groupe ad hoc",
            "wg on",
            "wg of",
        ),
    ),
    (Kind.CONFERENCE, _CONFERENCE_TERMS),
    (
        Kind.MEETING,
        (
            "meeting",
            "mini-full round",
            "mini full round",
            "full round",
            "steering group",
            "steering committee",
            "groupe de pilotage",
            "groupe directeur",  # the Steering Group, in French
            "comité de pilotage",
            "tour complet de consultations",  # the Full Round, in French
            "mini-tour complet",
            "committee",
            "comité",
            "board of directors",
            "board meeting",
            "plenary",
            "policy dialogue",
            "reunión",
            "reunion",
            "réunion",
            "consultation",
            "consultations",
            "session",
            "sesión",
            "séance",
            "encuentro",
            "rencontre",
            "agm",  # an association's annual general meeting, as its members write it
            "public hearing",  # a board's hearing on its budget or taxes: a meeting open to the public
            "audiencia pública",
            "sitzung",  # German: a board's or committee's session
            "mitgliederversammlung",
            "audience publique",
        ),
    ),
    # Events with no kind of their own, named by what is done at them: last, so "Best Statistical Forum"
    # stays a forum.
    (
        Kind.OTHER,
        (
            "testimony",  # before a legislature: "Testimony before the House Judiciary Subcommittee, March 3"
            "contest",
            "competition",
            "quiz",
            "quizbee",
            "awards",
            "concurso",
            "concours",
            "ceremony",
            "cérémonie",
            "ceremonia",
            "journée",
            "journées",
            "jornada",
            "jornadas",
            "briefing",  # a think tank's briefing of officials or legislators: an event with no kind of its own
            "sesión informativa",  # the briefing in Spanish
            "séance d'information",
            # a call or a statement to the press, not a conference held: "Press conference", "Point de presse"
            "press conference",
            "conférence de presse",
            "conferencia de prensa",
            "rueda de prensa",
            "point de presse",
            "conférence téléphonique",
            "conferencia telefónica",
            "book launch",  # a publication presented to the public: an event, not the publication
            "report launch",
            "publication launch",
            "launch event",
            "presentación del libro",
            "lancement du livre",
            "panel discussion",
            "film screening",
            "hackathon",
            "datathon",
            "funathon",
            "codathon",
            "ideathon",
            "hackday",
            "webinar",
            "webinaire",
            "webinario",
            "web seminar",  # a webinar by its longer name: an online event, not a seminar
            "seminario web",
            "teleconference",  # a media or expert call: an event held by telephone
            "video call",  # a subgroup's regular call: its meeting, held online
            "conference call",
            "téléconférence",
            "teleconferencia",
        ),
    ),  # fmt: skip
)

# Documents: a publication list or a sentence saying a document was issued.
DOCUMENT_NOUNS = (
    "report", "plan", "review", "assessment", "terms of reference", "guidelines", "workplan",
    "paper", "brief", "study", "book", "handbook", "outlook", "informe", "estudio", "rapport", "étude",
)  # fmt: skip
REPORT_NOUNS = (
    "report", "plan", "review", "assessment", "terms of reference", "guidelines", "workplan", "informe", "rapport",
)  # fmt: skip
DOCUMENT_VERBS = ("issued", "published", "released", "launched", "adopted", "finalized", "finalised", "completed")
PUBLICATION_HEADINGS = ("publication", "publicacion", "publicación", "research", "books", "papers", "investigación")
# The sections that say which works came out in the period ("Annex III - Reports issued in 2009"): their entries
# are works even where they name the event they report on ("Summary Report: Workshop on ...").
ISSUED_WORKS_HEADINGS = (
    "reports issued", "reports published", "reports released", "studies published", "informes publicados",
    "rapports publiés",
)  # fmt: skip
DOCUMENT_HEADINGS = ("documents", "documentos", "reports produced", "documents produced", *ISSUED_WORKS_HEADINGS)

# The papers and recordings a meeting leaves ("Board Meeting Agenda", "Acta de la reunión", "Procès-verbal"):
# a meeting list links one per document, and each names the meeting, not another activity.
MEETING_DOCUMENTS = (
    "agenda", "agendas", "notice", "public notice", "minutes", "video", "recording", "audio",
    "transcript", "packet", "board packet", "materials",
    "orden del día", "orden del dia", "acta", "actas", "minuta", "aviso", "convocatoria", "vídeo", "grabación",
    "transcripción", "ordre du jour", "procès-verbal", "proces-verbal", "compte rendu", "compte-rendu", "avis",
    "convocation", "vidéo", "enregistrement", "transcription",
)  # fmt: skip

# A sentence with one of these does not report something that took place.
# Future tense ("will be held", "aura lieu") is no such cue: a plan or a schedule lists activities too,
# and the checks tell a year that is not over from one that is.
NEGATIVE_CUES = (
    # ("pospuest", "aplazad": stems, which as whole words match nothing; "pospuesto" as a word would also drop a
    # row noted "19 y 20 de octubre (pospuesto; previsto originalmente para el 14 de septiembre)", held on its new days)
    "was planned", "were planned", "postponed", "cancelled", "canceled", "pospuest", "aplazad", "reporté",
    "rescheduled to", "rescheduled for", "has been rescheduled", "have been rescheduled",
    "was established", "were established", "was founded", "was set up",
    # called off: "Seminario sobre remesas ...: suspendido", "Annulée."
    "suspendido", "suspendida", "cancelado", "cancelada", "annulé", "annulée", "annulés", "annulées",
    "suspendu", "suspendue",
    # a record's decision: "Dejar sin efecto el Taller sobre Migración Laboral previsto para enero de 2011"
    "sin efecto", "called off", "will not take place", "no se realizará", "n'aura pas lieu",
    # what did not happen: "La reunión ... prevista para agosto de 2007 no se realizó"
    "did not take place", "was not held", "were not held", "no se realizó", "no se llevó a cabo", "no tuvo lugar",
    "n'a pas eu lieu", "ne s'est pas tenue",
    # a status column's "Not held; business taken at the Mini-Full Round", "No realizada", "Non tenue"
    "not held", "no realizada", "no realizado", "non tenue", "non tenu",
)  # fmt: skip

# "was postponed to 4 March 2010", "a été reporté au 2 décembre 2010": the activity moved, and took place on
# the date that follows (a meeting rescheduled is labelled on the day it was rescheduled to). A schedule's
# "has been rescheduled to" is a notice beside the meeting's own entry, which `schedules` reads.
POSTPONED_TO = (
    "postponed to", "postponed until", "moved to", "deferred to",
    "reporté au", "reportée au", "reporté à", "reportée à", "repoussé au", "repoussée au",
    "reporté aux", "reportée aux", "repoussé aux", "repoussée aux", "reprogrammé aux", "reprogrammée aux",
    "pospuesto a los", "pospuesta a los", "aplazado a los", "aplazada a los", "trasladado a los", "trasladada a los",
    "pospuesto para el", "pospuesta para el", "pospuesto al", "pospuesta al", "aplazado al", "aplazada al",
    "aplazado para el", "aplazada para el", "trasladado al", "trasladada al",
    "rescheduled to", "rescheduled for", "reprogramado para el", "reprogramada para el", "reprogramado al",
    "reprogramada al", "reprogrammé au", "reprogrammée au",
)  # fmt: skip

# A report by its own words, whatever section lists it: "Annual Report 2008-2009", "Rapport annuel",
# "Informe anual de la Presidencia Pro Tempore", "Informe de actividades".
OWN_REPORT_TITLES = (
    "annual report", "activity report", "activities report", "report of activities", "progress report",
    "rapport annuel", "rapport d'activité", "rapport d'activités", "informe anual", "informe de actividades",
    "informe de labores", "memoria anual",
)  # fmt: skip

# Words a date follows when it is not the day something took place or appeared: a cited document's
# date ("Bulletin 737-00-1028, dated July 20, 2020"), a deadline ("comments by September 21, 2020").
NOT_WHEN_CUES = (
    "dated", "by", "before", "until", "no later than", "deadline", "due", "due on", "fechado", "daté",
    "antes del", "antes de", "a más tardar el", "hasta el", "avant le", "jusqu'au",
    # the meeting whose minutes an agenda item approves: "APPROVAL OF COUNCIL MEETING MINUTES FOR August 31, 2026"
    "minutes for", "minutes of", "minutes from", "acta de la sesión del", "actas del", "procès-verbal du",
    "procès-verbal de la séance du",
    # when a paper went out: "The summary record of the last meeting, circulated on 14 December 2007, was approved"
    "circulated on", "circulated", "distributed on", "circulado el", "distribuido el", "diffusé le",
    # when a meeting's dates will be told: "the 2008 Full Round ...; dates will be announced in January 2008"
    "announced in", "to be announced in", "will be announced in", "se anunciarán en", "seront annoncées en",
    # when the page itself changed: "Last updated: 2 May 2007", "Última actualización:", "Mise à jour :"
    "updated", "last updated", "actualización", "actualizado", "mise à jour", "posted", "last modified", "modified",
    "revised", "revised on", "revisada el", "revisado el", "revisada", "revisado", "révisée le", "révisé le",
    # when the document itself went out: "Reporting period: 2006 | Date of issue: 15 February 2007"
    "date of issue", "issue date", "fecha de emisión", "date d'émission",
    # when a term or a rule starts: "la PPT será asumida por Costa Rica a partir del 1 de julio"
    "a partir del", "a partir de", "à partir du", "à compter du", "as of", "effective", "with effect from",
    "effective from", "as from",
    # a term, not an event: "as Chair ... for the period July 2010 - June 2011, hosted the Full Round"
    "for the period", "período", "periodo", "pour la période", "période",
    # how long an offer holds: "Prices are valid through December 31, 2006"
    "valid through", "valid until", "valid till", "válidos hasta el", "válido hasta el", "valables jusqu'au",
    # a day first planned, then dropped: "A roundtable originally planned for January 2013 was merged into ..."
    "originally planned for", "originally scheduled for", "initially planned for", "initially scheduled for",
    "initialement prévu", "initialement prévue", "inicialmente previsto para", "inicialmente prevista para",
    "inicialmente programado para", "inicialmente programada para", "prevista inicialmente para",
    "previsto inicialmente para", "programada inicialmente para", "programado inicialmente para",
    "prévue initialement", "prévu initialement",
)  # fmt: skip

NOT_WHEN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in NOT_WHEN_CUES) + r")"
    # "Liste mise à jour en février 2011", "Updated on 2 May", "prevista inicialmente para los días 17 y 18"
    r"(?:\s+(?:on|in|en|el|le|au|los\s+d[ií]as|les))?[\s,:]*$"
    # a deadline and what it is for: "Fecha límite para inscripción: 15 de octubre", "Registration deadline for the
    # workshop:", "Date limite de dépôt des candidatures :"
    r"|\b(?:fecha\s+l[ií]mite|plazo|date\s+limite|deadline)\b[^.:;]{0,40}[\s,:]*$"
    # a paper sent out by its author: "el acta de la reunión anterior, circulada por la Secretaría Técnica el"
    r"|\b(?:circulated|distributed|circulad[oa]s?|distribuid[oa]s?|remitid[oa]s?|diffus[ée]e?s?)\s+(?:by|por|par)\s+"
    r"(?:\S+\s+){1,6}?(?:on|el|le)\s*$"
    # a chair's term, not a meeting: "Under the Chairmanship of Norway (July 2009 - June 2010)"
    r"|\b(?:chairmanship|chair|chairs|presidency|presidencia(?:\s+pro\s+tempore)?|pr[ée]sidence)\s+(?:of|de|del|du)\s+"
    r"[^()]{2,40}\(\s*$"
    # a decision's day, not a meeting's: "the work plan approved by the Steering Group in March 2010"
    r"|\b(?:approved|adopted|endorsed|aprobad[oa]s?|adoptad[oa]s?|approuv[ée]e?s?|adopt[ée]e?s?)\s+(?:by|por|par)\s+"
    r"(?:\S+\s+){1,6}?(?:on|in|el|en|le)\s*$"
    # staff news: "She was appointed Policy Analyst on September 1, 2011", "joined MPI in 2006"
    r"|\b(?:was|were|has been|fue|a été)\s+(?:appointed|named|elected|nombrad[oa]|designad[oa]|nomm[ée]e?|élue?)\b"
    r"[^.;]{0,60}?\b(?:on|in|el|en|le|en)\s*$"
    r"|\b(?:joined|se incorpor[óo] a|a rejoint)\s+(?:\S+\s+){1,4}?(?:in|on|en|el|le)\s*$",
    re.I,
)  # the text just before such a date

# Words a fragment cut out of a sentence starts with: a title never does ("In", "Or participated",
# "This sparked the organization of ..."). Leading articles are stripped before this is checked.
FRAGMENT_STARTS = (
    "in", "on", "or", "and", "but", "it", "its", "this", "that", "these", "those", "we", "they", "he", "she",
    "our", "their", "as", "with", "for", "to", "from", "by", "after", "before", "since", "while", "when",
    "which", "there", "here", "if", "so", "also", "such", "then", "thus", "however", "indeed", "was", "were",
    "is", "are", "has", "have", "had", "y", "o", "et", "ou", "nous", "il", "elle", "dans", "pendant",
    # a subordinate clause: "Comme l'avaient recommandé les participants de l'atelier d'Ottawa (juin 2012), ..."
    "comme", "como", "según", "selon",
)  # fmt: skip

# Words a title cut just before its date ends with ("Quiz organized on", "Algorithms Conference on").
TRAILING_LINKS = (
    "on", "in", "at", "of", "for", "to", "from", "by", "and", "or", "the", "with", "during", "between",
    "organized", "organised", "held", "dated", "scheduled", "starting", "beginning",
    "el", "en", "de", "del", "du", "le", "la", "au", "à", "y", "et",
    # a relative clause cut off after its pronoun: "La Reunión Extraordinaria del GRCM, que [inició ayer]"
    "que", "which", "qui",
    # the words that lead into a date cut off after them: "Celebrar la XV Reunión ... los días [24 y 25 de junio]"
    "los días", "los dias", "el día", "el dia", "les", "the days",
    # a passive's auxiliary, left when its participle is the verb read: "A Training Course ... was [delivered in]"
    "was", "were", "fue", "fueron",
)  # fmt: skip

EVENT_VERBS = (
    "met", "meets", "was held", "were held", "took place", "was convened", "convened", "was hosted", "hosted",
    "was organised", "was organized", "organised", "organized", "gathered", "se reunió", "se celebró",
    "se realizó", "tuvo lugar", "s'est tenu", "s'est réuni", "s'est réunie", "se sont réunis", "se sont réunies",
    "se reunieron", "a eu lieu",
    "se llevó a cabo", "se llevaron a cabo", "se celebraron", "fue sede de", "fue la sede de", "fue la sede",
    "s'est tenue", "se sont tenus",
    "se sont tenues", "s'est déroulé", "s'est déroulée", "se sont déroulés", "se sont déroulées",
    # passives and "brought together": "El Taller ... fue organizado en Managua", "le séminaire a réuni ..."
    "fue organizado", "fue organizada", "organizado", "organizada", "fue realizado", "fue realizada",
    "organisé à", "organisée à", "organisés à", "organisées à",  # not "Organisé par le Secrétariat à Genève, ..."
    "fue celebrado", "fue celebrada",
    "se desarrolló", "sesionó", "sesionaron", "reunió a", "reunieron a", "a été organisé", "a été organisée",
    "a été tenu", "a été tenue", "a réuni", "ont réuni", "brought together",
    # the organiser as the subject: "la Secretaría Técnica organizó en San José ... un curso", "a organisé un atelier"
    "organizó", "organizaron", "a organisé", "ont organisé", "realizó", "realizaron", "llevó a cabo",
    "llevaron a cabo", "acogió", "a accueilli",
    # staff giving a session: "MPI staff delivered a closed briefing", "impartió un taller", "a animé un atelier"
    "delivered", "impartió", "a animé",
    # the body as the subject in English: "the RCM held a Regional Seminar on ...", "MPI co-hosted a roundtable"
    "held", "co-hosted", "co-organized", "co-organised",
    # a schedule's future: "Le Comité directeur se réunira à Genève le 15 février 2011"
    "will meet", "will next meet", "se reunirá", "se réunira",
    # the body's staff at another's event: "The Secretariat participated in the Euro-African Ministerial Conference"
    "participated in", "took part in", "attended", "spoke at", "participó en", "participaron en", "asistió a",
    "a participé à", "ont participé à",
    # a press release's opening or closing day: "inauguró hoy el Taller ...", "concluyó ayer la XVII Reunión ..."
    "inauguró", "se inauguró", "inició", "se inició", "clausuró", "se clausuró", "concluyó", "finalizó",
    # a calendar's note on a meeting held beside another: "Précédée d'une réunion du Groupe de pilotage le 12.11.2007"
    "preceded by", "followed by", "précédée d'une", "précédé d'une", "suivie d'une", "suivi d'une",
    "precedida de", "precedido de", "seguida de", "seguido de",
    "was opened", "opened", "concluded", "a été inauguré", "a été inaugurée", "s'est ouvert", "s'est ouverte",
    "s'est achevé", "s'est achevée",
)  # fmt: skip

# Column headers of meeting tables, by what the column holds.
# A results table's column of what was done, told in sentences ("Result achieved", "Resultados obtenidos").
RESULT_HEADERS = (
    "result achieved",
    "results achieved",
    "achieved",
    "achievements",
    "outputs delivered",
    "resultado obtenido",
    "resultados obtenidos",
    "logros",
    "résultats obtenus",
    "réalisations",
    # a results table's column that tells what was done: "What was done", "Progress", "Avance al 31 de marzo"
    "what was done",
    "activities carried out",
    "activities undertaken",
    "progress",
    "avance",
    "actividades realizadas",
    "activités réalisées",
)
# The sections of a concept note, a report or a programme: headings that name a part of the document, no activity.
DOCUMENT_SECTIONS = (
    "background", "objectives", "objective", "practical information", "logistics", "logistical information",
    "contact", "contacts", "introduction", "summary", "conclusions", "next steps", "references", "annex", "annexes",
    "participants", "registration", "expected outcomes", "format", "methodology", "draft programme", "programme",
    "antecedentes", "objetivos", "información práctica", "informacion practica", "información logística",
    "resultados esperados", "metodología", "contexte", "objectifs", "informations pratiques",
    "informations logistiques", "résultats attendus", "méthodologie",
)  # fmt: skip
DATE_HEADERS = ("date", "dates", "fecha", "fechas", "when", "period")
VENUE_HEADERS = ("venue", "location", "place", "city", "lugar", "sede", "lieu", "host")
TITLE_HEADERS = ("meeting", "activity", "event", "title", "roundtable", "workshop", "seminar", "reunión",
                 "actividad", "evento", "título", "activité", "événement", "description", "name", "topic", "tema",
                 "thème", "subject", "asunto", "output", "deliverable", "producto", "livrable", "hearing",
                 "audiencia", "audition", "session", "sesión", "séance")  # fmt: skip

# ISO 3166-1 alpha-2 by the names reports use (en, es, fr). Small on purpose: extend as sources need.
COUNTRIES: dict[str, str] = {
    "argentina": "AR", "australia": "AU", "austria": "AT", "belgium": "BE", "bélgica": "BE", "belgique": "BE",
    "belize": "BZ", "belice": "BZ", "brazil": "BR", "brasil": "BR", "canada": "CA", "canadá": "CA",
    "chile": "CL", "colombia": "CO", "costa rica": "CR", "denmark": "DK", "dinamarca": "DK",
    "danemark": "DK", "dominican republic": "DO", "república dominicana": "DO", "ecuador": "EC",
    "el salvador": "SV", "finland": "FI", "finlandia": "FI", "finlande": "FI", "france": "FR",
    "francia": "FR", "germany": "DE", "alemania": "DE", "allemagne": "DE", "greece": "GR", "grecia": "GR",
    "guatemala": "GT", "honduras": "HN", "ireland": "IE", "irlanda": "IE", "irlande": "IE", "italy": "IT",
    "italia": "IT", "italie": "IT", "japan": "JP", "mexico": "MX", "méxico": "MX", "mexique": "MX",
    "netherlands": "NL", "the netherlands": "NL", "países bajos": "NL", "pays-bas": "NL",
    "new zealand": "NZ", "nicaragua": "NI", "norway": "NO", "noruega": "NO", "norvège": "NO",
    "panama": "PA", "panamá": "PA", "peru": "PE", "perú": "PE", "portugal": "PT", "spain": "ES",
    "españa": "ES", "espagne": "ES", "sweden": "SE", "suecia": "SE", "suède": "SE", "switzerland": "CH",
    "suiza": "CH", "suisse": "CH", "united kingdom": "GB", "uk": "GB", "reino unido": "GB",
    "royaume-uni": "GB", "united states": "US", "united states of america": "US", "usa": "US", "u.s.": "US",
    "estados unidos": "US", "états-unis": "US", "etats-unis": "US", "poland": "PL", "polonia": "PL", "pologne": "PL",
    "czech republic": "CZ", "hungary": "HU", "south africa": "ZA", "kenya": "KE", "egypt": "EG",
    "ee.uu.": "US", "ee. uu.": "US", "république dominicaine": "DO", "corée": "KR", "corea del sur": "KR",
    "india": "IN", "china": "CN", "thailand": "TH", "philippines": "PH", "turkey": "TR", "morocco": "MA",
}  # fmt: skip

# Cities often named without their country.
CITIES: dict[str, str] = {
    "geneva": "CH", "ginebra": "CH", "genève": "CH", "bern": "CH", "berne": "CH", "brussels": "BE",
    "bruselas": "BE", "bruxelles": "BE", "ottawa": "CA", "toronto": "CA", "montreal": "CA", "vancouver": "CA",
    "washington": "US", "washington, d.c.": "US", "washington, dc": "US", "new york": "US",
    "nueva york": "US", "new orleans": "US", "nueva orleans": "US", "stockholm": "SE", "estocolmo": "SE",
    "copenhagen": "DK", "oslo": "NO", "helsinki": "FI", "london": "GB", "londres": "GB", "paris": "FR",
    "parís": "FR", "berlin": "DE", "the hague": "NL", "amsterdam": "NL", "dublin": "IE", "madrid": "ES",
    "lisbon": "PT", "rome": "IT", "athens": "GR", "vienna": "AT", "canberra": "AU", "wellington": "NZ",
    "mexico city": "MX", "ciudad de méxico": "MX", "ciudad de mexico": "MX", "guatemala city": "GT",
    "ciudad de guatemala": "GT", "san salvador": "SV", "tegucigalpa": "HN", "managua": "NI",
    "san josé": "CR", "san jose": "CR", "panama city": "PA", "ciudad de panamá": "PA",
    "santo domingo": "DO", "belmopan": "BZ", "tokyo": "JP", "warsaw": "PL", "lisbonne": "PT", "lisboa": "PT",
    "varsovie": "PL", "la haye": "NL", "la haya": "NL", "viena": "AT", "varsovia": "PL", "copenhague": "DK",
    "atenas": "GR", "bogotá": "CO", "bogota": "CO", "quito": "EC", "beijing": "CN", "pékin": "CN", "pekín": "CN",
    "seoul": "KR", "seúl": "KR", "séoul": "KR", "sydney": "AU",
    # where the recipients' meetings travel, in English, Spanish and French; "Vienne" and "Bâle" are the cities,
    # not the French department or a code
    "vienne": "AT", "athènes": "GR", "montreux": "CH", "lausanne": "CH", "basel": "CH", "bâle": "CH",
    "basilea": "CH", "zurich": "CH", "bonn": "DE", "munich": "DE", "múnich": "DE", "frankfurt": "DE",
    "hamburg": "DE", "strasbourg": "FR", "estrasburgo": "FR", "lyon": "FR", "marseille": "FR", "luxemburgo": "LU",
    "florence": "IT", "florencia": "IT", "milan": "IT", "milán": "IT", "turin": "IT", "venice": "IT",
    "venecia": "IT", "venise": "IT", "naples": "IT", "prague": "CZ", "praga": "CZ", "bucharest": "RO",
    "bucarest": "RO", "belgrade": "RS", "belgrado": "RS", "zagreb": "HR", "bratislava": "SK", "krakow": "PL",
    "cracovia": "PL", "cracovie": "PL", "porto": "PT", "oporto": "PT", "barcelona": "ES", "barcelone": "ES",
    "seville": "ES", "séville": "ES", "bilbao": "ES", "edinburgh": "GB", "edimburgo": "GB", "edimbourg": "GB",
    "cairo": "EG", "el cairo": "EG", "le caire": "EG", "nairobi": "KE", "tunis": "TN", "túnez": "TN",
    "istanbul": "TR", "estambul": "TR", "moscow": "RU", "moscú": "RU", "moscou": "RU", "tokio": "JP",
    "bangkok": "TH", "manila": "PH", "manille": "PH", "jakarta": "ID", "yakarta": "ID", "winnipeg": "CA",
    "calgary": "CA", "halifax": "CA", "edmonton": "CA", "quebec": "CA", "québec": "CA", "montréal": "CA",
}  # fmt: skip


def terms_pattern(terms: Iterable[str], *, plural: bool = False) -> re.Pattern[str]:
    """A case-blind pattern for any of `terms` as whole words, longest first; `plural` admits "-s"/"-es"
    ("District Seminars" are seminars)."""
    # an apostrophe matches the typographic one too ("d'une", "d’une")
    alternation = "|".join(sorted((re.escape(t).replace("'", "['’]") for t in terms), key=len, reverse=True))
    suffix = "(?:s|es)?" if plural else ""
    return re.compile(rf"(?<!\w)(?:{alternation}){suffix}(?!\w)", re.I)


class KeywordGated:
    """A case-blind pattern of many alternatives, searched only in texts that hold one of its key words.

    Python's regex engine tries every alternative at every position of a text, and case-blindness keeps it
    from skipping positions by their first letter; a case-sensitive scan of the lower-cased text for the
    literal words each alternative needs is ten times cheaper, and most texts hold none of them. Every
    alternative must need one of `words` (lower-case, space-separated), or it is never tried.
    """

    def __init__(self, pattern: re.Pattern[str], words: str) -> None:
        self.pattern = pattern
        self._gate = re.compile("|".join(sorted(map(re.escape, words.split()), key=len, reverse=True)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._gate.search(text.lower()) else None


# Any word naming a kind of event, singular or plural.
KIND_WORDS = terms_pattern((t for kind, terms in KIND_TERMS for t in terms), plural=True)
# The same, less the kinds of work ("Report", "Publication"): what only an event is called.
EVENT_KIND_WORDS = terms_pattern(
    (t for kind, terms in KIND_TERMS if kind not in (Kind.PUBLICATION, Kind.REPORT) for t in terms), plural=True
)

# What an event's format is called ("Webinar", "Mesa redonda", "Report Launch"), not a body's meeting ("Steering
# Group", "Mini-Full Round"): a card's type label.
FORMAT_WORDS = terms_pattern(
    (
        t
        for kind, terms in KIND_TERMS
        if kind not in (Kind.PUBLICATION, Kind.REPORT, Kind.MEETING, Kind.WORKING_GROUP)
        for t in terms
    ),
    plural=True,
)

# The names each recipient publishes under, in its three languages (`publishers.house_publisher`): a work its own
# listing gives without an imprint is published under the form the document uses.
HOUSE_PUBLISHERS: dict[str, tuple[str, ...]] = {
    "MPI": ("Migration Policy Institute", "Instituto de Políticas Migratorias"),
    "IGC": (
        "IGC Secretariat", "Secretariat of the IGC", "Secrétariat des IGC", "Secrétariat de l'IGC",
        "Secrétariat des CIG", "Secretaría de las IGC",
    ),
    "RCM": (
        "Secretaría Técnica de la CRM", "ST-CRM", "RCM Technical Secretariat", "Technical Secretariat of the RCM",
        "Secrétariat technique de la CRM",
    ),
}  # fmt: skip

# "Georgetown University Press, in association with MPI", "Secrétariat des CIG, en coopération avec l'OIM": a
# partner named after the publisher or author, who is not one.
PARTNER_NOTE = re.compile(
    r",?\s+(?:in association with|in cooperation with|in partnership with|with the support of|en asociación con"
    r"|en colaboración con|en cooperación con|con el apoyo de|en partenariat avec|en coopération avec"
    r"|avec le soutien de)\b.*$",
    re.I,
)

# A section that lists activities ("Calendario de actividades", "Calendar of meetings", "Réunions prévues")
EVENTS_SECTION = re.compile(
    r"\b(?:calendario|calendar|calendrier|cronograma|programa|programme|schedule)\s+(?:of|de|des|del)\s+"
    r"(?:las\s+|los\s+|the\s+)?(?:actividades|activities|activités|reuniones|meetings|réunions|eventos|events)\b",
    re.I,
)


# A card's meta line led by the type a site gives its events: "Event · Wednesday, May 18, 2011 · ...", "Online event |".
# "Event · May 18, 2011", "Upcoming Event · July 9, 2008", "Meeting · June 5–6, 2008 · Berlin", "Media Teleconference ·
# May 21, 2008", "Policy Briefing · April 17, 2008": a card's meta line whose first field names an event
EVENT_TYPE_LINE = re.compile(
    r"^(?:(?:upcoming|past|online|public|virtual|media|press|policy|report|book)\s+)?"
    r"(?:events?|webinars?|evento|événement|meetings?|briefings?|teleconferences?|conference call|launch"
    r"|seminars?|workshops?|roundtables?|conferences?|forums?|symposi(?:um|a)|trainings?|courses?|panel discussion"
    r"|reunión|taller|seminario|conferencia|foro|curso|réunion|atelier|séminaire|conférence|colloque)"
    r"\s*(?:[·|•—–]\s|$)",
    re.I,
)

# "Escrito por Secretaría Técnica", "Written by Admin", "Soumis par secretariat le ven, 08/03/2013 - 14:37": a CMS's
# line naming who posted the item
# Plone's byline: "by igc-webmaster — last modified Mar 14, 2013 10:22 AM": who last edited the page, and when
EDITED_BY = re.compile(r"^\W*by\s+\S+(?:\s+\S+)?\s*[—–-]+\s*last\s+(?:modified|updated)\b", re.I)
POSTED_BY = re.compile(
    r"^\W*(?:escrito por|written by|posted by|submitted by|publicado por|enviado por|publié par|soumis par"
    rf"|rédigé par|écrit par)\s+\S|{EDITED_BY.pattern}",
    re.I,
)


# The plural names of the kinds of work a catalogue's sections list: "REPORTS", "Policy Briefs", "Documentos de
# trabajo" (the layout reads two side by side as two page columns; a listing's entries take their type from one)
WORKS_SECTION_NAMES = (
    r"(?:reports?|books?|policy briefs?|issue briefs?|working papers?|fact sheets?|(?:journal )?articles?"
    r"|publications?|informes?|libros?|documentos de trabajo|publicaciones|rapports?|livres?"
    r"|notes d['’]orientation|documents de travail|[ée]tudes|estudios|studies)"
)


# A work about an event, named by what it is before the event's name: "Informe final: Seminario sobre ...",
# "Memoria de la XIV Conferencia ...", "Report of the Workshop on ...", "Actes du séminaire ...", "Compte rendu de
# l'atelier ..."; or after it: "Integrating Resettled Refugees: Workshop Report".
RECORD_OF_EVENT = re.compile(
    r"^\W*(?:(?:final\s+)?report|informe(?:\s+final)?|memoria|relator[ií]a|proceedings|rapport(?:\s+final)?|actes"
    r"|compte[- ]rendu)\s*(?::|\s(?:of|from|on)\s+the\b|\s(?:de\s+la|del|de\s+l['’]|du|des)\b)"
    # (not "Meeting Summary", "Meeting Report": a meeting's own papers, linked beside it in a calendar)
    r"|\b(?:workshop|seminar|conference|roundtable|round table|forum|symposium)\s+(?:report|proceedings)\W*$",
    re.I,
)
