"""What a calendar, a record or a newsletter dates that is no activity of the recipient's.

A row titled as a deadline ("Date limite d'inscription à l'atelier de Londres"), a closure ("Fermeture du
Secrétariat"), a page's stamp ("Dernière modification"), another body's meeting its staff attended ("UNHCR Standing
Committee", "Budapest Process Senior Officials Meeting") or a work still in preparation ("Un Recueil des politiques
d'intégration est en préparation") is read by the record rules like any other row; these say it is none.
"""

from __future__ import annotations

import re

# a deadline, a closure or a page's stamp, named first
_NOT_AN_EVENT_TITLE = re.compile(
    r"^\W*(?:date limite|fecha l[ií]mite|deadline|plazo\b|due date|closing date|last day (?:for|to)|cierre de "
    r"(?:inscripci|convocatoria|recepci)|fermeture|cierre de (?:las? )?oficinas?|offices? closed|office closure"
    r"|(?:the\s+)?(?:\w+\s+){0,3}(?:secretariat|secretaría|secrétariat)(?:\s+\w+){0,2}\s+(?:closed|cerrad[oa]|fermé)"
    r"|see also|voir aussi|v[ée]ase tambi[ée]n"
    # "Registration for the Tenth Annual Conference opens ...": the day registration opens or closes
    r"|(?:online\s+)?registration\s+(?:for|to|opens|closes|deadline)|inscripci[oó]n(?:es)?\s+(?:para|al?|abiertas)"
    r"|inscriptions?\s+(?:pour|à|au)"
    # a month a body did not meet: "No meeting in September, 2005", "Sin reunión en agosto", "Pas de réunion"
    r"|no\s+(?:meeting|session)s?\b|sin\s+(?:reuni[oó]n|sesi[oó]n)\b|pas\s+de\s+(?:r[ée]union|s[ée]ance)\b"
    # a calendar's own name over its month: "Events Calendar", "Calendario de actividades"
    r"|(?:events?\s+)?calendar(?:\s+of\s+(?:events|activities|meetings))?\W*$"
    r"|calendario(?:\s+de\s+(?:eventos|actividades|reuniones))?\W*$|calendrier(?:\s+des\s+(?:[ée]v[ée]nements|activit[ée]s|r[ée]unions))?\W*$"
    r"|(?:\w+\s+){0,3}offices\s+closed|derni[èe]re (?:modification|mise à jour)|[úu]ltima (?:actualizaci[oó]n"
    r"|modificaci[oó]n)|last (?:updated|modified)|page (?:updated|modified))\b",
    re.I,
)

