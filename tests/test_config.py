from pathlib import Path

import pytest

from mpdp_pipeline.cli import main
from mpdp_pipeline.config import SAMPLE_CONFIG, describe_config_source, load_config
from mpdp_pipeline.errors import ConfigError

GOOD = """
[pipeline]
out_dir = "out"
[[sources]]
recipient = "IGC"
start_urls = ["https://example.org/reports/"]
allowed_domains = ["example.org"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mpdp.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_config_loads_and_points_at_the_sample():
    config = load_config(SAMPLE_CONFIG)
    assert [s.recipient for s in config.sources] == ["IGC", "RCM", "MPI"]
    for source in config.sources:
        assert source.start_urls[0].startswith("file:///")
        assert Path(source.start_urls[0][7:]).exists()


def test_relative_paths_resolve_against_the_config_file(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.pipeline.out_dir == (tmp_path / "out").resolve()
    assert config.crawl.max_bytes == 50 * 1024 * 1024


def test_command_line_overrides_win(tmp_path):
    config = load_config(write(tmp_path, GOOD), out_dir=tmp_path / "elsewhere")
    assert config.pipeline.out_dir == (tmp_path / "elsewhere").resolve()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (GOOD.replace("allowed_domains", "allowed_domain"), "sources 1: allowed_domain"),
        (GOOD + "max_depth = 'deep'\n", "sources 1: max_depth"),
        (GOOD.replace("https://example.org/reports/", "ftp://example.org/"), "sources 1: start_urls"),
        (GOOD + "[crawl]\ndelay_s = -1\n", "crawl.delay_s"),
        ("[pipeline]\nout_dir = 'x'\n", "sources"),
        ("[pipeline\n", "invalid TOML"),
        (GOOD.replace("https://example.org/reports/", "www.igc.ch/reports"), "sources 1: start_urls"),
        (GOOD + "[checks]\nfirst_fiscal_year = '2003/05'\n", "checks.first_fiscal_year"),
        (GOOD + GOOD.split("[[sources]]")[1].join(["[[sources]]", ""]), "recipient IGC has more than one"),
    ],
)
def test_invalid_config_names_the_field(tmp_path, text, named):
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load_config(write(tmp_path, text))


def test_cli_exits_2_on_an_invalid_config(tmp_path, capsys):
    path = write(tmp_path, GOOD + "colour = 'blue'\n")
    assert main(["run", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "sources 1: colour: unknown field" in err


def test_cli_exits_2_on_a_missing_config(tmp_path, capsys):
    assert main(["crawl", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "not found" in capsys.readouterr().err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("run", "crawl", "extract", "checks", "report", "serve"):
        assert command in out


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            GOOD + "[[sources]]" + GOOD.split("[[sources]]")[1].replace("IGC", "RCM") + "max_dept = 3\n",
            "sources 2: max_dept: unknown field; did you mean max_depth?",
        ),
        (GOOD + "[crawl]\ndealy_s = 0\n", "crawl.dealy_s: unknown field; did you mean delay_s?"),
        (GOOD + "[crawll]\ndelay_s = 0\n", "crawll: unknown field; did you mean crawl?"),
        (GOOD.replace("[[sources]]", "[[source]]"), "source: unknown field; did you mean sources?"),
        (GOOD + "[checks]\nextra_recipient = ['X']\n", "checks.extra_recipient: unknown field; did you mean extra_re"),
        (GOOD + "colour = 'blue'\n", "sources 1: colour: unknown field (check its spelling)"),
    ],
)
def test_config_errors_count_sources_from_1_and_suggest_the_nearest_key(tmp_path, text, said):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, text))
    assert said in str(error.value)


def test_the_config_in_use_is_described_one_way():
    assert describe_config_source(Path("mpdp.toml")) == "config: mpdp.toml"
    assert describe_config_source(None) == f"config: the bundled sample ({SAMPLE_CONFIG})"  # in a clone
