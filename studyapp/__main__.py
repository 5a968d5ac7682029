"""`python -m studyapp` does what the `studyapp` command does."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