# Another body's meeting, named by that body first: what the recipient's staff attended, not what it held.
_OTHER_BODIES = (
    r"UNHCR|HCR|ACNUR|OECD|OCDE|IOM|OIM|ILO|OIT|OSCE|ICMPD|GFMD|CEPAL|ECLAC|UNICEF|SICA|OCAM"
    r"|Comisi[oó]n Centroamericana de Directores de Migraci[oó]n|EU|European Union|European Commission|Council of"
    r" (?:the EU|Europe)|Budapest Process|Bali Process|Prague Process|Rabat Process|Conferencia Suramericana"
    r"|Conferencia Sudamericana|South American Conference|Global Forum on Migration"
    r"|Foro (?:Global|Mundial) sobre Migraci[oó]n"
    r"|Forum mondial sur la migration|Cumbre Iberoamericana|Ibero-American Summit|Colombo Process|Abu Dhabi Dialogue"
    r"|UN General Assembly|United Nations General Assembly|EASO|European Asylum Support Office|GDISC|Frontex|IGAD"
    r"|Executive Committee of the High Commissioner|High Commissioner's Dialogue|Standing Committee of UNHCR"
    r"|Consejo de Europa|Proceso de Budapest|OAS|OEA|Organization of American States|Organización de (?:los )?Estados"
    r" Americanos|Organisation des États américains"
)
# "Also of interest: the OAS session": a page's pointer to another body's meeting
_ALSO = r"(?:(?:also\s+)?of interest:\s*|see also:?\s*|v[ée]ase tambi[ée]n:?\s*|voir aussi\s*:?\s*)?"
# "IX Conferencia Suramericana sobre Migraciones": its edition's number first
_EDITION = (
    r"(?:(?-i:[IVXLC]{1,6})\s+|\d{1,2}(?:st|nd|rd|th|ª|º|a|e|ème)?\s+|(?i:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]"
    r"|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa]|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth)\s+)?"
)
# "94th Session of the IOM Council", "Reunión del Consejo de la OIM": a meeting of another body's organ
_ORGAN_OF = (
    r"(?:(?:\d{1,3}(?:st|nd|rd|th|ª|º|e|ème)?\s+|(?-i:[IVXLC]{1,6})\s+)?(?i:session|meeting|plenary|sesi[oó]n|reuni[oó]n"
    r"|r[ée]union)\s+(?i:of|del?|du|de la)\s+(?:the\s+|la\s+|el\s+)?)"
)
_OTHER_BODY_EVENT = re.compile(
    rf"^\W*(?i:{_ALSO})(?:the\s+|la\s+|l['’])?{_EDITION}{_ORGAN_OF}?(?:{_OTHER_BODIES})\b"
    # "41st meeting of the Standing Committee (UNHCR)", "Senior Officials' Meeting of the Budapest Process (ICMPD)":
    # the body that held it in brackets after the name
    rf"|^.*\((?:{_OTHER_BODIES})\)\W*$"
)
# "la Asamblea General de la OEA", "the Executive Committee of UNHCR": another body's organ
_ORGAN = (
    r"(?i:general assembly|asamblea general|assembl[ée]e g[ée]n[ée]rale|permanent council|consejo permanente"
    r"|conseil permanent|executive committee|comit[ée] ejecutivo|comit[ée] ex[ée]cutif|standing committee|council"
    r"|consejo|conseil)\s+(?i:of\s+the|of|de\s+la|del|de\s+l['’]|du|de)\s+"
)
# "La Organización de los Estados Americanos (OEA) realizó ... la reunión de su Comisión ...": another body's
# meeting told in its own sentence, called "its" meeting
_OTHER_BODY_SENTENCE = re.compile(
    # (perhaps after a linking adverb: "Paralelamente, la OIM organizó su Foro Regional ...")
    rf"^\W*(?:(?i:paralelamente|asimismo|adem[aá]s|also|meanwhile|in parallel|par ailleurs|parall[èe]lement),\s+"
    r"|(?i:nota|note|n\.\s?b\.)\s*:\s*)?"
    rf"(?i:{_ALSO})(?i:the\s+|la\s+|el\s+|l['’])?(?:{_ORGAN})?(?:{_OTHER_BODIES})\b(?:\s*\([A-Z]{{2,6}}\))?\s+"
    r"(?:held|hosted|convened|organi[sz]ed|met|realizó|celebró|organizó|convocó|se reuni[oó]|a tenu|a organisé"
    r"|a réuni|s['’]est réunie?)\b"
)

# "La Secretaría Técnica asistió ... a la sesión del Consejo Permanente de la OEA", "the Secretariat attended the
# UNHCR Standing Committee": another body's meeting the recipient went to
_ATTENDED_OTHERS = re.compile(
    rf"\b(?:attended|asisti[oó]|asistieron|a assist[ée]|ont assist[ée])\b[^.;]{{0,80}}?"
    rf"\b(?:{_OTHER_BODIES})\b"
    # "La CRM a participé en qualité d'observateur à la VIIIe Conférence sud-américaine", "represented the Secretariat
    # as an observer at ...": an observer at another's meeting
    r"|(?i:\bas\s+(?:an\s+)?observers?\b|\ben\s+qualit[ée]\s+d['’]observat(?:eur|rice)s?\b"
    r"|\ben\s+calidad\s+de\s+observador(?:a|es)?\b|\bcomo\s+observador(?:a|es)?\b"
    r"|\b(?:à\s+titre|au\s+titre)\s+d['’]observat(?:eur|rice)s?\b)"
)

