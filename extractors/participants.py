"""Who took part in an activity: states and organisations only, never a title, a role or a city.

`participants` has two sources. A gazetteer: the states of ISO 3166 (pycountry) under the names reports
use for them, in English, Spanish and French, and the international bodies the programme deals with
(IOM, UNHCR, the EU, ...), each under one canonical name so that "Estados Unidos" and "the United States",
"OIM" and "IOM" count once. Then the model's ORG entities, kept only when they look like an organisation: a
word such as Ministry, Office, University or Government, or an acronym, and neither a role ("the Chair",
"Secretariat staff", "Minister of ...") nor a place ("Copenhagen": the model calls some cities ORG).
The venue and the activity's own name are not participants.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

import pycountry
from mpdp_pipeline.extractors.places import country_of
from mpdp_pipeline.extractors.vocabulary import CITIES, COUNTRIES

# Short names where ISO's is a mouthful ("Korea, Republic of") or not the one the reports use.
_STATE_NAMES = {
    "BO": "Bolivia", "CD": "Democratic Republic of the Congo", "FM": "Micronesia", "GB": "United Kingdom",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine",
    "RU": "Russia", "SY": "Syria", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VA": "Holy See", "VE": "Venezuela", "VN": "Vietnam", "BN": "Brunei",
}  # fmt: skip
# More ways of writing a state, beyond ISO's names and `vocabulary.COUNTRIES`.
_STATE_ALIASES = {
    "United States of America": "US", "USA": "US", "U.S.": "US", "U.S.A.": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "Russia": "RU", "Türkiye": "TR",
    "Turkey": "TR", "Czech Republic": "CZ", "Holland": "NL", "South Korea": "KR",
    "Republic of Korea": "KR", "Ivory Coast": "CI", "Cape Verde": "CV", "Swaziland": "SZ", "Macedonia": "MK",
    "East Timor": "TL", "Vatican": "VA", "Burma": "MM", "Brunei": "BN",
}  # fmt: skip

# Canonical name -> the ways documents write it (en, es, fr). Acronyms are matched in capitals only.
BODIES: dict[str, tuple[str, ...]] = {
    "IOM": ("IOM", "OIM", "International Organization for Migration", "International Organisation for Migration",
            "Organización Internacional para las Migraciones", "Organisation internationale pour les migrations"),
    "UNHCR": ("UNHCR", "ACNUR", "HCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees",
              "Office of the United Nations High Commissioner for Refugees",
              "Alto Comisionado de las Naciones Unidas para los Refugiados",
              "Haut Commissariat des Nations unies pour les réfugiés"),
    "EU": ("EU", "European Union", "Unión Europea", "Union européenne", "UE"),
    "European Commission": ("European Commission", "Comisión Europea", "Commission européenne"),
    "Council of the European Union": ("Council of the European Union", "Council of the EU"),
    "European Parliament": ("European Parliament", "Parlamento Europeo", "Parlement européen"),
    "Council of Europe": ("Council of Europe", "Consejo de Europa", "Conseil de l'Europe"),
    "Frontex": ("Frontex",),
    "Europol": ("Europol",),
    "Interpol": ("Interpol", "INTERPOL"),
    "OAS": ("OAS", "OEA", "Organization of American States", "Organización de los Estados Americanos"),
    "ILO": ("ILO", "OIT", "International Labour Organization", "International Labour Organisation",
            "International Labour Office", "Organización Internacional del Trabajo",
            "Organisation internationale du travail"),
    "ICMPD": ("ICMPD", "International Centre for Migration Policy Development"),
    "United Nations": ("United Nations", "UN", "Naciones Unidas", "Nations unies", "ONU"),
    "UNDP": ("UNDP", "PNUD", "United Nations Development Programme"),
    "UNFPA": ("UNFPA", "United Nations Population Fund", "Fondo de Población de las Naciones Unidas"),
    "UNICEF": ("UNICEF",),
    "UNODC": ("UNODC", "United Nations Office on Drugs and Crime"),
    "OHCHR": ("OHCHR", "Office of the High Commissioner for Human Rights"),
    "UN DESA": ("UN DESA", "DESA", "United Nations Department of Economic and Social Affairs"),
    "ECLAC": ("ECLAC", "CEPAL", "Economic Commission for Latin America and the Caribbean",
              "Comisión Económica para América Latina y el Caribe"),
    "OECD": ("OECD", "OCDE", "Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development"),
    "OSCE": ("OSCE", "Organization for Security and Co-operation in Europe"),
    "World Bank": ("World Bank", "Banco Mundial", "Banque mondiale"),
    "IDB": ("IDB", "BID", "Inter-American Development Bank", "Banco Interamericano de Desarrollo"),
    "SICA": ("SICA", "Central American Integration System", "Sistema de la Integración Centroamericana"),
    "ICRC": ("ICRC", "CICR", "International Committee of the Red Cross", "Comité Internacional de la Cruz Roja"),
    "IFRC": ("IFRC", "International Federation of Red Cross and Red Crescent Societies"),
    "Red Cross": ("Red Cross", "Cruz Roja", "Croix-Rouge"),
    "GFMD": ("GFMD", "Global Forum on Migration and Development"),
    "African Union": ("African Union", "Union africaine"),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "CARICOM": ("CARICOM", "Caribbean Community"),
    "Mercosur": ("Mercosur", "MERCOSUR", "Mercosul"),
    "ECOWAS": ("ECOWAS", "CEDEAO", "Economic Community of West African States"),
    "IGAD": ("IGAD",),
    "WHO": ("WHO", "World Health Organization", "Organización Mundial de la Salud"),
    "UNESCO": ("UNESCO",),
    "ILA": ("International Law Association",),
    "Amnesty International": ("Amnesty International", "Amnistía Internacional"),
    "Human Rights Watch": ("Human Rights Watch",),
    "Caritas": ("Caritas", "Cáritas"),
}  # fmt: skip

# The programme's recipients organise the activities: naming them says nothing of who took part.
_ORGANISERS = (
    "IGC", "RCM", "MPI", "CRM", "Intergovernmental Consultations", "Regional Conference on Migration",
    "Conferencia Regional sobre Migración", "Migration Policy Institute", "Puebla Process", "Proceso de Puebla",
)  # fmt: skip
# "New Mexico" is no Mexico, and a city named like its state ("Mexico City") is a place, not a participant.
_NOT_STATES = ("New Mexico", "New Guinea", *(name.title() for name in CITIES))


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A word that makes a named thing an organisation (en, es, fr).
_ORGANISATION_WORDS = _word_set(
    """organization organisation organización organisme office oficina bureau ministry ministries ministerio
    ministère ministere department departamento département departement agency agencia agence commission
    comisión comision council consejo conseil institute instituto institut university universidad université
    universite college bank banco banque fund fondo fonds foundation fundación fundacion fondation association
    asociación asociacion centre center centro government gobierno gouvernement service services servicio
    servicios authority autoridad autorité police policía policia gendarmerie directorate dirección direccion
    direction embassy embajada ambassade mission misión mision union unión federation federación fédération
    network programme program programa society sociedad société corporation company parliament parlamento
    parlement court tribunal observatory observatorio observatoire statistics secretaría secretaria ngo ong
    alliance coalition consortium academy academia académie"""
)
# Titles and roles: a person's, never a participant ("hosted by the Chair", "Secretariat staff").
_ROLE_WORDS = _word_set(
    """chair chairs chairman chairwoman chairperson co-chair cochair vice-chair president presidente président
    presidency presidencia présidence vice-president director directors directora directeur directrice
    director-general minister ministers ministro ministra ministre deputy secretary secretario
    secrétaire secretary-general secretariat secretariado secrétariat staff ambassador ambassadors embajador
    ambassadeur delegate delegates delegado délégué coordinator coordinador coordinadora coordonnateur
    rapporteur head heads officer officers official officials representative representatives representante
    représentant chief commissioner comisionado commissaire chancellor governor gobernador gouverneur mayor
    alcalde maire king queen prince excellency mr mrs ms dr prof professor expert experts member members
    participant participants speaker speakers moderator host hosts"""
)
_FUNCTION_WORDS = _word_set(
    "the a an of and on in at for to by with from la el los las le les l de del des du y e et en à a qui que"
)
_ACRONYM = re.compile(r"[A-Z][A-Z&-]{1,7}")
_GOVERNMENT_OF = re.compile(
    r"^(?:the\s+)?(?:government|gobierno|gouvernement)\s+(?:of|de|du|del|de\s+la)\s+(?:the\s+)?(?P<state>.+)$", re.I
)
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
MAX_ENTITY_WORDS = 10


def _fold(text: str) -> str:
    """Lower-case ASCII words, for comparing names however they are accented or punctuated."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text))


