"""The schemas module agrees with shared/spec/CONTRACT.md, and with the tables README.md adds to it,
column by column."""

import re
from pathlib import Path

import pyarrow as pa
import pytest

from mpdp_pipeline.cli import build_parser
from mpdp_pipeline.schemas import TABLES

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
