"""The command line: `studyapp` starts the app; subcommands script the content.

Only argparse is imported up front: the GUI path must reach its first paint without
SQLAlchemy, and the subcommands import what they need when they run.
"""

from __future__ import annotations

import argparse
import sys

from studyapp import __version__
from studyapp.errors import StudyAppError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Study the Russo-Japanese Agreements (日露協約) of 1907–1916. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the app, wait until the window has painted its content, print the "
        "start-up timings and exit (0 if all went well)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    dump = commands.add_parser("dump", help="print the whole content, for scripts")
    dump.add_argument("--json", action="store_true", required=True, help="as JSON (required)")
    return parser


def _dump_json() -> int:
    import json

    from studyapp import paths
    from studyapp.content.database import ContentDatabase
    from studyapp.content.dump import content_as_json
    from studyapp.content.queries import all_content

    database = ContentDatabase(paths.content_db_path())
    try:
        content = database.read(all_content)
    finally:
        database.close()
    json.dump(content_as_json(content), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "dump":
            return _dump_json()
        from studyapp.ui.app import run

        return run(smoke=args.smoke)
    except StudyAppError as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`studyapp dump --json | head`): not an error worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
