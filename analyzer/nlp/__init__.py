"""spaCy components that read license layout, definitions, modality and quantities."""
