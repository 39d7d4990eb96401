"""`python -m trainer`: the same entry point as the `trainer` command."""

import sys

from trainer import cli

if __name__ == "__main__":  # worker processes import this module without running it
    sys.exit(cli.main())