# a work still to come, said in its own sentence
_IN_PREPARATION = re.compile(
    r"\b(?:est|sont|is|are|está|están)\s+(?:actuellement\s+|currently\s+|still\s+)?(?:en préparation"
    r"|in preparation|en preparaci[oó]n|being (?:prepared|drafted|finali[sz]ed)|en cours de (?:préparation|rédaction))"
    r"|\b(?:is|are) expected to be (?:published|released|issued|finali[sz]ed|completed)\b"
    r"|\b(?:sa|la) parution est prévue\b|\bse publicará\b",
    re.I,
)


# "MPI staff also spoke at the National Immigrant Integration Conference (Chicago, November 2010)": another body's
# event its staff took part in, told as theirs, not the recipient's
_SPOKE_AT = re.compile(
    r"\b(?:staff|analysts?|researchers?|experts?|fellows?|associates?)\s+(?:\w+\s+){0,2}?"
    r"(?:spoke|presented|gave\s+(?:talks|presentations|remarks))\s+(?:at|to)\b"
    # "Several NCIIP staff members have been invited to speak": at another body's conference, which the text announces
    r"|\b(?:staff|analysts?|researchers?|experts?|fellows?)\s+(?:\w+\s+){0,3}?invited\s+to\s+(?:speak|present)\b"
    r"|\b(?:personal|funcionari[oa]s|investigador[ae]s)\s+(?:\w+\s+){0,2}?(?:particip[oó]|intervino|expuso)\s+en\b"
    r"|\b(?:personnel|chercheurs|experts)\s+(?:\w+\s+){0,2}?(?:sont\s+intervenus|ont\s+particip[ée])\s+(?:à|au|aux)\b"
    # "Le Secrétariat a en outre présenté les travaux des IGC lors de la conférence ...", "the Secretariat presented
    # the IGC's work at ...": its work told at another body's event
    r"|\b(?:secr[ée]tariat|secretar[íi]a|coordinat(?:eur|or)|coordinador|director|directeur|staff)\s+(?:\w+\s+){0,3}?"
    r"(?:présenté|presentó|presented)\s+(?:les\s+travaux|el\s+trabajo|the\s+work|its\s+work|the\s+\w+['’]s\s+work)\b"
    r"[^.;]{0,60}?\b(?:lors\s+d[eu]|at|en|durante|during)\b",
    re.I,
)


def staff_spoke_at(sentence: str) -> bool:
    """Whether a sentence tells that the recipient's staff spoke (or were invited to speak) at an event: another
    body's."""
    return _SPOKE_AT.search(sentence) is not None


# "MPI analysts presented project findings at the Metropolis International Conference (Copenhagen, ...)": its
# findings told at another body's event; read in the event's own sentence only, as a paragraph may go on to it
_PRESENTED_FINDINGS_AT = re.compile(
    r"\b(?:staff|analysts?|researchers?|experts?|fellows?)\s+(?:\w+\s+){0,2}?presented\s+(?:\w+\s+){0,2}?"
    r"(?:findings|results|research|work|papers?)\s+(?:at|to)\b",
    re.I,
)


def presented_at_another(sentence: str) -> bool:
    """Whether an event's own sentence tells that the recipient's staff presented their work at it: another body's."""
    return bool(_PRESENTED_FINDINGS_AT.search(sentence))


