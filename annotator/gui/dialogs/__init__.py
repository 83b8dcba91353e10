"""Dialogs of the main window: annotator name, import and export with progress, shortcuts."""
