"""Build resources/agreements.sqlite from the content text in db/content/.

python db/build.py            rebuild the bundled database
python db/build.py --check    only check the text, print every problem
python db/build.py --output PATH   build somewhere else (the tests do)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a source checkout

from studyapp.content.builder import BuildError, load_content, validate, write_database  # noqa: E402

CONTENT_DIR = ROOT / "db" / "content"
DEFAULT_OUTPUT = ROOT / "resources" / "agreements.sqlite"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--content", type=Path, default=CONTENT_DIR, help="content folder")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="database to write")
    parser.add_argument("--check", action="store_true", help="check the text, write nothing")
    args = parser.parse_args(argv)
    try:
        content = load_content(args.content)
        if args.check:
            validate(content)
        else:
            write_database(content, args.output)
    except BuildError as error:
        print(f"{len(error.problems)} problem(s) in {args.content}:", file=sys.stderr)
        for line in error.problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(rows)} {kind}" for kind, rows in sorted(content.rows.items()))
    print(f"{'checked' if args.check else f'built {args.output}'}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
