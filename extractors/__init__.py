"""Pure functions from a document's bytes to blocks, and from blocks to activities."""
