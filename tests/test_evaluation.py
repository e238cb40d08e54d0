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
