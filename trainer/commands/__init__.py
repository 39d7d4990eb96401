"""One module per subcommand: `add_parser(subparsers)` declares it, `run(args)` does it.

Declaring is cheap (argparse only); heavy imports happen inside `run`.
"""
