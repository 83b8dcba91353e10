"""The domain, free of Qt: documents, spans, labels, text engine, project store."""
