"""The problem package format: loading and validating a folder, the catalog, `judge check`, authoring helpers."""
