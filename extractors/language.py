"""The language of a text (English, Spanish or French) by counting each language's stopwords.

>>> detect_language("The meeting of the working group was held in Geneva.")
'en'
>>> detect_language("La reunión del grupo de trabajo se celebró en Ginebra.")
'es'
"""

from __future__ import annotations

import re

# Below this many stopword hits the text is too short (or in another language) to call.
DEFAULT_MIN_HITS = 3
# The winner needs this share of all hits: French and Spanish share "de", "la", "en".
DEFAULT_MIN_SHARE = 0.4

# Frequent words distinctive enough to tell the three languages apart; the shared ones ("de",
# "la", "en", "a") are left out so they do not blur the count.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "were",
            "for",
            "on",
            "with",
            "that",
            "this",
            "by",
            "from",
            "are",
            "be",
            "as",
            "at",
            "an",
            "it",
            "its",
            "have",
            "has",
            "which",
            "or",
            "not",
            "their",
            "also",
            "been",
            "will",
            "would",
            "these",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "que",
            "por",
            "con",
            "para",
            "una",
            "uno",
            "se",
            "su",
            "sus",
            "al",
            "lo",
            "como",
            "más",
            "fue",
            "entre",
            "sobre",
            "este",
            "esta",
            "también",
            "ha",
            "han",
            "son",
            "desde",
            "hasta",
            "durante",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "est",
            "que",
            "qui",
            "pour",
            "dans",
            "sur",
            "une",
            "au",
            "aux",
            "par",
            "avec",
            "ce",
            "cette",
            "sont",
            "été",
            "ont",
            "il",
            "elle",
            "pas",
            "ne",
            "plus",
            "leur",
            "nous",
            "vous",
            "entre",
        ]
    ),
}
_WORD_RE = re.compile(r"[a-záéíóúñüàâçèêëîïôûùœ]+")


def language_hits(text: str) -> dict[str, int]:
    """How many of each language's stopwords the text holds."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD_RE.findall(text.lower()):
        for language, words in STOPWORDS.items():
            if word in words:
                counts[language] += 1
    return counts


def detect_language(text: str, min_hits: int = DEFAULT_MIN_HITS, min_share: float = DEFAULT_MIN_SHARE) -> str | None:
    """ "en", "es" or "fr" by stopword counts; None when the text is too short or none clearly wins (fewer than
    `min_hits` stopwords of the best language, or less than `min_share` of all hits)."""
    counts = language_hits(text)
    total = sum(counts.values())
    best = max(counts, key=lambda language: counts[language])
    if counts[best] < min_hits or counts[best] < min_share * total:
        return None
    return best


# Month names only one of the languages writes: a title's language when it holds none of its stopwords ("Informe
# de actividades de la Presidencia Pro Tempore de Costa Rica mayo de 2006 - abril de 2007": "de" and "la" are
# Spanish and French alike)
MONTH_NAMES: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"]
    ),
    "es": frozenset(
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "setiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ]
    ),
    "fr": frozenset(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ]
    ),
}


def _opening_language(text: str) -> str | None:
    """The language a title or heading is written in, by its stopwords, else by the month names it holds."""
    if found := detect_language(text, min_hits=1, min_share=0.5):
        return found
    words = _WORD_RE.findall(text.lower())
    counts = {language: sum(w in names for w in words) for language, names in MONTH_NAMES.items()}
    best = max(counts, key=lambda language: counts[language])
    return best if counts[best] and sorted(counts.values())[-2] < counts[best] else None


# A document this much in a second language is written in two ("Memoria 2007 / Activity Report 2007")
BILINGUAL_SHARE = 0.35


def document_language(text: str, *openings: str) -> str | None:
    """The language of a document whose `text` (a sample) may hold two: the one its opening (its title, else its
    first headings, the first of them that reads as a language) is first written in, when the sample is bilingual
    and the opening is in the runner-up ("Conferencia Regional sobre Migración (CRM) / Regional Conference on
    Migration (RCM)", its columns in Spanish and English, English's stopwords the more frequent); else the
    sample's."""
    found = detect_language(text)
    counts = language_hits(text)
    total = sum(counts.values())
    ranked = sorted(counts, key=lambda language: counts[language], reverse=True)
    if found is None or not total or counts[ranked[1]] < BILINGUAL_SHARE * total:
        return found
    leads = (_opening_language(re.split(r"\s+[/|]\s+", o, maxsplit=1)[0]) for o in openings)
    lead = next((language for language in leads if language), None)
    return lead if lead == ranked[1] else found


_TWO_LANGUAGES = re.compile(r"\s+/\s+")
_ACCENTED = re.compile(r"[áéíóúñüàâçèêëîïôûùœ]", re.I)


def _sure_language(text: str) -> str | None:
    """The one language a short name's stopwords point to; "other" for a name with accents and no English word."""
    counts = language_hits(text)
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] >= 1 and ranked[0] > ranked[1]:
        return max(counts, key=lambda language: counts[language])
    return "other" if counts["en"] == 0 and _ACCENTED.search(text) else None


def first_language(text: str) -> str:
    """A name written in two languages, the second after " / " ("Central American Immigrants in the United States /
    Inmigrantes centroamericanos en los Estados Unidos"), as its first writes it; any other text whole, a slash
    inside one language ("Asylum / Refugee Statistics") included."""
    parts = _TWO_LANGUAGES.split(text)
    if len(parts) != 2 or min(len(p.split()) for p in parts) < 2:
        return text
    first, second = (_sure_language(p) for p in parts)
    return parts[0] if first and second and first != second else text
