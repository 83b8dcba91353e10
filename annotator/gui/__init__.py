"""The PySide6 desktop application: thin Qt adapters over core."""
