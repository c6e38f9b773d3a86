"""The `syriaevents` command: parse articles to JSON, look up places.

    syriaevents parse FILE... [--published DATE] [--title TEXT]
                             [--format json|jsonl|csv|geojson]
    syriaevents places QUERY [--limit N]

``-`` reads standard input. Wrong arguments or unreadable files print one line on stderr
and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from ._gazetteer import gazetteer
from ._text import coerce_date
from .export import to_acled_csv, to_geojson
from .model import Article, to_dict
from .parse import parse_article

__all__ = ["main"]


class UsageError(Exception):
    """A user mistake: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="syriaevents", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    parse = commands.add_parser("parse", help="parse articles and print their records as JSON")
    parse.add_argument("files", nargs="+", metavar="FILE", help="article text files; - is stdin")
    parse.add_argument("--published", help="publication date (YYYY-MM-DD) for every file")
    parse.add_argument("--title", help="the article's headline (one file only)")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "geojson"),
        default="json",
        help="json/jsonl: every record; csv: one ACLED-style row per file; geojson: places",
    )
    places = commands.add_parser("places", help="search the gazetteer")
    places.add_argument("query", help="a place name in any spelling")
    places.add_argument("--limit", type=int, default=10)
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from error


def _article_record(path: str, article: Article) -> dict[str, Any]:
    record = {"file": path, **article.to_dict()}
    del record["text"]  # the caller has the file; spans point into it
    return record


def _run(argv: Sequence[str] | None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "places":
        if args.limit < 1:
            raise UsageError(f"--limit must be at least 1, got {args.limit}")
        for place in gazetteer().search(args.query, limit=args.limit):
            print(json.dumps(to_dict(place), ensure_ascii=False))
        return 0
    try:
        coerce_date(args.published)
    except ValueError as error:
        raise UsageError(str(error)) from error
    if args.title is not None and len(args.files) > 1:
        raise UsageError("--title applies to one file; give one FILE with it")
    articles = [
        parse_article(_read(path), title=args.title, published=args.published)
        for path in args.files
    ]
    if args.format == "csv":
        sys.stdout.write(to_acled_csv(articles))
    elif args.format == "geojson":
        print(json.dumps(to_geojson(articles), ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        for path, article in zip(args.files, articles, strict=True):
            print(json.dumps(_article_record(path, article), ensure_ascii=False))
    else:
        records = [_article_record(p, a) for p, a in zip(args.files, articles, strict=True)]
        one = records[0] if len(records) == 1 else records
        print(json.dumps(one, ensure_ascii=False, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["parse", "--format", "bogus", "x.txt"])
    2
    """
    try:
        return _run(argv)
    except UsageError as error:
        print(f"syriaevents: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
