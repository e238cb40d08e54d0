import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mpdp_pipeline.extractors.dates import find_dates, fiscal_year, fiscal_year_bounds, parse_date


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2005, 4, 1), "2005/06"),
        (dt.date(2006, 3, 31), "2005/06"),
        (dt.date(2006, 4, 1), "2006/07"),
        (dt.date(1999, 12, 31), "1999/00"),
        (dt.date(2008, 1, 31), "2007/08"),
    ],
)
def test_fiscal_year_runs_april_to_march(day, expected):
    assert fiscal_year(day) == expected


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2098, 12, 31)))
def test_fiscal_year_bounds_contain_the_day(day):
    start, end = fiscal_year_bounds(fiscal_year(day))
    assert start <= day <= end
    assert (start.month, start.day, end.month, end.day) == (4, 1, 3, 31)


def test_fiscal_year_bounds_rejects_bad_labels():
    with pytest.raises(ValueError):
        fiscal_year_bounds("2005/07")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("met on 14–15 March 2006 in Geneva", "2006-03-14", "2006-03-15", "day"),
        ("28 September - 1 October 2005", "2005-09-28", "2005-10-01", "day"),
        ("28 December - 2 January 2006", "2005-12-28", "2006-01-02", "day"),
        ("on 3 May 2004.", "2004-05-03", "2004-05-03", "day"),
        ("on May 3, 2004.", "2004-05-03", "2004-05-03", "day"),
        ("March 14-15, 2006", "2006-03-14", "2006-03-15", "day"),
        ("2005-11-08", "2005-11-08", "2005-11-08", "day"),
        ("Published March 2005", "2005-03-01", "2005-03-31", "month"),
        ("February 2008", "2008-02-01", "2008-02-29", "month"),
        ("14 y 15 de noviembre de 2006", "2006-11-14", "2006-11-15", "day"),
        ("del 3 al 5 de septiembre de 2007", "2007-09-03", "2007-09-05", "day"),
        ("28 de abril de 2007", "2007-04-28", "2007-04-28", "day"),
        ("11 de Agosto del 2016", "2016-08-11", "2016-08-11", "day"),  # Mexican "del" before the year
        ("en octubre del 2015", "2015-10-01", "2015-10-31", "month"),
        ("du 3 au 5 mai 2005", "2005-05-03", "2005-05-05", "day"),
        ("le 12 juin 2006", "2006-06-12", "2006-06-12", "day"),
        ("Orsay (France) 2015-09-02 to 2015-09-05 ODK partners", "2015-09-02", "2015-09-05", "day"),
        ("2015 Oct 15", "2015-10-15", "2015-10-15", "day"),
        ("2006 Mar. 7th–8th: Working Group on Asylum", "2006-03-07", "2006-03-08", "day"),
        ("2006 Oct 15 - 16:00 Full Round", "2006-10-15", "2006-10-15", "day"),  # a time, not a second day
        ("Report 2005 March 14, 2006", "2006-03-14", "2006-03-14", "day"),
        ("Lebanese University, HADAT – 05-11 Mars 2016", "2016-03-05", "2016-03-11", "day"),
    ],
)
def test_find_dates(text, start, end, precision):
    span = find_dates(text)[0]
    assert (span.start.isoformat(), span.end.isoformat(), span.precision.value) == (start, end, precision)
    assert span.text in text


@pytest.mark.parametrize("text", ["Management Plan 2005", "page 12", "Contact: info@igc.ch", ""])
def test_no_date_where_there_is_none(text):
    assert parse_date(text) is None


def test_impossible_day_falls_back_to_the_month():
    span = parse_date("31 February 2006")
    assert span is not None and span.precision.value == "month" and span.start == dt.date(2006, 2, 1)


def test_bare_year_only_where_allowed():
    assert parse_date("2006") is None
    span = parse_date("2006", allow_year=True)
    assert span is not None and span.precision.value == "year" and span.start == dt.date(2006, 1, 1)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2098, 12, 31)))
def test_written_dates_round_trip(day):
    text = f"{day.day} {day.strftime('%B')} {day.year}"
    span = parse_date(text)
    assert span is not None and span.start == day == span.end