@functools.cache
def _state_names() -> dict[str, str]:
    """Every way of writing a state -> its canonical (short English) name."""
    display = {c.alpha_2: _STATE_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
               for c in pycountry.countries}  # fmt: skip
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names[value] = display[country.alpha_2]
        names[display[country.alpha_2]] = display[country.alpha_2]
    for alias, code in (*COUNTRIES.items(), *_STATE_ALIASES.items()):
        if not alias.startswith("the "):  # "the netherlands": its article is lower-case in a sentence
            names[alias] = display[code]
    return names


@functools.cache
def _states() -> frozenset[str]:
    return frozenset(_state_names().values())


@functools.cache
def _gazetteer() -> tuple[re.Pattern[str], dict[str, str | None], frozenset[str]]:
    """One pattern for every known name, longest first; folded name -> canonical name (None: not a
    participant); and the folded acronyms, which only match as written in capitals."""
    canonical: dict[str, str | None] = {}
    written: list[str] = []
    for alias, name in _state_names().items():
        canonical[_fold(alias)] = name
        written.append(alias)
    for name, aliases in BODIES.items():
        for alias in aliases:
            canonical[_fold(alias)] = name
            written.append(alias)
    for alias in (*_ORGANISERS, *_NOT_STATES):
        canonical[_fold(alias)] = None
        written.append(alias)
    acronyms = frozenset(_fold(a) for a in written if a.replace(".", "").isupper() and len(a.replace(".", "")) <= 8)
    alternation = "|".join(re.escape(a) for a in sorted(set(written), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I), canonical, acronyms


def _known_names(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, canonical name or None) of each state, body or non-participant the gazetteer knows."""
    pattern, canonical, acronyms = _gazetteer()
    found = []
    for match in pattern.finditer(text):
        written, key = match.group(0), _fold(match.group(0))
        if key not in canonical or not written[0].isupper():
            continue  # a common noun ("turkey", "chad") or the gazetteer's lower-case spelling of a name
        if key in acronyms and not written.replace(".", "").isupper():
            continue  # "Un", "Who", "Ue": words, not the bodies
        found.append((match.start(), match.end(), canonical[key]))
    return found


def _clean_entity(name: str) -> str:
    """The entity without its leading article and the function words the model leaves at its edges."""
    words = _EDGE.sub("", " ".join(name.split())).split()
    while words and _EDGE.sub("", words[0]).lower() in _FUNCTION_WORDS:
        words.pop(0)
    while words and _EDGE.sub("", words[-1]).lower() in _FUNCTION_WORDS:
        words.pop()
    return _EDGE.sub("", " ".join(words))


def _is_role(words: Sequence[str]) -> bool:
    """ "Chair", "Secretariat staff", "Minister of Labour", "the Director-General": a person's title."""
    content = [w for w in words if w not in _FUNCTION_WORDS]
    return bool(content) and (content[0] in _ROLE_WORDS or all(w in _ROLE_WORDS for w in content))


def looks_like_organisation(name: str) -> bool:
    """Whether an ORG entity names an organisation: an organisation word or an acronym, no role, no place."""
    if not name or not name[0].isupper() or len(name.split()) > MAX_ENTITY_WORDS:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", name)]
    if not words or _is_role(words):
        return False
    if any(w in _ORGANISATION_WORDS for w in words):
        return True
    # A city or a state the model took for an organisation ("Copenhagen", "St Andrews" is no acronym either).
    return bool(_ACRONYM.fullmatch(name)) and country_of(name) is None


def _state_of_government(name: str) -> str | None:
    """ "the Government of Canada" -> "Canada": a state taking part through its government."""
    if match := _GOVERNMENT_OF.match(name):
        _, canonical, _ = _gazetteer()
        state = canonical.get(_fold(match.group("state")))
        return state if state in _states() else None
    return None


def _is_excluded(name: str, title: str, location: str | None) -> bool:
    """Whether `name` is (part of) the venue or of the activity's own name, or holds that name."""
    key, own, venue = _fold(name), _fold(title), _fold(location or "")
    return f" {key} " in f" {venue} " or f" {key} " in f" {own} " or bool(own) and f" {own} " in f" {key} "


Span = tuple[int, int, str | None]  # start and end in the text, canonical name (None: known, not a participant)


def _entity_names(
    text: str, entities: Sequence[tuple[str, str]], known: Sequence[Span], title: str, location: str | None
) -> list[tuple[int, int, str]]:
    """(start, end, name) of the ORG entities that name an organisation, or a state through its government."""
    found = []
    for entity, label in entities:
        name = _clean_entity(entity) if label == "ORG" else ""
        start = text.find(name) if name else -1
        if start < 0:
            continue
        end = start + len(name)
        if any(s <= start and end <= e for s, e, _ in known):
            continue  # within a name the gazetteer knows: it names it better ("IOM", "Copenhagen")
        if state := _state_of_government(name):
            found.append((start, end, state))
        elif any(start <= s and e <= end and n is not None and n not in _states() for s, e, n in known):
            continue  # holds a known body, which is the participant: "the IOM Office"
        elif looks_like_organisation(name) and not _is_excluded(name, title, location):
            found.append((start, end, name))
    return found


def _spans(text: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I)]


