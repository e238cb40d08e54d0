"""The gold matcher: what counts as finding a gold activity."""

from mpdp_pipeline.evaluation import score_against_gold


def row(title: str, kind: str = "meeting", start: str = "2005-05-03") -> dict:
    return {"recipient": "IGC", "kind": kind, "start_date": start, "title": title, "source_url": "u"}


def test_a_one_word_title_does_not_match_every_title_that_holds_the_word():
    score = score_against_gold([row("Meeting")], [row("Steering Group meeting of the IGC")])
    assert score.matched == 0


def test_titles_read_differently_still_match_on_kind_and_date():
    score = score_against_gold([row("Steering Group meeting")], [row("Meeting of the Steering Group")])
    assert score.matched == 1 and score.precision == score.recall == 1.0


def test_kind_and_date_must_agree():
    gold = [row("Full Round")]
    assert score_against_gold([row("Full Round", kind="workshop")], gold).matched == 0
    assert score_against_gold([row("Full Round", start="2005-05-04")], gold).matched == 0


def test_an_author_is_judged_by_surname_in_either_order():
    """Gold written "Papademetriou, Demetrios G." and a row saying "Demetrios G. Papademetriou" agree; a
    different surname does not."""
    from mpdp_pipeline.evaluation import field_accuracy

    gold = [{"kind": "publication", "title": "Europe and Its Immigrants", "start_date": "2006-01-01",
             "authors": "Papademetriou, Demetrios G.|Ana Carrera"}]  # fmt: skip
    right = [{"kind": "publication", "title": "Europe and Its Immigrants", "start_date": "2006-01-01",
              "authors": ("Demetrios G. Papademetriou", "Carrera, Ana")}]  # fmt: skip
    wrong = [dict(right[0], authors=("Demetrios G. Papademetriou", "Ana Ruiz"))]
    assert field_accuracy(right, gold)["authors"] == (1, 1)
    assert field_accuracy(wrong, gold)["authors"] == (0, 1)