def not_an_event(title: str, sentence: str = "") -> bool:
    """Whether an event's title says it is a deadline, a closure, a page's stamp or another body's meeting, or its
    sentence tells that another body held it."""
    return bool(
        _NOT_AN_EVENT_TITLE.match(title)
        or _OTHER_BODY_EVENT.match(title)
        or _OTHER_BODY_SENTENCE.match(sentence)
        or _CALL_TITLE.match(title)  # "Convocatoria a concurso para el puesto de ...": a call, no event
        or _SUBMITTED_TO.match(sentence)
        or _NOT_ITS_OWN.search(sentence)
        or _SPOKE_AT.search(sentence)
        or _ATTENDED_OTHERS.search(sentence)
    )


# "...; the IGC was not a co-organiser of that event", "la CRM no fue coorganizadora": a meeting the text tells is
# another's, mentioned for the record
_NOT_ITS_OWN = re.compile(
    r"\b(?:was|were|is|are)\s+not\s+(?:a\s+|the\s+|among the\s+)?(?:co-?organi[sz]ers?|organi[sz]ers?|co-?hosts?|hosts?"
    r"|co-?sponsors?)\b|\bno\s+(?:fue|fueron|es|son)\s+(?:co-?)?(?:organizador|anfitri[oó]n|patrocinador)[ae]?s?\b"
    r"|\bn['’](?:était|étaient|est|sont)\s+pas\s+(?:co-?)?(?:organisat(?:eur|rice)s?|hôtes?)\b",
    re.I,
)


# A report's cover: "Presentado a la XIII Conferencia Regional sobre Migración ... San José, 15 de enero de 2008", the
# day the report was signed, not the conference's
_SUBMITTED_TO = re.compile(
    r"^\W*(?:presentad[oa]|sometid[oa]|submitted|presented|présentée?|soumise?)\s+(?:a|ante|to|à|au|aux)\b", re.I
)


# a call a document library files beside its works: "Call for proposals: ...", "Convocatoria: ...", "Appel à ..."
_CALL_TITLE = re.compile(
    r"^\W*(?:call for (?:proposals|papers|applications|nominations|tenders|expressions? of interest)|convocatoria"
    r"|appel (?:à|a) (?:propositions|candidatures|projets|contributions)|terms of reference|t[ée]rminos de referencia"
    r"|vacancy|job (?:posting|opening)|vacante|convocatoria a concurso|offre d['’]emploi|oferta de empleo)\b",
    re.I,
)


def not_out_yet(title: str, sentence: str) -> bool:
    """Whether a work's sentence says it is still being prepared ("Un Recueil ... est en préparation ; sa parution
    est prévue ...", "The Compendium is expected to be published in March 2009"), or its title is a stamp or a
    call ("Call for proposals: Regional Fund ...")."""
    return bool(_IN_PREPARATION.search(sentence) or _NOT_AN_EVENT_TITLE.match(title) or _CALL_TITLE.match(title))


# A box's label on a site's pages, read as a work's title over what the box holds: "Browse by Type", "E-mail
# Updates", "MPI in the News", "Event Audio & Video", "Stay Informed"
_SITE_LABEL = re.compile(
    r"^\W*(?:(?:browse|search|sort|filter)(?:\s+\w+){0,2}\s+by(?:\s+\w+){1,2}|(?:e-?mail|newsletter)\s+(?:updates|alerts|sign-?up)"
    r"|(?:\w+\s+){0,3}in the (?:news|media|press)|(?:event\s+)?audio\s*(?:&|and)\s*video|stay informed|subscribe"
    r"|follow us|connect with us|share this(?: page)?|related (?:links|content|items)|more news|all news"
    r"|recent (?:changes|items)|quick links|useful links|enlaces (?:de inter[ée]s|[úu]tiles)|liens utiles"
    # a report's own parts: "Letter from the President", "Message from the Director", "Foreword"
    r"|(?:letter|message|note|word) from the (?:\w+\s+){0,2}(?:president|director|chair|secretary|coordinator)"
    r"|(?:carta|mensaje) de(?:l| la) (?:\w+\s+){0,2}(?:president[ea]|director[a]?|secretari[oa])|mot d[ue]s? .{3,30}"
    r"|foreword|preface|acknowledge?ments|pr[oó]logo|presentaci[oó]n|avant-propos|remerciements"
    # a newsletter's tagline under its name: "News from the Migration Policy Institute for partners and funders"
    r"|(?:news|updates?|noticias|nouvelles)\s+(?:from|de|du)\s+(?:the\s+|la\s+|el\s+|l['’])?\S.{2,60}?\s(?:for|para|pour)\s.+"
    # the form that orders printed copies of the works listed under it
    r"|(?:publications?\s+)?order\s+form|formulario de pedido|bon de commande"
    # a site's navigation box, and a post's filing under the site's categories ("Filed under: meetings, 2006")
    r"|navigation|navegaci[oó]n|site navigation|menu|men[uú] principal"
    r"|(?:filed|posted)\s+(?:under|in)\s*:.*|(?:archivado|publicado)\s+en\s*:.*|tags?\s*:.*|categor(?:y|ies|[ií]as?)\s*:.*)\W*$",
    re.I,
)


