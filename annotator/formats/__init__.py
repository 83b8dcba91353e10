"""File formats: one module per format; pure functions over core objects, streaming."""
