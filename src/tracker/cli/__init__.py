"""The `tracker` command line: one module per command group, each a thin call into the layers below. May import anything in tracker and flows."""