_PIECES = st.sampled_from(
    ["14", "15", "3", "31", "-", "–", " to ", " y ", " de ", "del ", " al ", ",", ".", " ", "  ", "March", "mayo",
     "Oct", "sept.", "2005", "2006", "1999", "12345", "2015-09-02", "2015-09-05", "The meeting", "x" * 90, "page"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_searching_around_years_finds_what_a_full_scan_finds(text):
    from mpdp_pipeline.extractors.dates import _dates_within

    assert find_dates(text) == _dates_within(text, [(0, len(text))])


def test_two_full_days_joined_by_a_dash_are_one_range():
    from mpdp_pipeline.extractors.dates import find_dates, numeric_order

    with numeric_order(False):
        [span] = find_dates("Meeting dates: 03/20/2007 - 03/21/2007")
    assert (span.start, span.end, span.text) == (dt.date(2007, 3, 20), dt.date(2007, 3, 21), "03/20/2007 - 03/21/2007")
    assert len(find_dates("3 May 2007 - 5 September 2007")) == 2  # months apart: two dates, not one meeting


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("03-04/05/2008", dt.date(2008, 5, 3), dt.date(2008, 5, 4)),
        ("05 y 06/05/2008", dt.date(2008, 5, 5), dt.date(2008, 5, 6)),
        ("04 al 06/12/2007", dt.date(2007, 12, 4), dt.date(2007, 12, 6)),
        ("les 12 et 13.05.2009", dt.date(2009, 5, 12), dt.date(2009, 5, 13)),
    ],
)
def test_a_day_range_before_a_numeric_month_is_one_span(text, start, end):
    """Round 8 (a): "03-04/05/2008" gave nothing, "05 y 06/05/2008" only the 6th; the days share the month."""
    [span] = find_dates(text)
    assert (span.start, span.end) == (start, end)


def test_a_numeric_day_range_does_not_swallow_a_year_range():
    assert find_dates("2007-08/09/2008") == []
    assert [s.start for s in find_dates("16/01/2008")] == [dt.date(2008, 1, 16)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2016/04/17", dt.date(2016, 4, 17), dt.date(2016, 4, 17)),
        ("2016/04/17 - 2016/04/19", dt.date(2016, 4, 17), dt.date(2016, 4, 19)),
        ("2016.4.7", dt.date(2016, 4, 7), dt.date(2016, 4, 7)),
    ],
)
def test_year_first_numeric_dates_with_slashes_or_dots(text, start, end):
    # Round 17: a meetings table dated "2016/04/17", year first as ISO, whatever the separator.
    [span] = find_dates(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["blogs.example.org/math/2016/08/22/inclusive-maths", "release 2016/04/17/3"])
def test_a_url_path_or_a_longer_code_is_no_date(text):
    assert find_dates(text) == []


def test_a_range_across_two_months_with_the_year_once():
    found = [(d.start, d.end) for d in find_dates("March 30 - April 2, 2008; October 06 to October 14, 2009")]
    assert found == [(dt.date(2008, 3, 30), dt.date(2008, 4, 2)), (dt.date(2009, 10, 6), dt.date(2009, 10, 14))]
    # two days, not a range; and a postponement names the new day
    assert [(d.start, d.end) for d in find_dates("May 3 and June 5, 2008")] == [(dt.date(2008, 6, 5),) * 2]
    assert [d.start for d in find_dates("Postponed from April 12 to May 3, 2011")] == [dt.date(2011, 5, 3)]


def test_numeric_dates_joined_by_a_dash_are_both_read():
    found = [(d.start, d.end) for d in find_dates("Report on Academic Year 8/1/2022-7/31/2023")]
    assert found == [(dt.date(2022, 8, 1),) * 2, (dt.date(2023, 7, 31),) * 2]
    assert find_dates("ref 12-03-2019-4") == []  # inside a longer code


def test_portuguese_months_are_read():
    """A Brazilian page's "de 30 de setembro a 2 de outubro de 2019": Portuguese months, as Spanish ones are read."""
    [span] = find_dates("O congresso será realizado de 30 de setembro a 2 de outubro de 2019 em Belém.")
    assert (span.start, span.end) == (dt.date(2019, 9, 30), dt.date(2019, 10, 2))


def test_a_note_marker_glued_to_a_year_leaves_the_date():
    (span,) = find_dates("in Vienna on 10-11 September 2009³. Twenty-two took part")
    assert (span.start, span.end, span.text) == (dt.date(2009, 9, 10), dt.date(2009, 9, 11), "10-11 September 2009")


def test_two_days_a_list_joins_are_two_dates_but_adjacent_days_one_range():
    found = [(d.start, d.end) for d in find_dates("on 28 January and 17 September 2008, both in Geneva")]
    assert found == [(dt.date(2008, 1, 28),) * 2, (dt.date(2008, 9, 17),) * 2]
    [span] = find_dates("30 September and 1 October 2008")
    assert (span.start, span.end) == (dt.date(2008, 9, 30), dt.date(2008, 10, 1))


