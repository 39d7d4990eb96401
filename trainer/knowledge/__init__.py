"""What the generators know beyond the article: typed loaders over trainer/data/*.yaml.
Standard library and trainer.yamlio only; each file is read once, on first use."""