# A periodical's issue number closing a name read as a meeting's: "Conferencia Regional sobre Migración (CRM), Proceso
# Puebla Número 6" (the newsletter's masthead over "Julio de 2008")
_ISSUE_NUMBER_END = re.compile(r"\b(?:n[úu]mero|num[ée]ro|issue|vol(?:\.|ume))\s*\d{1,3}\W*$", re.I)


# The recipients' own names, in their languages: a title that names only the body (and its periodical) names no meeting
_RECIPIENT_NAME = re.compile(
    r"\b(?:inter-?governmental consultations on migration,? asylum,? and refugees|consultations intergouvernementales"
    r"(?: sur [\w\s,'’]{3,80}?migrations?)?|regional conference on migration|conferencia regional sobre migraci[oó]n"
    r"|conf[ée]rence r[ée]gionale sur (?:les |la )?migrations?|migration policy institute(?: europe)?|proceso puebla"
    r"|puebla process|processus de puebla|igc|cig|rcm|crm|mpi)\b",
    re.I,
)
# What a masthead adds to the name: its periodical's title, its issue, its issuer
_MASTHEAD_WORDS = re.compile(
    r"\b(?:update|newsletter|bulletin|bolet[ií]n|informativo|lettre|d['’]information|digest|issue|no|n[ºo°]|n[úu]mero"
    r"|num[ée]ro|vol|volume|secretariat|secretar[ií]a|t[ée]cnica|secr[ée]tariat|news|noticias|nouvelles|proceso|process)\b\.?",
    re.I,
)


MAX_ACRONYM_CHARS = 3


def issue_masthead(title: str) -> bool:
    """Whether an event's title closes with a periodical's issue number: its masthead, no meeting."""
    return _ISSUE_NUMBER_END.search(title) is not None


def recipient_masthead(title: str) -> bool:
    """Whether an event's title names only a recipient and its periodical ("IGC Update Inter-Governmental Consultations
    on Migration, Asylum and Refugees Issue No. 14", "CONFERENCIA REGIONAL SOBRE MIGRACIÓN Proceso Puebla"): a masthead
    or a running head where no day is given (the body's name with its place and day is its meeting)."""
    names = [m.group(0) for m in _RECIPIENT_NAME.finditer(title)]
    if not names or (all(len(n) <= MAX_ACRONYM_CHARS for n in names) and not _MASTHEAD_WORDS.search(title)):
        return False  # "IGC-12": the acronym and a number name a meeting
    rest = _MASTHEAD_WORDS.sub(" ", _RECIPIENT_NAME.sub(" ", title))
    return not re.sub(r"[\W\d_]+", " ", rest).strip()


def site_label(title: str) -> bool:
    """Whether a work's title is a box's label on the site's pages, no work's."""
    return _SITE_LABEL.match(title) is not None