def _venue_spans(text: str, location: str | None) -> list[tuple[int, int]]:
    """Where the text names the venue: the whole of `location` as the text writes it ("Ottawa, Canada"), else
    each of its parts ("Canada" of a venue read from a table's columns)."""
    parts = [part.strip() for part in re.split(r"[,()]", location or "") if part.strip()]
    whole = _spans(text, r"[\s,()]+".join(re.escape(part) for part in parts)) if parts else []
    return whole or [span for part in parts for span in _spans(text, re.escape(part))]


def participants(
    text: str, entities: Sequence[tuple[str, str]], location: str | None, *, title: str = ""
) -> tuple[str, ...]:
    """The states and organisations `text` names as taking part, canonical, once each, in document order.

    `entities` are the model's (text, label) pairs for `text`; `location` is the venue: the state named where
    the text gives the venue is no participant ("met in Copenhagen, Denmark"), the same state named elsewhere
    is one. `title` is the activity's name, which is no participant either.
    """
    known = _known_names(text)
    organisations = _entity_names(text, entities, known, title, location)
    found = [(start, name) for start, _, name in organisations]
    venue = _venue_spans(text, location)
    for start, end, name in known:
        if name is None or any(s <= start and end <= e for s, e in venue):
            continue  # not a participant, or the venue's state
        if name in _states() and any(s <= start and end <= e for s, e, _ in organisations):
            continue  # "Technical University of Denmark" is no Denmark
        found.append((start, name))
    seen: dict[str, None] = {}
    for _, name in sorted(found, key=lambda item: item[0]):
        seen.setdefault(name, None)
    return tuple(seen)
