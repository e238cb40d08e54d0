"""The schemas module agrees with shared/spec/CONTRACT.md, and with the tables README.md adds to it,
column by column and value by value; the log codes agree with README.md's "Log codes"."""

import ast
import re
from pathlib import Path

import pyarrow as pa
import pytest

from mpdp_pipeline.cli import build_parser
from mpdp_pipeline.codes import HTTP_FAMILY, SKIPPED, TRANSIENT, LogCode
from mpdp_pipeline.config import Config
from mpdp_pipeline.schemas import TABLES, vocabularies

README = Path(__file__).resolve().parents[1] / "README.md"
CONTRACT_TYPES = {
    "string": pa.string(),
    "date32": pa.date32(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "list<string>": pa.list_(pa.string()),
}


def contract_columns(text: str) -> dict[str, dict[str, str | None]]:
    """table -> column -> type named in the contract (None where it names none)."""
    tables: dict[str, dict[str, str | None]] = {}
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        name = block.split()[0]
        columns: dict[str, str | None] = {}
        rows = re.findall(r"^\| ([a-z_, ]+) \| ([a-z0-9<>]+) \|", block, flags=re.M)
        if rows:
            for names, type_ in rows:
                if names == "column":
                    continue
                for col in names.split(","):
                    columns[col.strip()] = type_
        else:
            body = re.sub(r"\([^)]*\)", "", block.split("\n", 1)[1])
            for col in re.findall(r"[a-z_]+", body):
                columns[col] = None
        tables[name] = columns
    return tables


def readme_extensions() -> dict[str, dict[str, str | None]]:
    """The tables README.md's "Contract extensions" adds, written in the contract's own format."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Contract extensions", 1)[1].split("\n## ", 1)[0]
    return contract_columns(section)


@pytest.fixture(scope="module")
def contract(shared_dir):
    """The contract's tables plus the documented extensions: every table we publish is described."""
    tables = contract_columns((shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8"))
    extensions = readme_extensions()
    assert not set(tables) & set(extensions), "an extension may add tables, not redefine the contract's"
    return tables | extensions


def test_readme_extensions_are_described_column_by_column():
    extensions = readme_extensions()
    assert "activity_sources" in extensions
    for table, columns in extensions.items():
        assert table in TABLES, f"README describes {table}, which schemas.py does not publish"
        assert list(columns) == TABLES[table].schema.names, table
        assert all(type_ in CONTRACT_TYPES for type_ in columns.values()), table


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_contract_column_is_in_the_schema(contract, table):
    assert table in contract, f"{table} is neither a contract table nor a documented extension"
    schema = TABLES[table].schema
    for column, type_ in contract[table].items():
        assert column in schema.names, f"{table}.{column} missing from schemas.py"
        if type_ in CONTRACT_TYPES:
            assert schema.field(column).type == CONTRACT_TYPES[type_], f"{table}.{column} is not {type_}"


def test_contract_names_all_our_tables(contract):
    assert set(contract) == set(TABLES)


def test_contract_commands_exist(shared_dir):
    text = (shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8")
    commands = set(re.findall(r"`mpdp (\w+)", text))
    parser = build_parser()
    choices = next(a for a in parser._actions if a.dest == "command").choices
    assert commands <= set(choices)
    for command in commands:
        assert choices[command].format_help().strip()


def prose_types(text: str) -> dict[tuple[str, str], str]:
    """(table, column) -> type for the tables the contract describes in prose: `items (int32)`."""
    found = {}
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        name = block.split()[0]
        for column, type_ in re.findall(r"([a-z_]+)\s+\(([a-z0-9<>]+)(?:, UTC)?[),\s]", block):
            if type_ in CONTRACT_TYPES or type_ == "timestamp":  # "status (ok, ...)" lists values, not a type
                found[(name, column)] = type_
    return found


def test_types_named_in_prose_are_the_schema_types(shared_dir):
    types = prose_types((shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8"))
    assert {("documents", "fetched_at"), ("extraction_log", "items"), ("annex", "count")} <= set(types)
    for (table, column), type_ in types.items():
        field = TABLES[table].schema.field(column)
        if type_ == "timestamp":
            assert pa.types.is_timestamp(field.type) and field.type.tz == "UTC", f"{table}.{column}"
        else:
            assert field.type == CONTRACT_TYPES[type_], f"{table}.{column} is not {type_}"


def test_contract_flags_exist(shared_dir):
    text = (shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8")
    choices = next(a for a in build_parser()._actions if a.dest == "command").choices
    for command, usage in re.findall(r"`mpdp (\w+) ([^`]*)`", text):
        known = {option for action in choices[command]._actions for option in action.option_strings}
        for flag in re.findall(r"--[a-z-]+", usage):
            assert flag in known, f"mpdp {command} {flag}"


# --- closed vocabularies ----------------------------------------------------------------------------


def listed_values(meaning: str) -> list[str] | None:
    """The values a column's description lists, `meeting, workshop, ..., other`, else None.

    The list opens the description or follows a colon, and ends it or precedes one: "publications
    only: report, policy_brief, ..." and "reported (held or scheduled), cancelled, postponed: ...".
    """
    text = " ".join(re.sub(r"\s*\([^)]*\)", "", meaning).split())
    match = re.search(r"(?:^|:\s*)([a-z_]+(?:, [a-z_]+)+)\s*(?::|$)", text)
    return match[1].split(", ") if match else None


def documented_vocabularies(contract_text: str) -> dict[tuple[str, str], list[str]]:
    """(table, column) -> the values the contract and README list for it."""
    readme = README.read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {}  # table -> column -> description
    added = readme.split("Columns added to `activities`", 1)[1].split("\n\n", 2)[1]  # a table in README's prose
    extensions = readme.split("### Contract extensions", 1)[1].split("\n## ", 1)[0]
    for text in (contract_text, extensions, "### activities\n" + added):
        for block in re.split(r"^### ", text, flags=re.M)[1:]:
            name, body = block.split()[0], block.split("\n", 1)[1]
            columns = tables.setdefault(name, {})
            rows = re.findall(r"^\| ([a-z_, ]+) \| [a-z0-9<>]+ \| (.*) \|$", body, flags=re.M)
            for names, meaning in rows:
                for column in names.split(","):
                    columns[column.strip()] = meaning
            for column, inside in re.findall(r"\b([a-z_]+)\s+\(([^)]*)\)", body):  # prose: `status (ok, ...)`
                columns.setdefault(column, inside)
    return {
        (table, column): values
        for table, columns in tables.items()
        for column, meaning in columns.items()
        if (values := listed_values(meaning))
    }


def test_closed_columns_are_typed_with_the_enum_of_their_documented_values(shared_dir):
    documented = documented_vocabularies((shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8"))
    expected = {
        ("activities", "kind"),
        ("activities", "date_precision"),
        ("activities", "publication_type"),
        ("activities", "status"),
        ("documents", "status"),
        ("extraction_log", "stage"),
        ("extraction_log", "status"),
        ("result_checks", "status"),
    }
    assert expected <= set(documented), "the docs' value lists were not all found"
    for table, column in sorted(expected):
        enum = vocabularies(TABLES[table].record).get(column)
        assert enum is not None, f"{table}.{column} lists its values but is typed str"
        assert documented[(table, column)] == [m.value for m in enum], f"{table}.{column} vs {enum.__name__}"
    for name, spec in TABLES.items():
        for column, enum in vocabularies(spec.record).items():
            if (name, column) in documented:
                assert documented[(name, column)] == [m.value for m in enum], f"{name}.{column}"
            # A closed vocabulary is published as plain strings, as the contract types it.
            assert spec.schema.field(column).type == pa.string(), f"{name}.{column}"


def test_annex_counts_the_kinds_activities_have():
    assert vocabularies(TABLES["annex"].record)["kind"] is vocabularies(TABLES["activities"].record)["kind"]


# --- log codes ----------------------------------------------------------------------------------------


def readme_log_codes() -> dict[str, str]:
    """code -> how it is logged ("ok", "skipped", "error, transient", ...), from README's "Log codes"."""
    text = README.read_text(encoding="utf-8")
    section = text.split("### Log codes", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| [^|]+ \| ([^|]+) \| [^|]+ \|$", section, flags=re.M)
    codes = {code: logged.strip() for code, logged in rows}
    assert len(codes) == len(rows), "a code is listed twice"
    return codes


def test_every_log_code_is_documented_and_every_documented_code_exists():
    documented = readme_log_codes()
    assert set(documented) == {c.value for c in LogCode} | {HTTP_FAMILY}


def test_transient_and_skipped_codes_are_documented_as_such():
    documented = readme_log_codes()
    assert {c for c, logged in documented.items() if "transient" in logged} == TRANSIENT
    assert {c for c, logged in documented.items() if logged == "skipped"} == SKIPPED
    assert all(logged != "skipped" or "transient" not in logged for logged in documented.values())


def test_http_statuses_are_one_family():
    assert LogCode.http(404) is LogCode("http.404") == "http.404"
    assert LogCode.http(404).http_status == 404 and LogCode.PDF_ENCRYPTED.http_status is None
    assert LogCode("http.503") not in list(LogCode)  # a family member, not a listed one
    with pytest.raises(ValueError):
        LogCode("http.4044")


def _names_something_else(token: str) -> bool:
    """A dotted name in backticks that is not a log code: a config key, a table's column, a module, a file."""
    head, tail = token.split(".", 1)
    if head == "mpdp_pipeline":
        return True
    sections = {name: type(getattr(Config(), name)) for name in ("pipeline", "crawl", "checks", "nightly")}
    if head in sections and tail in sections[head].model_fields:
        return True
    if head in TABLES and tail in TABLES[head].schema.names:
        return True
    return tail in {"py", "toml", "txt", "csv", "md", "json", "html", "parquet", "yaml"}


def test_every_code_the_readme_names_is_a_log_code():
    tokens = set(re.findall(r"`([a-z_]+\.[a-z0-9_<>]+)`", README.read_text(encoding="utf-8")))
    codes = {t for t in tokens if not _names_something_else(t)} - {HTTP_FAMILY}
    assert {"http.404", "pdf.encrypted", "parse.no_worker", "robots.disallowed"} <= codes
    for code in codes:
        assert LogCode(code) == code  # raises ValueError for a code that does not exist


def test_every_code_the_contract_names_is_a_log_code(shared_dir):
    text = (shared_dir / "spec" / "CONTRACT.md").read_text(encoding="utf-8")
    section = text.split("### extraction_log", 1)[1].split("\n### ", 1)[0]
    named = re.findall(r"`([a-z_]+\.[a-z0-9_]+)`", section)
    assert "http.404" in named
    for code in named:
        assert LogCode(code) == code


def _literal_codes(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, code) for every string the code logs or raises as a code: `code="..."`, `code = "..."`,
    `code=f"http.{status}"`, a parser's `warnings.append(("...", message))`, a crawl log's
    `add(url, status, "...")`, `LogEntry.of("...")` and the members of a `*_CODES` set."""
    found: list[tuple[int, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "code":
            found.append((node.value.lineno, node.value))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if "code" in names or any(n.endswith("_CODES") for n in names):
                found.append((node.lineno, node.value))
        elif isinstance(node, ast.Call) and node.args:
            name = ast.unparse(node.func)
            if name == "warnings.append" and isinstance(node.args[0], ast.Tuple) and node.args[0].elts:
                found.append((node.lineno, node.args[0].elts[0]))
            elif name.endswith(".add") and len(node.args) >= 3:
                found.append((node.lineno, node.args[2]))
            elif name in ("LogEntry.of", "log_entry"):
                found.append((node.lineno, node.args[0]))
    codes = []
    for line, value in found:
        if isinstance(value, ast.JoinedStr):  # f"http.{status}"
            codes.append((line, ast.unparse(value)))
            continue
        for const in ast.walk(value):
            # Upper case is another kind of code (`_US_STATE_CODES`); a log code is lower case.
            if isinstance(const, ast.Constant) and isinstance(const.value, str) and const.value.islower():
                codes.append((line, const.value))
    return codes


def test_the_literal_code_scan_finds_every_way_a_code_is_written():
    source = """
raise FetchError("x", code="url.scheme")
code = "fetched"
_RETRYABLE_CODES = frozenset({"http.timeout"})
_US_STATE_CODES = frozenset({"NY"})
warnings.append(("pdf.no_text_layer", "message"))
self.log.add(url, LogStatus.OK, "not_modified", "message")
LogEntry.of("cached", run_id="r", stage="extract", status="ok")
raise FetchError("x", code=f"http.{status}")
raise FetchError("x", code=LogCode.URL_SCHEME)
self.log.add(url, LogStatus.OK, LogCode.FETCHED)
"""
    found = {code for _, code in _literal_codes(ast.parse(source))}
    assert found == {"url.scheme", "fetched", "http.timeout", "pdf.no_text_layer", "not_modified", "cached",
                     "f'http.{status}'"}  # fmt: skip


def test_the_code_base_writes_every_code_as_a_log_code_member():
    """No string is logged or raised as a code: each is a `LogCode` member (`LogCode.http(status)` for
    the http.<status> family), so a typo fails where it is made."""
    root = README.parent
    found = [
        f"{path.relative_to(root)}:{line}: {code!r}"
        for path in sorted(p for d in ("mpdp_pipeline", "extractors", "flows") for p in (root / d).rglob("*.py"))
        for line, code in _literal_codes(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []
