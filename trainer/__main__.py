"""`python -m trainer`: the same entry point as the `trainer` command."""

import sys

from trainer import cli

sys.exit(cli.main())