def test_a_two_digit_year_with_hyphens_as_a_link_names_its_meeting():
    """Round 39, real pages: "City Council Agenda 1-26-26", "Minutes 02-08-16": month, day and a two-digit year with
    the same separator twice; a report's number ("A-07-06-03084") and a mixed one ("1-26/26") are no dates."""
    assert [d.start for d in find_dates("City Council Agenda 1-26-26 and Minutes 02-08-16")] == [
        dt.date(2026, 1, 26),
        dt.date(2016, 2, 8),
    ]
    assert find_dates("Report A-07-06-03084") == []
    assert find_dates("item 1-26/26") == []


def test_a_dotted_date_whose_second_number_passes_12_is_month_first_and_a_database_day():
    assert find_dates("01.15.2019")[0].start == dt.date(2019, 1, 15)
    assert find_dates("14.03.2019")[0].start == dt.date(2019, 3, 14)
    assert find_dates("Posted 15-Jan-2019")[0].start == dt.date(2019, 1, 15)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Forthcoming (Spring 2011)", "2011-03-01", "2011-05-31"),
        ("publicación prevista para otoño de 2009", "2009-09-01", "2009-11-30"),
        ("à paraître à l'automne 2012", "2012-09-01", "2012-11-30"),
        ("Winter 2012 issue", "2012-01-01", "2012-03-31"),
    ],
)
def test_a_season_and_its_year_is_its_three_months(text, start, end):
    (span,) = find_dates(text)
    assert (str(span.start), str(span.end), span.precision) == (start, end, "month")


def test_a_season_word_in_a_name_is_no_date():
    assert find_dates("Summer School 2011") == []


def test_two_days_in_figures_across_months_share_the_year_written_once():
    """Round 33: "28.02–01.03.2007" in a French calendar is one meeting's two days; "12/30-01/02/2008" (US order, a
    figure above 12 in the day's place) crosses the new year; a period of months in figures is no meeting's days."""
    spans = {t: [(d.start, d.end) for d in find_dates(t)] for t in ("28.02–01.03.2007", "12/30-01/02/2008")}
    assert spans == {
        "28.02–01.03.2007": [(dt.date(2007, 2, 28), dt.date(2007, 3, 1))],
        "12/30-01/02/2008": [(dt.date(2007, 12, 30), dt.date(2008, 1, 2))],
    }
    assert [(d.start, d.end) for d in find_dates("01.03–30.06.2007")] == [(dt.date(2007, 6, 30), dt.date(2007, 6, 30))]


@pytest.mark.parametrize(
    "text",
    [
        "Los días martes 7 y miércoles 8 de julio de 2009 sesionó la Reunión del GRCM.",
        "The Working Group met on Tuesday 7 and Wednesday 8 July 2009.",
        "Le Groupe de pilotage s'est réuni les mardi 7 et mercredi 8 juillet 2009.",
    ],
)
def test_two_days_each_with_its_weekday_are_one_span(text):
    """Round 102: "martes 7 y miércoles 8 de julio de 2009": the second day's weekday does not break the span."""
    [span] = find_dates(text)
    assert (span.start, span.end) == (dt.date(2009, 7, 7), dt.date(2009, 7, 8))
    assert span.text == text[span.begin : span.stop]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("los días once y doce de marzo de dos mil diez", "los días 11 y 12 de marzo de 2010"),
        ("a los veintiséis días del mes de mayo de dos mil diez", "a los 26 de mayo de 2010"),
        ("En el mismo lugar, el diez de marzo, sesionó la Red", "En el mismo lugar, el 10 de marzo, sesionó la Red"),
        ("Genève, le premier décembre deux mille onze", "Genève, le 1 décembre 2011"),
        ("Una de las dos reuniones de marzo", "Una de las dos reuniones de marzo"),
    ],
)
def test_days_and_years_written_in_words_read_as_figures(text, expected):
    """Round 282: minutes and memorias write their days and years in words ("once y doce de marzo de dos mil diez")."""
    from mpdp_pipeline.extractors.dates import spelled_dates

    assert spelled_dates(text) == expected


def test_a_memoria_dates_its_meetings_written_in_words(written):
    """Round 282: "La Primera Reunión del GRCM se celebró ... los días once y doce de marzo de dos mil diez" is
    dated."""
    rows = {str(a.start_date) for a in written("w282-rcm-memoria-xv-reunion-2010.pdf", "RCM", "es")}
    assert {"2010-03-11", "2010-05-26"} <= rows
