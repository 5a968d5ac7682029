"""Start the study app from a source checkout: `python main.py` (same as `studyapp`)."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
